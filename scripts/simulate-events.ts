/**
 * Writes simulated reader events over the content, in the JSONL the feedback
 * endpoint receives, with planted facts (see bench/insights/simulate-events.ts).
 *
 *   npm run simulate:events -- --out examples/events.jsonl [--events 4000] [--seed 1] [--end 2026-11-29] [--weeks 8] [--planted FILE]
 *
 * Reads CONTENT_DIR (default content/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readCommandLine } from '../src/cli/command-line.ts';
import { loadContent } from '../src/core/content/load.ts';
import { errorsIn, formatProblems } from '../src/core/content/problems.ts';
import { createSiteContext } from '../src/core/insights/site-context.ts';
import { buildSite } from '../src/core/site/build-site.ts';
import { simulateEvents } from '../bench/insights/simulate-events.ts';

const { values } = readCommandLine({
  options: {
    out: { type: 'string' },
    events: { type: 'string', default: '4000' },
    seed: { type: 'string', default: '1' },
    end: { type: 'string', default: '2026-11-29' },
    weeks: { type: 'string', default: '8' },
    planted: { type: 'string' },
  },
});
const events = Number(values.events);
if (!values.out || !Number.isInteger(events) || events < 1) {
  console.error('usage: npm run simulate:events -- --out FILE.jsonl [--events 4000] [--seed 1] [--end 2026-11-29] [--weeks 8] [--planted FILE.json]');
  process.exit(2);
}
const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');
const { content, problems } = loadContent(contentDir, { includeDrafts: false });
if (!content || errorsIn(problems).length) {
  console.error(formatProblems(errorsIn(problems)));
  process.exit(1);
}
const site = await createSiteContext(content, buildSite(content));
const out = fs.createWriteStream(values.out);
let buffer: string[] = [];
const planted = await simulateEvents(site, { events, seed: Number(values.seed), end: values.end, weeks: Number(values.weeks) }, (line) => {
  buffer.push(line);
  if (buffer.length >= 1000) {
    out.write(`${buffer.join('\n')}\n`);
    buffer = [];
  }
});
if (buffer.length) out.write(`${buffer.join('\n')}\n`);
await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
if (values.planted) fs.writeFileSync(values.planted, `${JSON.stringify(planted, null, 2)}\n`);
console.log(`${events} events → ${values.out}; planted: ${JSON.stringify({ ...planted, personalData: `${planted.personalData.length} items` })}`);
