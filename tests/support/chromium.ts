import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ensureDebianProgram } from './debian-package.ts';

export const CHROMIUM = '/usr/bin/chromium';

/** Browser tests run in Debian's Chromium, installed when missing (see `ensureDebianProgram`). */
export function ensureChromium(): string {
  // Headless Chromium needs none of what Debian recommends for a desktop
  // (printing, notifications, power management), only the fonts pages are drawn in.
  return ensureDebianProgram({ path: CHROMIUM, name: 'Chromium', packages: ['chromium', 'fonts-liberation'] });
}

/** `extraArgs`: flags a test needs on top, such as where a host name resolves. */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    // Flags of a quiet, sandbox-free headless run on a machine without a network or GPU.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', ...extraArgs],
  });
}

/** Where browser tests leave screenshots for people to look at. */
export function artifactPath(name: string): string {
  const folder = path.resolve(import.meta.dirname, '../../test-results');
  fs.mkdirSync(folder, { recursive: true });
  return path.join(folder, name);
}

export const TEMP = os.tmpdir();
