import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { LoadedSite } from './load-site.ts';
import { headersFile, needsRedirectsFile, nginxRedirectMap, nginxSnippet, redirectsFile } from './host-headers.ts';
import { writeMembersSection } from './members-output.ts';
import { SEARCH_PANEL_FILE, hostedMembersPictureFile, hostedMembersSearchFolder, searchIndexFolder } from '../core/output-folders.ts';
import { searchPanelFile } from '../components/search-box-markup.ts';
import { forEachMembersPicture } from './members-pictures.ts';
import { writeOfflineOutputs } from './offline-output.ts';
import { preloadSearchPageModules } from './search-page-preload.ts';
import { ASSETS_FOLDER } from './module-graph.ts';
import { searchIndexesInput, type SearchIndexes } from './search-indexes.ts';
import { publicPicturesCache, writePublicPictures, type PicturesWritten } from './public-picture-files.ts';

export interface BuildOutputContext {
  /** The folder being built, before it is published. */
  dir: URL;
  site: LoadedSite;
  logger: AstroIntegrationLogger;
  /** Astro's cache folder (`cacheDir`), where pictures are kept encoded between builds. */
  cacheDir: URL;
  /** The search indexes, when they were built beside the pages (`startSearchIndexes`); else they are built here. */
  searchIndexes?: Promise<SearchIndexes>;
  /** This build's id, which the pages carry and the service worker names its caches by. */
  build: string;
  /** Where the bundler wrote the browser's search code, in the output folder (`searchCodeChunkPlugin`). */
  searchCode?: string;
}

/** Files that are not pages: the pictures, host configuration, the search index, the members-only section. */
export async function writeBuildOutputs({ dir, site, logger, cacheDir, searchIndexes, build, searchCode }: BuildOutputContext): Promise<void> {
  const root = fileURLToPath(dir);
  if (site.publicPictures.size) {
    const started = performance.now();
    const pictures = await writePublicPictures(site.publicPictures.values(), root, publicPicturesCache(cacheDir));
    logger.info(picturesLine(pictures, performance.now() - started));
  }
  const write = (file: string, contents: string | Uint8Array) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), contents);
  };
  write('_headers', headersFile(site.content.site, site.model.base));
  // A thread that failed (or could not load TypeScript, on a Node before 22.18) leaves the work to this one, where a real error is thrown again and reported.
  // The index builder is loaded into this thread only then: most builds never need it here.
  const indexes = (searchIndexes && (await searchIndexes.catch(() => undefined))) ?? (await import('./build-search-indexes.ts')).buildSearchIndexes(searchIndexesInput(site));
  for (const { lang, files } of indexes.public) {
    for (const file of files) write(`${searchIndexFolder(lang)}${file.path}`, file.contents);
  }
  for (const view of site.model.languages) write(`${searchIndexFolder(view.lang)}${SEARCH_PANEL_FILE}`, searchPanelFile(view));
  const pictureCache = fileURLToPath(new URL('faq-members-pictures/', cacheDir));
  if (site.members.mode === 'encrypt') await writeMembersSection(site, site.members, write, pictureCache, indexes.members ?? []);
  const redirects = site.model.languages.flatMap((view) => view.redirects);
  const redirectRules = { hostedMembers: site.members.mode === 'host', redirects };
  if (needsRedirectsFile(redirectRules)) write('_redirects', redirectsFile(site.model.base, redirectRules));
  if (site.members.mode === 'host') {
    const hostedPictures = new Set((site.model.hostedMembers ?? []).flatMap((members) => members.entries.flatMap((entry) => entry.pictures)));
    await forEachMembersPicture(hostedPictures, { folder: pictureCache, digests: site.pictureDigests }, async (picture, bytes) => write(await hostedMembersPictureFile(picture.key), bytes));
    const { buildHostedMembersSearchIndexes } = await import('./build-search-indexes.ts');
    for (const { lang, files } of buildHostedMembersSearchIndexes(site)) {
      for (const file of files) write(`${hostedMembersSearchFolder(lang)}${file.path}`, file.contents);
    }
  }
  write('nginx-headers.conf', nginxSnippet(site.content.site, site.model.base, redirects));
  write('nginx-redirects.conf', nginxRedirectMap(redirects));
  if (searchCode) preloadSearchPageModules(root, site.model, path.posix.relative(ASSETS_FOLDER, searchCode));
  // Last: it measures the pages and the search index written above.
  await writeOfflineOutputs(root, site.model, build, site.members.mode === 'host');
}

/** `pictures: 1796 files, 120 made (85.30s of encoding), 1676 reused from the cache, in 41.20s`: read by the bench. */
function picturesLine({ files, made, reused, encodingMs }: PicturesWritten, wallMs: number): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)}s`;
  return `pictures: ${files} files, ${made} made (${seconds(encodingMs)} of encoding), ${reused} reused from the cache, in ${seconds(wallMs)}`;
}
