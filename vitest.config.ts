import { defineConfig } from 'vitest/config';

const CORE = 'tests/core/**/*.test.ts';

export default defineConfig({
  test: {
    // Room for a build that waits its turn behind another file's (see `holdAstro` in tests/support/astro-build.ts).
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Two test files at a time, on the two cores CI has; builds still take turns.
    maxWorkers: 2,
    // A page waited for in a browser test may take seconds to settle while another file builds beside it.
    expect: { poll: { timeout: 10_000 } },
    // One build of the demo for the test files that only read it.
    globalSetup: ['tests/support/global-setup.ts'],
    projects: [
      // The core's modules keep no state between calls, so its files share workers: a fresh process per file
      // spent more time starting and importing than these files spend testing.
      { extends: true, test: { name: 'core', include: [CORE], isolate: false } },
      // Everything that builds, serves or drives a browser gets a process of its own, so a file that dies holding
      // Astro's lock frees it (see `holdAstro`).
      { extends: true, test: { name: 'site', include: ['tests/**/*.test.ts'], exclude: [CORE] } },
    ],
  },
});
