/**
 * For the benchmarks of single commands (`bench:import`, `bench:insights`):
 * a script run on this Node in a child process, timed from spawn to exit.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface SampledRun {
  code: number | null;
  ms: number;
  cpuMs: number;
  peakKB: number;
  output: string;
}

/** Runs a script on this Node, sampling its resident memory and CPU time from /proc every 100 ms. */
export function runSampled(args: string[], { cwd, env = {} }: { cwd: string; env?: Record<string, string> }): Promise<SampledRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    let peakKB = 0;
    let cpuMs = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const sampler = setInterval(() => {
      try {
        const rss = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        if (rss) peakKB = Math.max(peakKB, Number(rss));
        // utime and stime, in clock ticks (100 a second on Linux), after the command name in brackets.
        const fields = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        cpuMs = (Number(fields[11]) + Number(fields[12])) * 10;
      } catch {
        // The process has just ended.
      }
    }, 100);
    child.once('error', reject);
    child.once('close', (code) => {
      clearInterval(sampler);
      resolve({ code, ms: performance.now() - started, cpuMs, peakKB, output });
    });
  });
}
