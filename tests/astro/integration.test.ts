import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const INTEGRATION = pathToFileURL(path.resolve('src/astro/integration.ts')).href;

/** Every module a fresh Node loads to import the integration, as `astro.config.mjs` does before Astro starts. */
function modulesLoadedByImport(): string[] {
  const script = [
    "import { registerHooks } from 'node:module';",
    'const seen = [];',
    'registerHooks({ resolve(specifier, context, next) { const found = next(specifier, context); seen.push(found.url); return found; } });',
    `await import(${JSON.stringify(INTEGRATION)});`,
    'process.stdout.write(JSON.stringify(seen));',
  ].join('\n');
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`importing the integration failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as string[];
}

describe('the integration, as Astro loads it before a build starts', () => {
  it('loads the content pipeline, and none of what only the end of a build or a site with pictures needs', () => {
    const loaded = modulesLoadedByImport();
    // What loading and checking the content needs is there: the list is the real one.
    for (const needed of ['/src/core/content/load.ts', '/src/core/site/build-site.ts', '/node_modules/markdown-it/', '/node_modules/js-yaml/']) {
      expect(loaded.some((url) => url.includes(needed)), needed).toBe(true);
    }
    // The search index builder and its dictionaries (built in a worker thread), the outputs written after the pages, and sharp.
    for (const later of ['/src/core/search/build-index.ts', '/node_modules/pinyin-pro/', '/node_modules/opencc-js/', '/src/astro/build-outputs.ts', '/node_modules/esbuild/', '/node_modules/sharp/']) {
      expect(loaded.filter((url) => url.includes(later)), later).toEqual([]);
    }
  });
});
