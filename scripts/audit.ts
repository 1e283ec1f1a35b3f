#!/usr/bin/env node
/**
 * `npm run audit`: Lighthouse, at its mobile settings, on one page of each kind
 * of a built help center, in Debian's Chromium. Prints the four category scores
 * and the layout shift of every page, and exits non-zero when a score is below
 * the threshold.
 *
 *   npm run audit                          builds the demo into a temporary folder first
 *   npm run audit -- --dist dist           audits a site already built (at the root of its host)
 *   npm run audit -- --min 100             the lowest accessibility, best-practices and SEO score that passes (default 100)
 *   npm run audit -- --min-performance 90  the lowest performance score that passes (default 90)
 *
 * Performance is simulated on a slow phone from timings taken on this machine,
 * so it moves by several points when the machine is busy; the other three
 * categories do not move, and any point lost there is a real fault.
 *
 * Pages that ask search engines not to index them on purpose (the search page
 * and the members-only page carry `noindex`) are audited without Lighthouse's
 * "page is blocked from indexing" check, which they fail by design.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { readCommandLine } from '../src/cli/command-line.ts';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import lighthouse from 'lighthouse';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
// A quiet, sandbox-free headless Chromium that reaches nothing but localhost.
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

interface PageToAudit {
  name: string;
  path: string;
  /** Pages marked noindex on purpose skip the indexing check. */
  noindex?: boolean;
}

interface PageResult {
  page: PageToAudit;
  scores: Record<(typeof CATEGORIES)[number], number>;
  cls: number;
  /** The performance metrics behind the score, to say why a page falls short. */
  metrics: string;
}

const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['speed-index', 'SI'],
] as const;

function fail(message: string): never {
  console.error(`audit: ${message}`);
  process.exit(2);
}

const { values: options } = readCommandLine({
  options: {
    dist: { type: 'string' },
    min: { type: 'string', default: '100' },
    'min-performance': { type: 'string', default: '90' },
  },
});
const thresholds = {
  performance: scoreOption('--min-performance', options['min-performance']),
  accessibility: scoreOption('--min', options.min),
  'best-practices': scoreOption('--min', options.min),
  seo: scoreOption('--min', options.min),
};

function scoreOption(name: string, value: string | undefined): number {
  const score = Number(value);
  if (!Number.isFinite(score) || score < 0 || score > 100) fail(`${name} must be a score from 0 to 100, not "${value}"`);
  return score;
}
if (!fs.existsSync(CHROMIUM)) fail(`Chromium is missing at ${CHROMIUM}: install Debian's package with \`sudo apt-get install -y chromium\`, or set CHROME_PATH`);

const temporary: string[] = [];
const dist = options.dist ? path.resolve(options.dist) : buildDemo();
if (!fs.existsSync(path.join(dist, 'index.html'))) fail(`${dist} holds no built site (no index.html): run \`npm run build\` first, or leave out --dist`);

const pages = pagesOf(dist);
const server = await serveCompressed(dist);
const chromium = await launchChromium().catch((error: Error) => fail(error.message));
const results: PageResult[] = [];
let auditFailure: string | undefined;
try {
  for (const page of pages) {
    const url = new URL(page.path.replace(/^\//, ''), server.url).href;
    const result = await lighthouse(url, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      skipAudits: page.noindex ? ['is-crawlable'] : undefined,
    });
    const lhr = result?.lhr;
    if (!lhr) {
      auditFailure = `Lighthouse returned no report for ${url}`;
      break;
    }
    if (lhr.runtimeError) {
      auditFailure = `Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`;
      break;
    }
    const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])) as PageResult['scores'];
    const metrics = METRICS.map(([id, label]) => `${label} ${Math.round(lhr.audits[id]?.numericValue ?? Number.NaN)} ms`).join(', ');
    results.push({ page, scores, cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN, metrics });
  }
} catch (error) {
  auditFailure = `Lighthouse stopped: ${error instanceof Error ? error.message : String(error)}`;
} finally {
  await stopChromium(chromium);
  await server.close();
  removeTemporaryFolders();
}

