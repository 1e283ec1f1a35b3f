import fs from 'node:fs';
import path from 'node:path';
import type { SiteModel } from '../core/site/model.ts';
import { ASSETS_FOLDER, loadedWith, readModuleGraph, type ModuleGraph } from './module-graph.ts';

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"/g;

/**
 * The search page searches as it opens, for a link that carries a query
 * (`?q=`). Astro names only the page's scripts, so the modules they import
 * would arrive a round trip after them, and the search code, which a script
 * loads on demand, a round trip after those: the build adds a
 * `modulepreload` link for each, and the page asks for them all at once,
 * with the search code (`searchCode`, a file of `_astro/`) and its imports.
 */
export function preloadSearchPageModules(root: string, model: SiteModel, searchCode: string): void {
  const graph = readModuleGraph(path.join(root, ASSETS_FOLDER));
  const assets = `${model.base}${ASSETS_FOLDER}/`;
  for (const view of model.languages) {
    const file = path.join(root, view.searchUrl.slice(model.base.length), 'index.html');
    if (!fs.existsSync(file)) continue;
    const html = fs.readFileSync(file, 'utf8');
    const scripts = [...html.matchAll(MODULE_SCRIPT)].map((match) => match[1]!).filter((src) => src.startsWith(assets)).map((src) => src.slice(assets.length));
    const modules = modulesToPreload(graph, scripts, searchCode);
    if (!modules.length) continue;
    const links = modules.map((module) => `<link rel="modulepreload" href="${assets}${module}">`).join('');
    fs.writeFileSync(file, html.replace('<script type="module"', `${links}<script type="module"`));
  }
}

/** Every module the scripts import with them, and `searchCode` with every module it imports, however deep; the scripts themselves left out. */
export function modulesToPreload(graph: ModuleGraph, scripts: readonly string[], searchCode: string): string[] {
  return [...loadedWith(graph, [...scripts, searchCode])].filter((module) => !scripts.includes(module)).sort();
}
