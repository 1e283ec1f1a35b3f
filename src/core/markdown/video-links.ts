import type { Token } from 'markdown-it';

/** The video sites an answer can embed; site.yaml's `videos.providers` turns each on. */
export const VIDEO_PROVIDERS = ['youtube', 'vimeo'] as const;
export type VideoProvider = (typeof VIDEO_PROVIDERS)[number];

// A type, not an interface: it rides on a markdown-it token's `meta`, a plain record.
export type VideoLink = {
  provider: VideoProvider;
  /** The video's id at its provider, checked to hold only the characters such ids use. */
  id: string;
  href: string;
  /** The link's words: the video's title when the author wrote one, else the address itself. */
  text: string;
};

const PROVIDER_NAMES: Record<VideoProvider, string> = { youtube: 'YouTube', vimeo: 'Vimeo' };

/** Where each provider's player lives: the one origin the security policy lets frames come from. */
const PLAYER_ORIGINS: Record<VideoProvider, string> = {
  youtube: 'https://www.youtube-nocookie.com',
  vimeo: 'https://player.vimeo.com',
};

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;

export function providerName(provider: VideoProvider): string {
  return PROVIDER_NAMES[provider];
}

/** The player's origin, for the `frame-src` of the security policy; undefined for anything that is no provider. */
export function playerOrigin(provider: string): string | undefined {
  return Object.hasOwn(PLAYER_ORIGINS, provider) ? PLAYER_ORIGINS[provider as VideoProvider] : undefined;
}

/** Whether an address is one of the players `embedUrl` makes: the browser loads no other frame. */
export function isPlayerUrl(src: string): boolean {
  return Object.values(PLAYER_ORIGINS).some((origin) => src.startsWith(`${origin}/`));
}

/**
 * The player address the page loads only once the reader presses play: YouTube's
 * no-cookie player, and Vimeo's with do-not-track, both starting at once.
 */
export function embedUrl({ provider, id }: Pick<VideoLink, 'provider' | 'id'>): string {
  return provider === 'youtube' ? `${PLAYER_ORIGINS.youtube}/embed/${id}?autoplay=1` : `${PLAYER_ORIGINS.vimeo}/video/${id}?autoplay=1&dnt=1`;
}

/** The video a link points at: `youtube.com/watch?v=ID`, `youtu.be/ID` or `vimeo.com/NUMBER`. */
export function videoAt(href: string): Pick<VideoLink, 'provider' | 'id'> | undefined {
  if (!URL.canParse(href)) return undefined;
  const url = new URL(href);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^(www\.|m\.)/, '');
  const path = url.pathname.replace(/\/+$/, '');
  let found: Pick<VideoLink, 'provider' | 'id'> | undefined;
  if (host === 'youtube.com' && path === '/watch') found = { provider: 'youtube', id: url.searchParams.get('v') ?? '' };
  else if (host === 'youtu.be') found = { provider: 'youtube', id: path.slice(1) };
  else if (host === 'vimeo.com') found = { provider: 'vimeo', id: path.slice(1) };
  if (!found) return undefined;
  return (found.provider === 'youtube' ? YOUTUBE_ID : VIMEO_ID).test(found.id) ? found : undefined;
}

/**
 * A video link that is alone in its paragraph (blank space aside): only such
 * a link becomes an embed; one inside a sentence stays a link.
 */
export function loneVideoLink(inline: Token): VideoLink | undefined {
  const children = (inline.children ?? []).filter((child) => !(child.type === 'text' && !child.content.trim()));
  const [open, ...rest] = children;
  const close = rest.pop();
  if (open?.type !== 'link_open' || close?.type !== 'link_close') return undefined;
  if (rest.some((child) => child.type === 'link_open' || child.type === 'image')) return undefined;
  const href = String(open.attrGet('href') ?? '');
  const video = videoAt(href);
  if (!video) return undefined;
  const text = rest.map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : '')).join('').trim();
  return { ...video, href, text: text || href };
}
