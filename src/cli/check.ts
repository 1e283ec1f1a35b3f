import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createEntryLocator, loadContent } from '../core/content/load.ts';
import { lintContent } from '../core/lint/lint-content.ts';
import { sortProblems } from '../core/content/problems.ts';
import { basePathProblems } from '../core/content/site-settings.ts';
import { parseYamlSource } from '../core/content/yaml-source.ts';
import { formatReport } from './problem-report.ts';
import { formatVarListing } from './var-listing.ts';

const USAGE = `usage: npm run check -- [--strict] [--format terminal|github] [--max-age-months 12] [--vars]

Checks every content file without building: errors (as the build reports them)
and warnings an editor can act on. Exits non-zero on errors, and on warnings
too with --strict. --vars first lists which entries use each variable of
site.yaml. Reads CONTENT_DIR (default content/).`;

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    format: { type: 'string', default: 'terminal' },
    'max-age-months': { type: 'string', default: '12' },
    today: { type: 'string' },
    vars: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.format !== 'terminal' && values.format !== 'github') {
  console.error(`--format must be terminal or github\n\n${USAGE}`);
  process.exit(2);
}
const maxAgeMonths = Number(values['max-age-months']);
if (!Number.isFinite(maxAgeMonths) || maxAgeMonths <= 0) {
  console.error(`--max-age-months must be a positive number\n\n${USAGE}`);
  process.exit(2);
}

const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');
const started = performance.now();
const { content, problems } = loadContent(contentDir, { includeDrafts: true });
// The build reads BASE_PATH too, so the check holds it to the same rule.
const all = [...basePathProblems(process.env.BASE_PATH || undefined), ...problems];
if (content) {
  const siteFile = path.join(contentDir, 'site.yaml');
  const siteLabel = path.relative(process.cwd(), siteFile);
  // Only for the lines of warnings: a site.yaml that cannot be read is already an error.
  const siteSource = fs.existsSync(siteFile) && fs.statSync(siteFile).isFile() ? parseYamlSource(fs.readFileSync(siteFile, 'utf8'), siteLabel) : undefined;
  all.push(
    ...lintContent(content, {
      maxAgeMonths,
      today: values.today ?? new Date().toISOString().slice(0, 10),
      categoriesFile: path.relative(process.cwd(), path.join(contentDir, 'categories.yaml')),
      lineOf: createEntryLocator(contentDir),
      siteFile: siteLabel,
      siteLineOf: siteSource?.lineOf,
    }),
  );
}
const sorted = sortProblems(all);
const errors = sorted.filter((problem) => problem.severity === 'error').length;
const warnings = sorted.length - errors;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (values.vars && content) console.log(`${formatVarListing(content)}\n`);
console.log(formatReport(sorted, values.format, { entries: content?.entries.length ?? 0, seconds }));
// Not process.exit(): it would cut a long report short when stdout is a pipe (CI logs, `| less`).
process.exitCode = errors > 0 || (values.strict && warnings > 0) ? 1 : 0;
