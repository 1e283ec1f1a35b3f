import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError, EditorError, formatProblems } from '../core/content/problems.ts';
import { tiersWithoutCodes } from './members-plan.ts';
import { addressOf, loadSite, resolveSiteSource, siteAddress, type LoadedSite, type SiteAddress } from './load-site.ts';
import { loadSiteInThread } from './site-thread.ts';
import { modelModulePlugin, RESOLVED_MODEL_MODULE_ID, shareModel } from './model-module.ts';
import { searchCodeChunkPlugin } from './search-code-chunk.ts';
import { prepareStaging, publishStaging, stagingFor } from './atomic-output.ts';
import { SEARCH_FOLDER, SEARCH_PANEL_FILE } from '../core/output-folders.ts';
import { searchPanelFile } from '../components/search-box-markup.ts';
import { indexesBesidePages, startSearchIndexes } from './search-index-thread.ts';
import type { SearchIndexes } from './search-indexes.ts';
import type { PictureFile, PublicPicture } from '../core/site/public-pictures.ts';
import { newBuildId } from '../core/offline/build-marks.ts';
import { devContentErrors, devStartErrors } from './dev-content-errors.ts';

/** A request for a file of the search index, which the dev server builds in memory. */
const SEARCH_REQUEST = new RegExp(`/${SEARCH_FOLDER}/([^/]+)/(.+)$`);
/** A request for a processed picture (`planPublicPictures` names them), which the dev server encodes on first request. */
const PICTURE_REQUEST = /\/_astro\/[\w-]+\.([\w-]+)\.webp$/;

/**
 * Loads and validates the content before Astro writes anything, gives the
 * pages the site model, adds the search index and members-only files, and
 * publishes the output only when the whole build succeeded.
 */
