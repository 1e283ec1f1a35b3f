import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const SEARCH_CODE = fileURLToPath(new URL('../scripts/search-engine.ts', import.meta.url));

/**
 * The file the bundler writes the browser's search code to (`_astro/search-engine.<hash>.js`),
 * as it names it while writing the browser's bundle: pages load it on demand, so no page names it.
 */
export function searchCodeChunkPlugin(): { plugin: Plugin; file: () => string | undefined } {
  let file: string | undefined;
  const plugin: Plugin = {
    name: 'faq:search-code-chunk',
    generateBundle(_options, bundle) {
      if (this.environment?.name !== 'client') return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.facadeModuleId === SEARCH_CODE) file = chunk.fileName;
      }
    },
  };
  return { plugin, file: () => file };
}
