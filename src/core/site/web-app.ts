import type { UiStrings } from '../i18n/strings.ts';
import type { LocalImage } from '../content/local-images.ts';
import { letterIconSvg, iconLetter, contrastingInk } from './letter-icon.ts';

/**
 * The web app manifest of one language: what a phone shows when the help
 * center is added to its home screen, and where it opens. Each language has
 * its own, since the name and the start page differ.
 * https://www.w3.org/TR/appmanifest/
 */
export interface WebAppManifest {
  id: string;
  name: string;
  short_name: string;
  description?: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  start_url: string;
  scope: string;
  display: 'standalone';
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: 'image/png'; purpose: 'any' | 'maskable' }[];
  shortcuts: { name: string; url: string }[];
}

/** One icon file the build writes, and how it is drawn. */
export interface AppIconFile {
  /** The file's address under the site's base. */
  url: string;
  /** Square, in pixels. */
  size: number;
  /** `maskable` icons keep the picture inside the middle 80%, which a phone may crop to a circle or a squircle. */
  purpose: 'any' | 'maskable';
  /** Only for the Apple touch icon, which iOS reads from a `<link>` and not from the manifest. */
  appleTouch?: boolean;
}

/** Where the icons come from: the site's own picture, or a letter drawn on the theme colour. */
export type AppIconSource = { kind: 'picture'; picture: LocalImage; background: string } | { kind: 'letter'; letter: string; background: string; ink: string };

export interface AppIcons {
  source: AppIconSource;
  files: AppIconFile[];
}

/** What every page of one language links to. */
export interface WebAppView {
  manifestUrl: string;
  themeColor: string;
  manifest: WebAppManifest;
}

/** The most characters a home screen shows under an icon before it cuts the name. */
export const SHORT_NAME_LENGTH = 12;

const ICON_FOLDER = 'icons/';

/** The sizes Chrome's install prompt and splash screen ask for, a maskable one for Android's shapes, and Apple's touch icon. */
export function appIcons(options: { base: string; title: string; themeColor: string; backgroundColor: string; picture?: LocalImage }): AppIcons {
  const at = (name: string) => `${options.base}${ICON_FOLDER}${name}`;
  const source: AppIconSource = options.picture
    ? { kind: 'picture', picture: options.picture, background: options.backgroundColor }
    : { kind: 'letter', letter: iconLetter(options.title), background: options.themeColor, ink: contrastingInk(options.themeColor) };
  return {
    source,
    files: [
      { url: at('app-192.png'), size: 192, purpose: 'any' },
      { url: at('app-512.png'), size: 512, purpose: 'any' },
      { url: at('app-maskable-512.png'), size: 512, purpose: 'maskable' },
      { url: at('apple-touch-icon.png'), size: 180, purpose: 'any', appleTouch: true },
    ],
  };
}

/** The SVG an icon file is drawn from, when the site has no picture of its own. */
export function letterIconFileSvg(source: Extract<AppIconSource, { kind: 'letter' }>, file: AppIconFile): string {
  // A maskable icon and Apple's (which iOS rounds itself) fill the square; the others get rounded corners.
  return letterIconSvg({ letter: source.letter, size: file.size, background: source.background, ink: source.ink, rounded: file.purpose === 'any' && !file.appleTouch });
}

export function webAppManifest(options: {
  lang: string;
  dir: 'ltr' | 'rtl';
  strings: UiStrings;
  name: string;
  shortName: string;
  description?: string;
  startUrl: string;
  scope: string;
  searchUrl: string;
  askUrl: string;
  themeColor: string;
  backgroundColor: string;
  icons: AppIcons;
}): WebAppManifest {
  const { strings } = options;
  return {
    // The start page is the app's identity: each language installs as its own app.
    id: options.startUrl,
    name: options.name,
    short_name: options.shortName,
    ...(options.description ? { description: options.description } : {}),
    lang: options.lang,
    dir: options.dir,
    start_url: options.startUrl,
    scope: options.scope,
    display: 'standalone',
    theme_color: options.themeColor,
    background_color: options.backgroundColor,
    icons: options.icons.files
      .filter((file) => !file.appleTouch)
      .map((file) => ({ src: file.url, sizes: `${file.size}x${file.size}`, type: 'image/png' as const, purpose: file.purpose })),
    shortcuts: [
      { name: strings.searchButton, url: options.searchUrl },
      { name: strings.ask.title, url: options.askUrl },
    ],
  };
}

/**
 * The name under the home-screen icon: the title when it fits, else its
 * leading words that fit, else its first characters. "Lumen Home Help
 * Center" becomes "Lumen Home".
 */
export function shortNameOf(title: string): string {
  const characters = [...title.trim()];
  if (characters.length <= SHORT_NAME_LENGTH) return title.trim();
  let fitting = '';
  for (const word of title.trim().split(/\s+/)) {
    const next = fitting ? `${fitting} ${word}` : word;
    if ([...next].length > SHORT_NAME_LENGTH) break;
    fitting = next;
  }
  return fitting || characters.slice(0, SHORT_NAME_LENGTH).join('');
}
