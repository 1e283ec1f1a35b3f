import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMeasured } from '../../../bench/lib/run-measured.mjs';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-run-measured-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('a measured command', () => {
  it('counts the CPU time of the whole process tree, a child that has already exited included, apart from time spent waiting', async () => {
    // A child spins for about 300 ms of CPU and exits; then the parent sleeps 300 ms without using the CPU.
    const script = [
      "const { execFileSync } = require('node:child_process');",
      "execFileSync(process.execPath, ['-e', 'const end = process.cpuUsage().user + 300000; while (process.cpuUsage().user < end);']);",
      'setTimeout(() => {}, 300);',
    ].join('\n');
    const run = await runMeasured(process.execPath, ['-e', script], { cwd: folder, env: process.env, logFile: path.join(folder, 'log') });
    expect(run.exitCode).toBe(0);
    expect(run.cpuMs).toBeGreaterThanOrEqual(250);
    expect(run.cpuMs).toBeLessThan(run.wallMs);
    expect(run.wallMs - run.cpuMs).toBeGreaterThanOrEqual(200);
  });
});
