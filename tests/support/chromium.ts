import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Browser tests run in Debian's Chromium. When it is missing, it is installed
 * from Debian's packages if we may (root); otherwise the test fails with the
 * exact command to run. A browser test never skips silently.
 */
export function ensureChromium(): string {
  if (fs.existsSync(CHROMIUM)) return CHROMIUM;
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium is missing: browser tests need ${CHROMIUM}. Install it with: sudo apt-get install -y chromium`);
  }
  console.log('Chromium is missing: installing Debian\'s chromium package (this takes a minute or two)…');
  // Headless Chromium needs none of what Debian recommends for a desktop
  // (printing, notifications, power management), only the fonts pages are drawn in.
  const packages = ['chromium', 'fonts-liberation'];
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=300', ...packages]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status}); install Chromium with: apt-get install -y --no-install-recommends ${packages.join(' ')}`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is still missing`);
  return CHROMIUM;
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
