import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withFolderLock } from './folder-lock.ts';

/** One apt-get at a time on this machine, whichever test file runs it. */
const APT_LOCK = path.join(os.tmpdir(), 'faq-tests-apt.lock');

/** What a test needs from Debian: the program it runs, and the packages that bring it. */
export interface DebianProgram {
  /** Its absolute path once installed, such as `/usr/bin/chromium`. */
  path: string;
  /** What it is, for messages: `Chromium`, `nginx`. */
  name: string;
  packages: readonly string[];
}

/**
 * The program's path, installing its packages from Debian when it is missing
 * and we may (root); otherwise an error with the exact command to run. A test
 * that needs it never skips silently.
 *
 * Test files run two at a time, and apt lets one apt-get run at a time: a
 * second `apt-get update` fails on apt's lock rather than waiting. So installs
 * take turns through a lock of the tests' own, and a file that waited
 * finds the program the first one installed.
 */
export function ensureDebianProgram(program: DebianProgram): string {
  if (fs.existsSync(program.path)) return program.path;
  const command = `apt-get install -y --no-install-recommends ${program.packages.join(' ')}`;
  if (process.getuid?.() !== 0) throw new Error(`${program.name} is missing: this test needs ${program.path}. Install it with: sudo ${command}`);
  withFolderLock(APT_LOCK, () => {
    if (fs.existsSync(program.path)) return;
    console.log(`${program.name} is missing: installing Debian's ${program.packages.join(', ')} (this may take a minute or two)…`);
    for (const args of [['update'], ['install', '-y', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=300', ...program.packages]]) {
      const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status}); install ${program.name} with: ${command}`);
    }
  }, { timeoutMs: 15 * 60_000 });
  if (!fs.existsSync(program.path)) throw new Error(`apt-get installed ${program.packages.join(', ')} but ${program.path} is still missing`);
  return program.path;
}
