import fs from 'node:fs';
import path from 'node:path';

/**
 * A lock between the processes of one machine, such as two test files
 * running side by side. It is a folder, since creating one is a single step
 * that only one process can win, and it holds its owner's pid, so a lock left
 * by a process that died (it crashed, or ran out of memory) is taken over
 * rather than waited on for ever. Waits synchronously, as the plain functions
 * that take it do; returns the release.
 */
export function takeFolderLock(folder: string, { timeoutMs = Number.POSITIVE_INFINITY }: { timeoutMs?: number } = {}): () => void {
  const holder = path.join(folder, 'pid');
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.mkdirSync(folder);
      fs.writeFileSync(holder, String(process.pid));
      return () => fs.rmSync(folder, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number(readIfThere(holder));
    if (!isRunning(pid)) fs.rmSync(folder, { recursive: true, force: true });
    else if (Date.now() > deadline) throw new Error(`waited ${Math.round(timeoutMs / 1000)} s for ${folder}, held by process ${pid || 'unknown'}; remove the folder if that process is gone`);
    else Atomics.wait(pause, 0, 0, 50);
  }
}

/** Runs `work` holding the lock, and lets it go however `work` ends. */
export function withFolderLock<T>(folder: string, work: () => T, options: { timeoutMs?: number } = {}): T {
  const release = takeFolderLock(folder, options);
  try {
    return work();
  } finally {
    release();
  }
}

function readIfThere(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Whether a process of this id runs; not a number (the holder has yet to write it) counts as running. */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
