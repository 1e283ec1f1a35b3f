import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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
 * take turns through a lock of the test run's own, and a file that waited
 * finds the program the first one installed.
 */
export function ensureDebianProgram(program: DebianProgram): string {
  if (fs.existsSync(program.path)) return program.path;
  const command = `apt-get install -y --no-install-recommends ${program.packages.join(' ')}`;
  if (process.getuid?.() !== 0) throw new Error(`${program.name} is missing: this test needs ${program.path}. Install it with: sudo ${command}`);
  withMachineLock('apt', () => {
    if (fs.existsSync(program.path)) return;
    console.log(`${program.name} is missing: installing Debian's ${program.packages.join(', ')} (this may take a minute or two)…`);
    for (const args of [['update'], ['install', '-y', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=300', ...program.packages]]) {
      const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status}); install ${program.name} with: ${command}`);
    }
  });
  if (!fs.existsSync(program.path)) throw new Error(`apt-get installed ${program.packages.join(', ')} but ${program.path} is still missing`);
  return program.path;
}

/**
 * Runs `work` while no other process on this machine runs work under the
 * same name. The lock is a folder (creating one is atomic) holding its
 * owner's pid, so a lock left by a process that died is taken over rather
 * than waited on for ever.
 */
export function withMachineLock<T>(name: string, work: () => T, timeoutMs = 15 * 60_000): T {
  const folder = path.join(os.tmpdir(), `faq-tests-${name}.lock`);
  const owner = path.join(folder, 'pid');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.mkdirSync(folder);
      fs.writeFileSync(owner, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (!holderAlive(owner)) {
      fs.rmSync(folder, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs / 1000} s for ${folder}, held by process ${readPid(owner)}; remove the folder if that process is gone`);
    // Synchronous, like the install it waits for: tests call this from plain functions.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
  try {
    return work();
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function readPid(owner: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(owner, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the lock's owner still runs. A lock without its pid yet is being taken right now, so it counts as held. */
function holderAlive(owner: string): boolean {
  if (!fs.existsSync(owner)) return fs.existsSync(path.dirname(owner));
  const pid = readPid(owner);
  if (pid === undefined) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
