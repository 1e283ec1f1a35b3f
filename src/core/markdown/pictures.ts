import type { MarkdownIt } from 'markdown-it';
import type { RenderEnv } from './render-env.ts';
import { escapeHtml, unescapeHtml } from '../html-escape.ts';

/**
 * Stands in an `<img src>` for a local picture until the image step knows its
 * processed files: the core renders answers before Astro has processed
 * anything, and the processed URLs depend on the output (hashed files for
 * public pages, inline data for members-only answers).
 */
export const PICTURE_SOURCE_PREFIX = 'faq-picture:';

/** A local picture as the renderer needs it: which file, and its intrinsic size against layout shift. */
export interface PictureSize {
  key: string;
  width: number;
  height: number;
}

/** What a processed picture's `<img>` carries in place of the stand-in. */
export interface PlacedPicture {
  src: string;
  srcset?: string;
  sizes?: string;
}

/** Alt text written as `""`: the editor says the picture only decorates, so screen readers skip it. */
export function isDecorativeAlt(alt: string): boolean {
  return alt.trim() === '""';
}

/** A picture this much taller than wide is a phone screen: shown at about a phone's width, not the column's. */
const TALL = 1.2;

/** Whether a picture is shown narrower than the answer column (class `picture-tall`). */
export function isTallPicture(picture: { width: number; height: number }): boolean {
  return picture.height > picture.width * TALL;
}

/**
 * Local pictures get their intrinsic width and height (the page reserves
 * their space before they load) and load lazily, so an answer listed closed
 * on a home or category page fetches nothing; `firstPictureEager` makes the
 * first one eager where the answer opens the page. `![""](…)` becomes `alt=""`.
 */
export function pictures(md: MarkdownIt): void {
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    const renderEnv = env as Partial<RenderEnv>;
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    token.attrSet('alt', isDecorativeAlt(alt) ? '' : alt);
    const picture = renderEnv.picture?.(String(token.attrGet('src') ?? ''));
    if (picture) {
      token.attrSet('src', PICTURE_SOURCE_PREFIX + picture.key);
      token.attrSet('class', isTallPicture(picture) ? 'picture picture-tall' : 'picture');
      token.attrSet('width', String(picture.width));
      token.attrSet('height', String(picture.height));
      token.attrSet('loading', 'lazy');
      token.attrSet('decoding', 'async');
    }
    return self.renderToken(tokens, index, options);
  };
}

const FIRST_LAZY_PICTURE = new RegExp(`(<img src="${PICTURE_SOURCE_PREFIX}[^>]*? loading=")lazy"`);

/** The answer with its first local picture loading at once: on the entry's own page it is likely on the first screen. */
export function firstPictureEager(html: string): string {
  return html.replace(FIRST_LAZY_PICTURE, '$1eager"');
}

const STAND_IN = new RegExp(` src="${PICTURE_SOURCE_PREFIX}([^"]*)"`, 'g');

/**
 * Puts processed pictures in place of the renderer's stand-ins. `place`
 * receives the key as the HTML has it (escaped) and returns attribute values
 * that are escaped here.
 */
export function placePictures(html: string, place: (key: string) => PlacedPicture): string {
  if (!html.includes(PICTURE_SOURCE_PREFIX)) return html;
  return html.replace(STAND_IN, (_, key: string) => {
    const placed = place(unescapeHtml(key));
    let attributes = ` src="${escapeHtml(placed.src)}"`;
    if (placed.srcset) attributes += ` srcset="${escapeHtml(placed.srcset)}"`;
    if (placed.sizes) attributes += ` sizes="${escapeHtml(placed.sizes)}"`;
    return attributes;
  });
}

/** The keys of every picture stand-in in the HTML. */
export function pictureKeysIn(html: string): string[] {
  return [...html.matchAll(STAND_IN)].map((match) => unescapeHtml(match[1]!));
}

/**
 * Pictures' addresses made absolute, for copies of an answer read away from
 * the site (faq.json, the feed): a picture at `/_astro/…` would otherwise
 * resolve against the reader's own address. Links are left as they are.
 */
export function absolutePictureAddresses(html: string, absolute: (path: string) => string): string {
  return html.replace(/<img\b[^>]*>/g, (tag) =>
    tag
      .replace(/ src="(\/[^"]*)"/, (_, path: string) => ` src="${absolute(path)}"`)
      .replace(/ srcset="([^"]*)"/, (_, srcset: string) => ` srcset="${srcset.replace(/(^|, )(\/[^\s,]*)/g, (_match, lead: string, path: string) => lead + absolute(path))}"`),
  );
}
