import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from '../core/content/load.ts';
import { errorsIn, formatProblems } from '../core/content/problems.ts';
import { buildSite } from '../core/site/build-site.ts';
import { analyse } from '../core/insights/analyse.ts';
import { applyToEntryText, suggestedChanges } from '../core/insights/apply-changes.ts';
import { parseSince, readEvents } from '../core/insights/read-events.ts';
import { expandLogPaths } from '../core/insights/read-logs.ts';
import { htmlReport } from '../core/insights/report-html.ts';
import { markdownReport } from '../core/insights/report-markdown.ts';
import { terminalSummary } from '../core/insights/report-terminal.ts';
import { createSiteContext } from '../core/insights/site-context.ts';
import { readCommandLine } from './command-line.ts';

const USAGE = `usage: npm run insights -- events.jsonl [more files or a folder] [--since 30d] [--lang zh] [--out insights-report] [--apply]

Reads what readers told the site (JSONL or CSV exports of the feedback
endpoint; see docs/insights.md), prints a summary and writes a report:
OUT/report.html (self-contained) and OUT/report.md (for a pull request).
Reads CONTENT_DIR (default content/).

  --since P     only events of the last P (30d, 12w) or since a date (2026-11-01)
  --lang L      only events of one language
  --out DIR     where the report goes (default insights-report)
  --apply       write the suggested keywords and priorities into the entries' front matter`;

const { values, positionals } = readCommandLine({
  allowPositionals: true,
  options: {
    since: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string', default: 'insights-report' },
    apply: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
}, USAGE);
if (values.help || positionals.length === 0) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

const usageProblems: string[] = [];
let since: string | undefined;
if (values.since !== undefined) {
  const parsed = parseSince(values.since, new Date());
  if ('problem' in parsed) usageProblems.push(parsed.problem);
  else since = parsed.since;
}
const { files, problems: pathProblems } = expandLogPaths(positionals);
usageProblems.push(...pathProblems);
if (!pathProblems.length && !files.length) usageProblems.push(`no .jsonl or .csv file in ${positionals.join(', ')} — export the feedback endpoint's events first`);

const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');
const { content, problems } = loadContent(contentDir, { includeDrafts: false });
if (!content || errorsIn(problems).length) {
  console.error(formatProblems(errorsIn(problems)));
  usageProblems.push(`the content in ${path.relative(process.cwd(), contentDir) || contentDir} has errors — fix them (npm run check) first`);
}
if (values.lang && content && !content.site.languages.includes(values.lang)) usageProblems.push(`--lang "${values.lang}" is not a language of the site — use one of ${content.site.languages.join(', ')}`);
if (usageProblems.length || !content) {
  for (const problem of usageProblems) console.error(`insights: ${problem}`);
  process.exit(2);
}

const site = await createSiteContext(content, buildSite(content));
const { tally, read } = await readEvents(files, site, { since, lang: values.lang });
const insights = await analyse(tally, site);

const outDir = path.resolve(values.out);
writeAtomically(path.join(outDir, 'report.html'), htmlReport(insights, read));
writeAtomically(path.join(outDir, 'report.md'), markdownReport(insights, read));
console.log(terminalSummary(insights, read));
console.log(`\nReport: ${path.relative(process.cwd(), path.join(outDir, 'report.html'))} and report.md beside it`);

if (values.apply) {
  const edits: { file: string; text: string }[] = [];
  const editProblems: string[] = [];
  for (const change of suggestedChanges(insights, site)) {
    const file = path.join(contentDir, change.sourcePath);
    const result = applyToEntryText(fs.readFileSync(file, 'utf8'), change);
    const shown = path.relative(process.cwd(), file);
    if (!result.ok) editProblems.push(`${shown}:1: ${result.problem}`);
    else if (result.changed) {
      edits.push({ file, text: result.text });
      const what = [change.priority && `priority ${change.priority.from} → ${change.priority.to}`, change.addKeywords.length && `keywords + ${change.addKeywords.join(', ')}`].filter(Boolean).join(', ');
      console.log(`  ${shown}: ${what}`);
    }
  }
  for (const edit of edits) writeAtomically(edit.file, edit.text);
  console.log(edits.length ? `Applied: ${edits.length} entr${edits.length === 1 ? 'y' : 'ies'} changed; review with git diff.` : 'Applied: nothing to change.');
  if (editProblems.length) {
    for (const problem of editProblems) console.error(problem);
    process.exit(1);
  }
}

/** Written beside, then renamed over: a reader of the file never sees half of it. */
function writeAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}