export function faqSite(): AstroIntegration {
  let site: LoadedSite | undefined;
  /** The site as it loads: in a thread of its own for a build (`loadSiteInThread`). */
  let loading: Promise<LoadedSite> | undefined;
  let output: { staging: URL; final: URL } | undefined;
  let cacheDir: URL | undefined;
  let searchIndexes: Promise<SearchIndexes> | undefined;
  // Pages carry it, and the service worker names its caches by it.
  const build = newBuildId();
  const searchCode = searchCodeChunkPlugin();

  return {
    name: 'faq-site',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, addWatchFile, logger }) => {
        const root = fileURLToPath(config.root);
        cacheDir = config.cacheDir;
        const source = resolveSiteSource(root, command);
        // Astro would introduce an editor's mistakes as "an unhandled error" of this hook: a build, the dev server
        // or a preview starting says what they are and stops, having published nothing.
        const stop = async (error: unknown): Promise<never> => {
          if (error instanceof EditorError) {
            logger.error(command === 'dev' && error instanceof ContentError ? devStartErrors(error) : error.message);
            // A pipe may still hold the message (macOS writes to pipes asynchronously): let it out before the process ends.
            await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((resolve) => stream.write('', resolve))));
            process.exit(1);
          }
          throw error;
        };
        const loaded = (ready: LoadedSite): LoadedSite => {
          site = ready;
          // A preview serves a site already built: what this build would do is news only to a build or the dev server.
          if (command !== 'preview') {
            for (const problem of ready.problems.filter((item) => item.severity === 'warning')) logger.warn(formatProblems([problem]));
            if (ready.members.mode === 'encrypt') logger.info(`members-only section: encrypted for ${ready.members.codes.length} access ${ready.members.codes.length === 1 ? 'code' : 'codes'} from ${ready.members.codesSource}`);
            if (ready.members.mode === 'encrypt') for (const warning of tiersWithoutCodes(ready.members)) logger.warn(warning);
            if (ready.members.mode === 'omit') logger.warn(`members-only section left out (${ready.members.reason})`);
          }
          return ready;
        };
        let address: SiteAddress;
        if (command === 'build') {
          const staging = (output = stagingFor(config.outDir)).staging;
          prepareStaging(staging);
          // A build stopped by the content's mistakes leaves no half-bundled folder beside the site.
          process.once('exit', (code) => code !== 0 && prepareStaging(staging));
          // Loaded in a thread of its own while Astro starts and bundles the pages; they wait for the model only to render.
          address = siteAddress(source);
          const expected = address;
          loading = loadSiteInThread(source).then((ready) => {
            const found = addressOf(ready);
            if (found.base !== expected.base || found.url !== expected.url) throw new EditorError('site.yaml changed while the site was building: build again.');
            // Indexed beside the pages, in a thread of its own, unless the site is too large for both at once; written with the other outputs once the pages are done.
            if (indexesBesidePages(ready)) searchIndexes = startSearchIndexes(ready);
            return loaded(ready);
          }).catch(stop);
          // Whoever needs the site reports a failure: the bundled pages, or the end of the build.
          loading.catch(() => {});
        } else {
          const ready = loaded(await loadSite(source).catch(stop));
          loading = Promise.resolve(ready);
          address = addressOf(ready);
        }
        updateConfig({
          base: address.base,
          ...(address.url && !config.site ? { site: address.url } : {}),
          ...(output ? { outDir: output.staging } : {}),
          vite: {
            plugins: [modelModulePlugin(async () => (site ?? (await loading!)).model), searchCode.plugin],
            // Pages carry the security policy only when built: the dev server injects inline code of its own.
            define: { 'import.meta.env.FAQ_BUILD': JSON.stringify(command === 'build'), 'import.meta.env.FAQ_BUILD_ID': JSON.stringify(build) },
          },
        });
        if (command === 'dev') addWatchFile(source.contentDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const source = resolveSiteSource(server.config.root, 'dev');
        server.watcher.add(source.contentDir);
        // While editing, the search index is built in memory on first request, and again after every change.
        const indexes = new WeakMap<LoadedSite, Map<string, Map<string, string>>>();
        server.middlewares.use((request, response, next) => {
          const match = SEARCH_REQUEST.exec(request.url?.split('?')[0] ?? '');
          if (!match || !site) return next();
          const [, lang, file] = match as unknown as [string, string, string];
          const current = site;
          const view = current.model.languages.find((item) => item.lang === lang);
          if (file === SEARCH_PANEL_FILE && view) {
            response.setHeader('Content-Type', 'application/json; charset=utf-8');
            response.end(searchPanelFile(view));
            return;
          }
          import('./build-search-indexes.ts')
            .then(({ publicSearchIndex }) => {
              let byLang = indexes.get(current);
              if (!byLang) indexes.set(current, (byLang = new Map()));
              let files = byLang.get(lang);
              if (!files && current.content.site.languages.includes(lang)) byLang.set(lang, (files = new Map(publicSearchIndex(current, lang).map((item) => [item.path, item.contents]))));
              const contents = files?.get(file);
              if (contents === undefined) return next();
              response.setHeader('Content-Type', 'application/json; charset=utf-8');
              response.end(contents);
            })
            .catch(next);
        });
        // While editing, a picture is encoded when a page first shows it, into the cache builds use.
        const pictureFiles = new WeakMap<LoadedSite, Map<string, { item: PublicPicture; file: PictureFile }>>();
        server.middlewares.use((request, response, next) => {
          const match = PICTURE_REQUEST.exec(request.url?.split('?')[0] ?? '');
          if (!match || !site) return next();
          let byId = pictureFiles.get(site);
          if (!byId) pictureFiles.set(site, (byId = new Map([...site.publicPictures.values()].flatMap((item) => item.files.map((file) => [file.id, { item, file }])))));
          const found = byId.get(match[1]!);
          if (!found) return next();
          import('./public-picture-files.ts')
            .then(async ({ publicPictureBytes, publicPicturesCache }) => {
              const bytes = await publicPictureBytes(found.item, found.file, publicPicturesCache(cacheDir!));
              response.setHeader('Content-Type', 'image/webp');
              response.end(bytes);
            })
            .catch(next);
        });
        const reload = async (file: string) => {
          if (!file.startsWith(source.contentDir)) return;
          try {
            site = await loadSite(source);
            shareModel(site.model);
            logger.info(`content changed: ${path.relative(source.contentDir, file)}`);
          } catch (error) {
            // Keep serving the last good site, and say so, in the terminal and over the page.
            const { log, overlay } = devContentErrors(error);
            logger.error(log);
            server.ws.send({ type: 'error', err: overlay });
            return;
          }
          for (const environment of Object.values(server.environments)) {
            const module = environment.moduleGraph.getModuleById(RESOLVED_MODEL_MODULE_ID);
            if (module) environment.moduleGraph.invalidateModule(module);
          }
          server.ws.send({ type: 'full-reload' });
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, (file) => void reload(file));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = await loading;
        if (!site) return;
        // A large site is indexed now that the pages are done, in this thread (`writeBuildOutputs`): with the pages' memory
        // free to reuse, that peaks lower than a thread with a heap of its own (1.60 GB against 1.89 GB at 50,000 entries).
        // Loaded now: what only the end of a build needs is not loaded before Astro starts.
        const { writeBuildOutputs } = await import('./build-outputs.ts');
        await writeBuildOutputs({ dir, site, logger, cacheDir: cacheDir!, searchIndexes, build, searchCode: searchCode.file() });
        if (output) {
          publishStaging(output.staging, output.final);
          logger.info(`published ${fileURLToPath(output.final)}`);
        }
      },
    },
  };
}
