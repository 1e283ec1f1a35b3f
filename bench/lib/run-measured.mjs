import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { canReadProc, readTreeCpuMs, readTreeRss } from './process-tree.mjs';

const SAMPLE_INTERVAL_MS = 100;

/**
 * Runs a command and measures it: wall time, and peak resident memory and CPU
 * time of its whole process tree sampled every 100 ms (CPU time to the last
 * sample before it exits). Its output goes to `logFile`, not
 * the terminal, so the benchmark's own report stays readable.
 *
 * @returns {Promise<{ exitCode: number | string, wallMs: number, cpuMs: number, peakRssBytes: number, samples: number, logFile: string }>}
 */
export async function runMeasured(command, args, { cwd, env, logFile }) {
  if (!canReadProc()) throw new Error('Measuring memory needs /proc (Linux); it is not readable here.');
  const log = fs.openSync(logFile, 'w');
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', log, log] });
  let peakRssBytes = 0;
  let cpuMs = 0;
  let samples = 0;
  const sample = () => {
    peakRssBytes = Math.max(peakRssBytes, readTreeRss(child.pid));
    cpuMs = Math.max(cpuMs, readTreeCpuMs(child.pid));
    samples++;
  };
  const timer = setInterval(sample, SAMPLE_INTERVAL_MS);
  try {
    const exitCode = await new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
    });
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    return { exitCode, wallMs, cpuMs: Math.round(cpuMs), peakRssBytes, samples, logFile };
  } finally {
    clearInterval(timer);
    fs.closeSync(log);
  }
}

/** The end of a log, for a failure message: where build errors are printed. */
export function tailOfFile(file, lines = 40) {
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
