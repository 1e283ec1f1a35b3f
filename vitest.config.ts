import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Browser tests share one built site and one Chromium; keep files apart so two builds never race.
    fileParallelism: false,
    // One build of the demo for the test files that only read it.
    globalSetup: ['tests/support/global-setup.ts'],
  },
});
