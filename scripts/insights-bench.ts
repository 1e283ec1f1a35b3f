/**
 * How long `npm run insights` takes on a large export: simulated events over
 * the demo (1,000,000 by default), written once to a temporary JSONL file,
 * then read and analysed in a child process on the project's Node, timed from
 * spawn to exit, with the CPU time it used (what a shared machine's load does
 * not inflate) and its peak resident memory.
 *
 *   npm run bench:insights [-- --events 1000000] [--json FILE]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCommandLine } from '../src/cli/command-line.ts';
import { wholeNumber } from '../bench/lib/whole-numbers.mjs';
import { runSampled } from './sampled-run.ts';

const { values } = readCommandLine({ options: { events: { type: 'string', default: '1000000' }, json: { type: 'string' }, sizes: { type: 'string' } } });
const events = wholeNumber(values.events, '--events');
const root = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-insights-bench-'));
const log = path.join(work, 'events.jsonl');

try {
  const simulated = await runSampled([path.join(root, 'scripts/simulate-events.ts'), '--out', log, '--events', String(events), '--weeks', '26'], { cwd: root });
  if (simulated.code !== 0) throw new Error(`the simulator failed:\n${simulated.output}`);
  const bytes = fs.statSync(log).size;
  const measured = await runSampled([path.join(root, 'src/cli/insights.ts'), log, '--out', path.join(work, 'report')], { cwd: root });
  if (measured.code !== 0) throw new Error(`npm run insights failed:\n${measured.output}`);
  const figures = { events, fileMB: round(bytes / 1e6), seconds: round(measured.ms / 1000), cpuSeconds: round(measured.cpuMs / 1000), eventsPerSecond: Math.round(events / (measured.ms / 1000)), peakMemoryMB: round(measured.peakKB / 1000), target: 'under 30 s for 1,000,000 events' };
  console.log(`insights over ${events.toLocaleString('en-US')} events (${figures.fileMB} MB of JSONL): ${figures.seconds} s (${figures.cpuSeconds} s of CPU), ${figures.eventsPerSecond.toLocaleString('en-US')} events/s, peak memory ${figures.peakMemoryMB} MB (target: ${figures.target})`);
  if (values.json) fs.writeFileSync(values.json, JSON.stringify({ insights: figures }, null, 2));
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
