/**
 * How long `npm run import` takes on a large spreadsheet: a CSV of 5,000
 * questions by default (HTML and Markdown answers, quoted multi-line cells,
 * nested categories, keywords, two languages), written once to a temporary
 * folder, then imported into an empty content folder in a child process on
 * the project's Node, timed from spawn to exit, with the CPU time it used
 * and its peak resident memory. `npm run check` over the result is timed too,
 * since an import is only done once the folder checks.
 *
 *   npm run bench:import [-- --rows 5000] [--json FILE]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCommandLine } from '../src/cli/command-line.ts';
import { wholeNumber } from '../bench/lib/whole-numbers.mjs';
import { runSampled } from './sampled-run.ts';

const { values } = readCommandLine({ options: { rows: { type: 'string', default: '5000' }, json: { type: 'string' }, sizes: { type: 'string' } } });
const rows = wholeNumber(values.rows, '--rows');
const root = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-import-bench-'));
const csv = path.join(work, 'faq.csv');
const out = path.join(work, 'content');

try {
  fs.writeFileSync(csv, spreadsheet(rows));
  const imported = await runSampled([path.join(root, 'src/cli/import.ts'), csv, '--out', out], { cwd: root });
  if (imported.code !== 0) throw new Error(`npm run import failed:\n${imported.output.slice(-2000)}`);
  const written = fs.readdirSync(out, { recursive: true }).filter((file) => String(file).endsWith('.md')).length;
  const checked = await runSampled([path.join(root, 'src/cli/check.ts')], { cwd: root, env: { CONTENT_DIR: out } });
  if (checked.code !== 0) throw new Error(`npm run check failed on the imported folder:\n${checked.output.slice(-2000)}`);
  const figures = {
    rows,
    fileMB: round(fs.statSync(csv).size / 1e6),
    entriesWritten: written,
    seconds: round(imported.ms / 1000),
    cpuSeconds: round(imported.cpuMs / 1000),
    rowsPerSecond: Math.round(rows / (imported.ms / 1000)),
    peakMemoryMB: round(imported.peakKB / 1000),
    checkSeconds: round(checked.ms / 1000),
    target: 'a few seconds for 5,000 rows',
  };
  console.log(
    `import of ${rows.toLocaleString('en-US')} CSV rows (${figures.fileMB} MB): ${figures.seconds} s (${figures.cpuSeconds} s of CPU), ${figures.rowsPerSecond.toLocaleString('en-US')} rows/s, peak memory ${figures.peakMemoryMB} MB, ${written.toLocaleString('en-US')} entry files; npm run check on them: ${figures.checkSeconds} s (target: ${figures.target})`,
  );
  if (values.json) fs.writeFileSync(values.json, JSON.stringify({ import: figures }, null, 2));
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

/** Rows like a real export: every fifth answer in HTML, every third spanning lines, one in ten with a Chinese translation. */
function spreadsheet(count: number): string {
  const topics = ['Orders > Returns', 'Orders > Shipping', 'Account', 'Payments > Cards', 'Devices > Setup', 'Devices > Troubleshooting'];
  const things = ['order', 'parcel', 'invoice', 'password', 'card', 'thermostat', 'doorbell', 'subscription', 'gift card', 'refund'];
  const verbs = ['change', 'cancel', 'track', 'reset', 'update', 'return', 'find', 'pay for', 'replace', 'share'];
  const lines = ['\uFEFFquestion,answer,category,audience,keywords,language,id'];
  const cell = (text: string) => `"${text.replace(/"/g, '""')}"`;
  for (let row = 0; row < count; row++) {
    const thing = things[row % things.length]!;
    const verb = verbs[Math.floor(row / things.length) % verbs.length]!;
    const question = `How do I ${verb} my ${thing} (case ${row + 1})?`;
    const answer =
      row % 5 === 0
        ? `<p>Open <strong>Account</strong> and choose <em>${verb}</em>.</p><ul><li>It takes a minute.</li><li>See <a href="https://example.com/help/${row}">the guide</a>.</li></ul>`
        : row % 3 === 0
          ? `To ${verb} your ${thing}, open **Account**.\n\n1. Choose *${verb}*.\n2. Confirm with "OK".`
          : `To ${verb} your ${thing}, open **Account** and choose *${verb}*.`;
    const audience = ['new', 'prospect', 'new, loyal', 'loyal, new'][row % 4]!;
    lines.push([cell(question), cell(answer), cell(topics[row % topics.length]!), cell(audience), cell(`${thing}, ${verb}`), 'en', `q${row}`].join(','));
    if (row % 10 === 0) lines.push([cell(`如何处理${thing}（第 ${row + 1} 号）？`), cell('打开**账户**。'), cell(topics[row % topics.length]!), cell(audience), cell('账户'), 'zh', `q${row}`].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
