import { MEMBERS_FOLDER, OFFLINE_FOLDER, SEARCH_FOLDER, SEARCH_PANEL_FILE, SERVICE_WORKER_FILE } from '../output-folders.ts';
import { BUILD_META_NAME } from './build-marks.ts';
import { INDEX_PATH, displayShardPath, termShardPath, type SearchManifest } from '../search/index-format.ts';

/**
 * What the service worker does with each request, decided here so that the
 * build, the worker and the tests read one plan. Pure: no worker globals.
 */

/** Visited pages kept for offline reading, the least recently used dropped first. Saved topics are not counted. */
export const VISITED_PAGES_LIMIT = 60;

/** Hashed scripts, styles and pictures kept after use (the search code among them). */
export const ASSETS_LIMIT = 120;

/**
 * "Save everything" is offered only when a language's answers and search
 * index add up to at most this many bytes (as served, before compression):
 * beyond it a phone on a metered plan should choose topics instead.
 */
export const SAVE_EVERYTHING_LIMIT_BYTES = 5_000_000;

export { BUILD_HEADER, BUILD_META_NAME } from './build-marks.ts';
export { SERVICE_WORKER_FILE } from '../output-folders.ts';

export interface OfflineLanguage {
  lang: string;
  /** The language's home, under the base: its pages are the paths below it that no other language claims. */
  home: string;
  offlineUrl: string;
  savedUrl: string;
}

/** What the build tells the worker. */
export interface OfflineConfig {
  build: string;
  base: string;
  languages: OfflineLanguage[];
  /** `gate.mode: host`: the members-only pages are plain HTML behind the host's login and must never be stored. */
  hostedMembers: boolean;
  /** The shell every visit precaches: URLs and a revision for those whose name carries none. */
  precache: { url: string; revision: string | null }[];
}

export type RequestKind = 'page' | 'asset' | 'search' | 'members' | 'offline-list' | 'never';

/** Where a same-origin GET of `path` (pathname only) belongs; `never` is passed to the network untouched. */
export function requestKind(path: string, navigation: boolean, config: Pick<OfflineConfig, 'base' | 'hostedMembers'>): RequestKind {
  const { base } = config;
  if (!path.startsWith(base)) return 'never';
  const inside = path.slice(base.length);
  // Hosted members-only pages are readable HTML: nothing of them may reach Cache Storage.
  if (config.hostedMembers && (inside === 'members' || inside.startsWith('members/'))) return 'never';
  if (inside === SERVICE_WORKER_FILE) return 'never';
  if (navigation) return 'page';
  if (inside.startsWith('_astro/')) return 'asset';
  if (inside.startsWith(`${SEARCH_FOLDER}/`)) return 'search';
  if (inside.startsWith(`${MEMBERS_FOLDER}/`)) return 'members';
  if (inside.startsWith(`${OFFLINE_FOLDER}/`)) return 'offline-list';
  return 'never';
}

/** The language a path belongs to: the one with the longest home that the path starts with. */
export function languageOf(path: string, languages: readonly OfflineLanguage[]): OfflineLanguage | undefined {
  return [...languages].sort((a, b) => b.home.length - a.home.length).find((language) => path.startsWith(language.home));
}

/** The search index folder a path is in (`/help/_faq/search/zh/`), if any. */
export function searchFolderOf(path: string, base: string): string | undefined {
  const match = new RegExp(`^${escapeRegExp(base)}${escapeRegExp(SEARCH_FOLDER)}/[^/]+/`).exec(path);
  return match?.[0];
}

const CACHE_KINDS = ['shell', 'pages', 'saved', 'assets', 'search', 'members'] as const;
export type CacheKind = (typeof CACHE_KINDS)[number];

/**
 * Cache names carry the site's base (two help centers on one origin keep
 * apart) and the build: pages and the search index of one build are only
 * ever served together, and another build's caches are stale.
 */
export function cacheName(kind: CacheKind, config: Pick<OfflineConfig, 'base' | 'build'>): string {
  return `${cachePrefix(config.base)}${kind}|${config.build}`;
}

/** Caches of this site made by another build: deleted once this build's worker is in charge. */
export function isStaleCache(name: string, config: Pick<OfflineConfig, 'base' | 'build'>): boolean {
  return name.startsWith(cachePrefix(config.base)) && !name.endsWith(`|${config.build}`);
}

/** The kind of one of this site's caches (of any build), if the name is one. */
export function cacheKindOf(name: string, base: string): CacheKind | undefined {
  if (!name.startsWith(cachePrefix(base))) return undefined;
  const kind = name.slice(cachePrefix(base).length).split('|')[0];
  return CACHE_KINDS.find((item) => item === kind);
}

function cachePrefix(base: string): string {
  return `faq|${base}|`;
}

/** Whether a response may be stored: never one the server marked private or not to be stored. */
export function mayStore(status: number, cacheControl: string | null): boolean {
  if (status !== 200) return false;
  return !/(?:^|,)\s*(?:no-store|private)\b/i.test(cacheControl ?? '');
}

/** The build a page's HTML says it is from (`<meta name="faq-build" content="…">`). */
export function buildOfPage(html: string): string | undefined {
  return new RegExp(`<meta name="${BUILD_META_NAME}" content="([^"]+)"`).exec(html)?.[1];
}

/** An entry page's question, from its `<h1>`, for the list of saved answers. */
export function questionOfPage(html: string): string | undefined {
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  if (heading === undefined) return undefined;
  return decodeEntities(heading.replace(/<[^>]*>/g, '')).trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[lower] ?? whole;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a path is an answer's own page (`…/q/<id>/`), the pages the saved list shows. */
export function isEntryPage(path: string, languages: readonly OfflineLanguage[]): boolean {
  const language = languageOf(path, languages);
  return language !== undefined && new RegExp(`^${escapeRegExp(language.home)}q/[^/]+/$`).test(path);
}

/** Every file of an exported search index, from its `index.json`, and the toolbar's results panel: what searching that language offline needs. */
export function searchIndexFiles(index: { manifest: Pick<SearchManifest, 'termShardStarts' | 'docCount' | 'displayShardSize'> }): string[] {
  const { termShardStarts, docCount, displayShardSize } = index.manifest;
  const displayShards = displayShardSize > 0 ? Math.ceil(docCount / displayShardSize) : 0;
  return [INDEX_PATH, SEARCH_PANEL_FILE, ...termShardStarts.map((_, i) => termShardPath(i)), ...Array.from({ length: displayShards }, (_, i) => displayShardPath(i))];
}
