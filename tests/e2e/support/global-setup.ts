import { ensureChromium } from './chromium.ts';

/**
 * Vitest global set-up for browser tests: makes sure Chromium is there (or
 * installs it) once, before any test file starts, so a slow install shows as
 * set-up progress rather than as a test timing out.
 */
export default function setup(): void {
  ensureChromium();
}