if (results.length) printTable(results);
if (auditFailure) fail(auditFailure);
const failures = results.flatMap(({ page, scores, metrics }) =>
  CATEGORIES.filter((category) => scores[category] < thresholds[category]).map((category) => `${page.name}: ${category} ${scores[category]} < ${thresholds[category]}${category === 'performance' ? ` (${metrics})` : ''}`),
);
const stated = `performance ${thresholds.performance}, accessibility, best practices and SEO ${thresholds.seo}`;
if (failures.length) {
  console.error(`\n${failures.length} score(s) below the thresholds (${stated}):\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`\nEvery score meets the thresholds (${stated}).`);

/** `npm run build` of the demo into a temporary folder, as a reader's host would serve it. */
function buildDemo(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-audit-'));
  temporary.push(folder, `${folder}.partial`, `${folder}.previous`);
  console.log('Building the demo…');
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--outDir', folder], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BASE_PATH: '/' } });
  if (build.status !== 0) fail(`the build failed:\n${build.stdout}${build.stderr}`);
  return folder;
}


/**
 * Serves the site as a static host does (index.html for folders, 404.html with
 * status 404) and, as every common host does, gzips text: Lighthouse measures
 * what a reader would download.
 */
async function serveCompressed(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) file = '';
    else if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = file !== '' && fs.existsSync(file);
    const notFoundPage = path.join(root, '404.html');
    const body = found ? fs.readFileSync(file) : fs.existsSync(notFoundPage) ? fs.readFileSync(notFoundPage) : Buffer.from('Not found');
    const type = TYPES[path.extname(found ? file : '.html')] ?? 'application/octet-stream';
    const gzip = type !== 'application/octet-stream' && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(found ? 200 : 404, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    response.end(gzip ? zlib.gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** One page of each kind, found in the build so that any content works. */
function pagesOf(root: string): PageToAudit[] {
  const first = (folder: string) => {
    const dir = path.join(root, folder);
    const name = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).filter((item) => item.isDirectory()).map((item) => item.name).sort()[0] : undefined;
    return name ? `/${folder}/${name}/` : undefined;
  };
  const { languages = [], entries = [] } = JSON.parse(fs.readFileSync(path.join(root, 'faq.json'), 'utf8')) as { languages?: string[]; entries?: { lang: string; keywords: string[]; question: string }[] };
  // A real query: a keyword editors gave the first entry of the default language.
  const sample = entries[0];
  const query = sample?.keywords[0] ?? sample?.question ?? 'help';
  const secondLanguage = languages.find((lang) => lang !== sample?.lang && fs.existsSync(path.join(root, lang, 'index.html')));
  const candidates: (PageToAudit | undefined)[] = [
    { name: 'home', path: '/' },
    secondLanguage ? { name: `home (${secondLanguage})`, path: `/${secondLanguage}/` } : undefined,
    withPath('category', first('c')),
    withPath('entry', first('q')),
    // Rich answers have markup of their own to hold to the same scores: the first entry with a video embed, else with a callout.
    withPath('entry with video', firstEntryWith(root, '<faq-video') ?? firstEntryWith(root, 'class="callout')),
    // Pictures must load without shifting the answer and keep the page light on a phone: the first entry that shows one.
    withPath('entry with pictures', firstEntryWith(root, '<img ')),
    { name: `search "${query}"`, path: `/search/?q=${encodeURIComponent(query)}`, noindex: true },
    fs.existsSync(path.join(root, 'ask/index.html')) ? { name: 'ask', path: '/ask/', noindex: true } : undefined,
    fs.existsSync(path.join(root, 'members/index.html')) ? { name: 'members', path: '/members/', noindex: true } : undefined,
    { name: 'handbook', path: '/handbook/' },
  ];
  return candidates.filter((page): page is PageToAudit => page !== undefined);
}

/** The first entry page (by id) whose HTML holds `marker`. */
function firstEntryWith(root: string, marker: string): string | undefined {
  const dir = path.join(root, 'q');
  if (!fs.existsSync(dir)) return undefined;
  const ids = fs.readdirSync(dir, { withFileTypes: true }).filter((item) => item.isDirectory()).map((item) => item.name).sort();
  const id = ids.find((candidate) => fs.readFileSync(path.join(dir, candidate, 'index.html'), 'utf8').includes(marker));
  return id ? `/q/${id}/` : undefined;
}

function withPath(name: string, pagePath: string | undefined): PageToAudit | undefined {
  return pagePath ? { name, path: pagePath } : undefined;
}

/** Chromium with a DevTools port for Lighthouse; the port is read from what Chromium prints. */
async function launchChromium(): Promise<{ port: number; process: ChildProcess }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-audit-profile-'));
  temporary.push(profile);
  const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before it opened its DevTools port:\n${output}`)));
  });
  // Its own process group does not hear the terminal's Ctrl-C: pass it on.
  process.once('SIGINT', () => {
    stopChromium({ process: child }).finally(() => process.exit(130));
  });
  return { port, process: child };
}

/**
 * Stops Chromium and every process it started (its renderers and crash
 * handler write to the profile until they exit): they share a process group.
 */
async function stopChromium({ process: child }: { process: ChildProcess }): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    child.kill();
  }
  await exited;
}

/** Removes the audit's temporary folders; one still in use is named rather than left to crash the run. */
function removeTemporaryFolders(): void {
  for (const folder of temporary) {
    try {
      fs.rmSync(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.warn(`audit: could not remove ${folder} (${(error as NodeJS.ErrnoException).code ?? String(error)}); delete it by hand`);
    }
  }
}

function printTable(rows: PageResult[]): void {
  const header = ['page', ...CATEGORIES, 'CLS'];
  const lines = rows.map(({ page, scores, cls }) => [`${page.name} (${page.path})`, ...CATEGORIES.map((category) => String(scores[category])), cls.toFixed(3)]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  console.log(format(header));
  console.log(`| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`);
  for (const line of lines) console.log(format(line));
}
