import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { takeFolderLock, withFolderLock } from './folder-lock.ts';

const lockModule = path.resolve(import.meta.dirname, 'folder-lock.ts');
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A lock folder no other test uses, removed after the test. */
function lockFolder(): string {
  const folder = path.join(os.tmpdir(), `faq-lock-test-${process.pid}-${Math.random().toString(36).slice(2)}.lock`);
  folders.push(folder);
  return folder;
}

/** A process that takes the lock, then notes when it entered and left its work, which lasts `workMs`. */
function contender(folder: string, log: string, workMs: number) {
  const script = `
    import fs from 'node:fs';
    import { withFolderLock } from ${JSON.stringify(lockModule)};
    withFolderLock(${JSON.stringify(folder)}, () => {
      fs.appendFileSync(${JSON.stringify(log)}, 'enter ' + process.pid + '\\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${workMs});
      fs.appendFileSync(${JSON.stringify(log)}, 'leave ' + process.pid + '\\n');
    });`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<void>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`contender exited ${code}: ${stderr}`)))));
}

describe('a lock that test files running side by side take turns at', () => {
  it('lets one process at a time do the work, each after the one before has left', async () => {
    const folder = lockFolder();
    const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'faq-lock-log-')), 'log');
    folders.push(path.dirname(log));
    await Promise.all([contender(folder, log, 300), contender(folder, log, 300), contender(folder, log, 300)]);
    const lines = fs.readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(6);
    for (let i = 0; i < lines.length; i += 2) {
      const pid = lines[i]!.split(' ')[1];
      expect([lines[i], lines[i + 1]]).toEqual([`enter ${pid}`, `leave ${pid}`]);
    }
    expect(new Set(lines.map((line) => line.split(' ')[1])).size).toBe(3);
  });

  it('takes over a lock whose owner died without releasing it', () => {
    const folder = lockFolder();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'pid'), gone.stdout);
    expect(withFolderLock(folder, () => 'done', { timeoutMs: 5_000 })).toBe('done');
    expect(fs.existsSync(folder)).toBe(false);
  });

  it('releases the lock when the work throws, so the next test file is not kept waiting', () => {
    const folder = lockFolder();
    expect(() => withFolderLock(folder, () => {
      throw new Error('apt-get failed');
    })).toThrow('apt-get failed');
    expect(withFolderLock(folder, () => 'next', { timeoutMs: 5_000 })).toBe('next');
  });

  it('gives up after its time, naming the process that holds it, while that process still runs', () => {
    const folder = lockFolder();
    const release = takeFolderLock(folder);
    try {
      expect(() => withFolderLock(folder, () => 'never', { timeoutMs: 300 })).toThrow(`held by process ${process.pid}`);
    } finally {
      release();
    }
    expect(fs.existsSync(folder)).toBe(false);
  });
});
