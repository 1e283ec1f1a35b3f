import { defineConfig } from 'astro/config';

// The benchmark's floor: the least an Astro site must do for the same corpus.
// Same page format as the real site, so both write one folder per page.
export default defineConfig({
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
