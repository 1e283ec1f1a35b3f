import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Room for a build that waits its turn behind another file's (see `holdAstro` in tests/support/astro-build.ts).
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Two test files at a time, on the two cores CI has; builds still take turns.
    maxWorkers: 2,
    // A page waited for in a browser test may take seconds to settle while another file builds beside it.
    expect: { poll: { timeout: 10_000 } },
    // One build of the demo for the test files that only read it.
    globalSetup: ['tests/support/global-setup.ts'],
  },
});
