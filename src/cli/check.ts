import path from 'node:path';
import { createEntryLocator, loadContent } from '../core/content/load.ts';
import { checkPictures } from '../core/content/picture-decoding.ts';
import { DECODED_PICTURES_FOLDER } from '../core/cache-folder.ts';
import { lintContent } from '../core/lint/lint-content.ts';
import { vanishedIdWarnings } from '../core/lint/vanished-ids.ts';
import { sortProblems } from '../core/content/problems.ts';
import { basePathProblems } from '../core/content/site-settings.ts';
import { formatReport } from './problem-report.ts';
import { externalLinkPlaces, locateYaml } from '../core/lint/external-link-places.ts';
import { externalLinkProblems } from '../core/lint/external-links.ts';
import { openLinkCache } from '../core/lint/link-check-cache.ts';
import { formatVarListing } from './var-listing.ts';
import { readCommandLine } from './command-line.ts';

const DEFAULT_LINK_CACHE = 'node_modules/.cache/faq-links/checked.json';

const USAGE = `usage: npm run check -- [--strict] [--format terminal|github] [--max-age-months 12] [--vars]
                      [--links [--links-timeout 10] [--links-cache FILE]]

Checks every content file without building: errors (as the build reports them)
and warnings an editor can act on. Exits non-zero on errors, and on warnings
too with --strict. --vars first lists which entries use each variable of
site.yaml. Reads CONTENT_DIR (default content/).

--links also asks every external http(s) link in answers, site.yaml and
products.yaml over the network: dead ones are errors, ones a site would not
confirm (429, no answer within --links-timeout seconds) warnings. Links found
working are not asked again for a day (cached in --links-cache, default
${DEFAULT_LINK_CACHE}).`;

const { values } = readCommandLine(
  {
    options: {
      strict: { type: 'boolean', default: false },
      format: { type: 'string', default: 'terminal' },
      'max-age-months': { type: 'string', default: '12' },
      today: { type: 'string' },
      vars: { type: 'boolean', default: false },
      links: { type: 'boolean', default: false },
      'links-timeout': { type: 'string', default: '10' },
      'links-cache': { type: 'string', default: DEFAULT_LINK_CACHE },
      help: { type: 'boolean', default: false },
    },
  },
  USAGE,
);

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

const linksTimeout = Number(values['links-timeout']);
if (!Number.isFinite(linksTimeout) || linksTimeout <= 0) {
  console.error(`--links-timeout must be a positive number of seconds\n\n${USAGE}`);
  process.exit(2);
}

const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');
const started = performance.now();
const { content, problems } = loadContent(contentDir, { includeDrafts: true });
// The build reads BASE_PATH too, so the check holds it to the same rule.
const all = [...basePathProblems(process.env.BASE_PATH || undefined), ...problems];
// site.yaml with the lines of its values, for warnings and links that point into it; a site.yaml that cannot be read is already an error.
const siteYaml = content ? locateYaml(contentDir, 'site.yaml') : undefined;
const productsYaml = content ? locateYaml(contentDir, 'products.yaml') : undefined;
if (content) {
  const lineOf = createEntryLocator(contentDir);
  const siteFile = siteYaml?.file ?? path.relative(process.cwd(), path.join(contentDir, 'site.yaml'));
  all.push(
    ...lintContent(content, {
      maxAgeMonths,
      today: values.today ?? new Date().toISOString().slice(0, 10),
      categoriesFile: path.relative(process.cwd(), path.join(contentDir, 'categories.yaml')),
      productsFile: productsYaml?.file ?? path.relative(process.cwd(), path.join(contentDir, 'products.yaml')),
      productsLineOf: productsYaml?.lineOf,
      lineOf,
      siteFile,
      siteLineOf: siteYaml?.lineOf,
      siteRead: !problems.some((problem) => problem.severity === 'error' && problem.file === siteFile),
    }),
    ...vanishedIdWarnings(content, { label: (file) => path.relative(process.cwd(), path.join(contentDir, file)), lineOf }),
    ...(await checkPictures(content.images, path.resolve(DECODED_PICTURES_FOLDER))).problems,
  );
}
if (content && values.links) {
  const places = externalLinkPlaces(content, { site: siteYaml, products: productsYaml });
  // The network makes this the slow part: say what is going on while the report waits (stderr, so the report stays clean).
  console.error(`Checking ${new Set(places.map((place) => place.url)).size} external links over the network…`);
  all.push(...(await externalLinkProblems(places, { timeoutMs: linksTimeout * 1000, cache: openLinkCache(path.resolve(values['links-cache']), Date.now) })));
}
const sorted = sortProblems(all);
const errors = sorted.filter((problem) => problem.severity === 'error').length;
const warnings = sorted.length - errors;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (values.vars && content) console.log(`${formatVarListing(content)}\n`);
console.log(formatReport(sorted, values.format, { entries: content?.entries.length ?? 0, seconds }));
// Not process.exit(): it would cut a long report short when stdout is a pipe (CI logs, `| less`).
process.exitCode = errors > 0 || (values.strict && warnings > 0) ? 1 : 0;
