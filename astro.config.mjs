// @ts-check
// JavaScript rather than TypeScript so that Node imports it, and the integration's TypeScript with it, as they are
// (Node strips the types): Astro runs a TypeScript config through Vite, which transpiled the whole content pipeline
// before every build and cost about a second at 10,000 entries.
import { defineConfig } from 'astro/config';
import { faqSite } from './src/astro/integration.ts';
import { CACHE_FOLDER } from './src/core/cache-folder.ts';

// The content folder, sub-path and site URL come from content/site.yaml
// (or CONTENT_DIR and BASE_PATH in the environment); see the README.
export default defineConfig({
  integrations: [faqSite()],
  trailingSlash: 'ignore',
  // Stylesheets and scripts stay files: the Content-Security-Policy allows nothing inline.
  // Eight pages at a time: one page's file is written while the next ones render. One at a time, the build
  // waited on the disk for about a third of its time at 10,000 entries (a CPU profile of `astro build`).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // Nothing is inlined into pages, scripts included, for the same reason.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Processed pictures are kept between builds.
  cacheDir: `./${CACHE_FOLDER}`,
});
