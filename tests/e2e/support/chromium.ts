import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium: the only browser these tests use (playwright's own downloads are never fetched). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const INSTALL_HINT = 'install Debian\'s Chromium as root: apt-get update && apt-get install -y chromium';

/**
 * Flags for a quiet headless run on a machine without a GPU, a sandbox-capable
 * kernel or a network: nothing phones home, so no request can fail or slow a test.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/**
 * Returns the path of Chromium, installing Debian's package first when it is
 * missing and we are root. Otherwise it throws with the exact command to run:
 * a browser test fails loudly rather than skipping.
 */
export function ensureChromium(): string {
  if (isExecutable(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (process.getuid?.() !== 0) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM_PATH}, which is missing. To fix it, ${INSTALL_HINT}.`);
  }
  log('Chromium is missing: installing Debian\'s chromium package (this can take several minutes)…');
  runAptGet(['update']);
  // The lock timeout lets a concurrent apt run (another test process, unattended upgrades) finish first.
  runAptGet(['install', '-y', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=600', 'chromium']);
  if (!isExecutable(CHROMIUM_PATH)) {
    throw new Error(`apt-get installed chromium, yet ${CHROMIUM_PATH} is still missing; ${INSTALL_HINT}.`);
  }
  log(`Chromium installed at ${CHROMIUM_PATH}.`);
  return CHROMIUM_PATH;
}

/** Launches headless Chromium; playwright gives every launch a fresh temporary profile of its own. */
export async function launchBrowser(options: Pick<LaunchOptions, 'timeout'> = {}): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: [...CHROMIUM_ARGS], ...options });
}

function runAptGet(args: string[]): void {
  log(`running apt-get ${args.join(' ')}`);
  // Output goes straight to the terminal so a slow install shows its progress.
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw new Error(`Could not run apt-get to install Chromium; ${INSTALL_HINT}.`, { cause: result.error });
  if (result.status !== 0) {
    throw new Error(`apt-get ${args.join(' ')} exited with ${result.status ?? result.signal}; ${INSTALL_HINT}.`);
  }
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function log(message: string): void {
  console.log(`[chromium] ${message}`);
}
