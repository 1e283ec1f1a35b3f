import fs from 'node:fs';
import path from 'node:path';

/** Where Astro writes the bundled scripts and stylesheets, under the output folder. */
export const ASSETS_FOLDER = '_astro';

/**
 * The browser's modules as the build wrote them (`_astro/*.js`, named by
 * their path in that folder), and what each imports: with the module
 * (`import"./b.js"`, `from"./c.js"`) or on demand (`import("./a.js")`, any
 * quote). Read from the bundler's own output, which imports only files of
 * that folder, by relative path.
 */
export interface ModuleGraph {
  modules: ReadonlySet<string>;
  importsWith(module: string): string[];
  importsOnDemand(module: string): string[];
}

const WITH_MODULE = /(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g;
const ON_DEMAND = /\bimport\(\s*[`"'](\.\/[^`"']+\.js)[`"']\s*\)/g;

export function readModuleGraph(assetsFolder: string): ModuleGraph {
  const files = fs.existsSync(assetsFolder) ? (fs.readdirSync(assetsFolder, { recursive: true }) as string[]).map((file) => file.split(path.sep).join('/')) : [];
  const code = new Map(files.filter((file) => file.endsWith('.js')).map((file) => [file, fs.readFileSync(path.join(assetsFolder, file), 'utf8')]));
  const imports = (module: string, pattern: RegExp) =>
    [...(code.get(module) ?? '').matchAll(pattern)].map((match) => path.posix.join(path.posix.dirname(module), match[1]!)).filter((file) => code.has(file));
  return {
    modules: new Set(code.keys()),
    importsWith: (module) => imports(module, WITH_MODULE),
    importsOnDemand: (module) => imports(module, ON_DEMAND),
  };
}

/** The modules, and every module they import with themselves, each once. */
export function loadedWith(graph: ModuleGraph, modules: Iterable<string>): Set<string> {
  const loaded = new Set<string>();
  const visit = (module: string) => {
    if (loaded.has(module) || !graph.modules.has(module)) return;
    loaded.add(module);
    for (const imported of graph.importsWith(module)) visit(imported);
  };
  for (const module of modules) visit(module);
  return loaded;
}
