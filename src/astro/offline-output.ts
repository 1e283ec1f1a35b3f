import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as bundle } from 'esbuild';
import type { SiteModel } from '../core/site/model.ts';
import { OFFLINE_SHELL_FILE, offlineListFile, searchIndexFolder } from '../core/output-folders.ts';
import { offlineList } from '../core/offline/offline-list.ts';
import { SERVICE_WORKER_FILE, type OfflineConfig } from '../core/offline/offline-plan.ts';
import { ASSETS_FOLDER, loadedWith, readModuleGraph } from './module-graph.ts';

const WORKER_SOURCE = fileURLToPath(new URL('../service-worker/offline-worker.ts', import.meta.url));
const RETIRING_WORKER_SOURCE = fileURLToPath(new URL('../service-worker/retire-worker.ts', import.meta.url));

/**
 * After the pages and the search index are written: each language's list of
 * what may be saved (`_faq/offline/<lang>.json`, with sizes), and the service
 * worker, bundled with Workbox and this build's configuration into `sw.js`.
 */
export async function writeOfflineOutputs(root: string, model: SiteModel, build: string, hostedMembers: boolean): Promise<OfflineConfig | undefined> {
  if (!model.settings.offline) {
    // Turned off: readers who installed the worker before get one that removes it.
    write(root, SERVICE_WORKER_FILE, await bundleWorker(RETIRING_WORKER_SOURCE, { FAQ_OFFLINE_BASE: JSON.stringify(model.base) }));
    return undefined;
  }
  const fileOf = (url: string) => path.join(root, url.slice(model.base.length), url.endsWith('/') ? 'index.html' : '');
  const bytesOf = (url: string) => fs.statSync(fileOf(url), { throwIfNoEntry: false })?.size ?? 0;
  for (const view of model.languages) {
    const folder = searchIndexFolder(view.lang);
    const searchRoot = path.join(root, folder);
    const search = listFiles(searchRoot).map((file): [string, number] => [`${model.base}${folder}${file}`, fs.statSync(path.join(searchRoot, file)).size]);
    const list = offlineList(view, build, bytesOf, search);
    write(root, offlineListFile(view.lang), JSON.stringify(list));
  }
  const config: OfflineConfig = {
    build,
    base: model.base,
    languages: model.languages.map((view) => ({ lang: view.lang, home: view.homeUrl, offlineUrl: view.offlineUrl, savedUrl: view.savedUrl })),
    hostedMembers,
    precache: shellOf(root, model, build),
  };
  // The configuration goes before the bundled code, not into it: esbuild names minified symbols by how often each
  // character occurs in the source, so a build id inside would give each build's code other names.
  const worker = new TextDecoder().decode(await bundleWorker(WORKER_SOURCE, {}));
  write(root, SERVICE_WORKER_FILE, `var FAQ_OFFLINE_CONFIG=${JSON.stringify(config).replace(/</g, '\\u003c')};\n${worker}`);
  // The same list the worker carries, readable by tools: the benchmark weighs the shell from it.
  write(root, OFFLINE_SHELL_FILE, JSON.stringify({ build, precache: config.precache }));
  return config;
}

/**
 * The shell: the offline and saved pages of every language, every stylesheet,
 * and the scripts pages run as they load, with the modules those import.
 * Modules only ever loaded on demand (the search code, and what only it
 * imports) are left out: they are kept once a reader uses them.
 */
export function shellOf(root: string, model: SiteModel, build: string): OfflineConfig['precache'] {
  const fileOf = (url: string) => path.join(root, url.slice(model.base.length), url.endsWith('/') ? 'index.html' : '');
  const pages = model.languages.flatMap((view) => [view.offlineUrl, view.savedUrl]).filter((url) => fs.existsSync(fileOf(url)));
  const files = listFiles(path.join(root, ASSETS_FOLDER));
  const graph = readModuleGraph(path.join(root, ASSETS_FOLDER));
  const onDemand = new Set([...graph.modules].flatMap((module) => graph.importsOnDemand(module)));
  const shell = loadedWith(graph, [...graph.modules].filter((module) => !onDemand.has(module)));
  const revision = (url: string) => crypto.createHash('sha256').update(fs.readFileSync(fileOf(url))).digest('hex').slice(0, 16);
  return [
    // Pages carry the build's id: it is their revision.
    ...pages.map((url) => ({ url, revision: build })),
    // Hashed file names change with their contents.
    ...[...files.filter((file) => file.endsWith('.css')), ...shell].sort().map((file) => ({ url: `${model.base}${ASSETS_FOLDER}/${file}`, revision: null })),
    ...(fs.existsSync(path.join(root, 'favicon.svg')) ? [{ url: `${model.base}favicon.svg`, revision: revision(`${model.base}favicon.svg`) }] : []),
  ];
}

/** One worker file, with Workbox and the core modules it imports, and the build's settings in place of `define`'s names. */
async function bundleWorker(source: string, define: Record<string, string>): Promise<Uint8Array> {
  const result = await bundle({
    entryPoints: [source],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2022',
    // Workbox logs every request in development builds only.
    define: { ...define, 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.contents;
}

function write(root: string, file: string, contents: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), contents);
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((item) => item.isFile())
    .map((item) => path.relative(dir, path.join(item.parentPath, item.name)).split(path.sep).join('/'))
    .sort();
}
