/**
 * Our search side by side with Pagefind's, in the same run, over the same
 * built entry pages of the generated corpus (the largest of `--sizes`), in
 * Chromium: bytes, request rounds and time to the first result on a cold
 * cache over a 150 ms round trip, per-keystroke latency once loaded, P@1
 * and nDCG@10 on the corpus's queries, index size and index time.
 *
 *   npm run bench:pagefind [-- --sizes 1000,10000] [--cold 30] [--latency 150] [--json FILE]
 *
 * See bench/README.md ("Search against Pagefind") for how each figure is taken.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCommandLine } from '../src/cli/command-line.ts';
import { wholeNumbers } from '../bench/lib/whole-numbers.mjs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { corpusGeneratorPath, generateCorpus } from '../bench/lib/corpus.mjs';
import { pageNow, readFirstResult, trackRequests, waitForNetworkQuiet, watchForFirstResult } from '../bench/lib/first-result.mjs';
import { formatBytes, formatCount, formatRatio, formatTable } from '../bench/lib/format.mjs';
import { indexWithPagefind, markEntryPagesForPagefind, pagefindBundleSize, writePagefindSearchPage } from '../bench/lib/pagefind.mjs';
import { readJudgedQueries, scoreRanking, type JudgedQuery } from '../bench/lib/relevance.mjs';
import { loadContent } from '../src/core/content/load.ts';
import { buildSearchIndex } from '../src/core/search/build-index.ts';
import { publicSearchDocuments, publicSearchTexts } from '../src/core/search/search-documents.ts';
import { buildSite } from '../src/core/site/build-site.ts';
import { launchBrowser } from '../tests/support/chromium.ts';
import { serveStatic, type StaticServer } from '../tests/support/static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

const { values } = readCommandLine({
  options: {
    sizes: { type: 'string' },
    data: { type: 'string' },
    cold: { type: 'string', default: '30' },
    latency: { type: 'string', default: '150' },
    json: { type: 'string' },
  },
});
const USAGE = 'usage: npm run bench:pagefind -- [--sizes 1000,10000 | --data JUDGED_SET] [--cold 30] [--latency 150] [--json FILE]';
const entries = Math.max(...wholeNumbers(values.sizes ?? '1000,10000', '--sizes'));
const coldPerLanguage = Number(values.cold);
const latencyMs = Number(values.latency);
if (!Number.isInteger(entries) || entries < 1 || !Number.isInteger(coldPerLanguage) || coldPerLanguage < 1 || !(latencyMs >= 0)) {
  console.error(USAGE);
  process.exit(2);
}
/** A judged query set (its `content/` and `queries.jsonl`) to run instead of a generated corpus. */
const judgedSet = values.data === undefined ? undefined : path.resolve(values.data);
if (judgedSet && values.sizes !== undefined) {
  console.error(`bench:pagefind: --data searches the set's own entries; leave out --sizes\n${USAGE}`);
  process.exit(2);
}
for (const needed of judgedSet ? ['content', 'queries.jsonl'] : []) {
  if (!fs.existsSync(path.join(judgedSet!, needed))) {
    console.error(`bench:pagefind: ${path.join(judgedSet!, needed)} is missing: --data names a folder with content/ and queries.jsonl, as a search evaluation set unpacks`);
    process.exit(2);
  }
}

/** How one engine is driven in the page: where its box is, what a result is, and where the result's link is kept. */
interface Engine {
  name: 'ours' | 'pagefind';
  /** The page to search from, relative to the site's root; `cold`: for a first query on an emulated network. */
  page: (lang: string, cold: boolean) => string;
  /** The search box's element; the other two are inside it. */
  root: string;
  input: string;
  /** One result, with its link in `data-url`. */
  result: string;
  /** What says there is no result. */
  empty: string;
  /** The list of results, whose `data-query` names the query they were found for. */
  list: string;
}

// Under `npm run bench` (--json) the report is what counts; its own progress lines stay out of it.
const progress = (message: string) => {
  if (!values.json || message.startsWith('  ')) console.error(`[bench:pagefind] ${message}`);
};
const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
};
const gzipSize = (data: Buffer | string) => gzipSync(data).length;
/** The entry id a result links to: the last folder of `/q/<id>/`, `/zh/q/<id>/`. */
const idOf = (url: string) => new URL(url, 'http://x').pathname.split('/').filter(Boolean).at(-1) ?? '';

function buildOurSite(contentDir: string, outDir: string): void {
  // Members-only answers are encrypted, out of Pagefind's reach: both engines search the public entries.
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, FAQ_OMIT_MEMBERS: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (build.status !== 0) throw new Error(`our build failed (exit ${build.status}):\n${build.stdout.slice(-4000)}${build.stderr.slice(-4000)}`);
}

/** Our index: its build time per language (in process, from the model, as the build does) and its files gzipped. */
function measureOurIndex(contentDir: string, distDir: string, langs: readonly string[]) {
  const { content } = loadContent(contentDir, { includeDrafts: false });
  if (!content) throw new Error(`cannot load ${contentDir}`);
  const { model } = buildSite(content);
  const synonymTexts = publicSearchTexts(model);
  let buildMs = 0;
  for (const lang of langs) {
    const documents = publicSearchDocuments(model, lang);
    const started = performance.now();
    buildSearchIndex(documents, { lang, synonyms: content.synonyms, synonymTexts });
    buildMs += performance.now() - started;
  }
  let bytes = 0;
  let files = 0;
  const folder = path.join(distDir, '_faq/search');
  for (const item of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!item.isFile()) continue;
    files++;
    bytes += gzipSize(fs.readFileSync(path.join(item.parentPath, item.name)));
  }
  return { buildMs, files, bytes, entries: content.entries.length };
}

/**
 * A fresh page (empty caches) to search from, as on a reader's first visit;
 * then every round trip takes `latency` ms. Our offline worker is kept out:
 * it takes charge of a page only after its first load, and the bytes it
 * serves show as none in the page's Resource Timing.
 */
async function openSearch(browser: Browser, server: StaticServer, engine: Engine, lang: string, latency: number): Promise<Page> {
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  // The first answer a reader gets: a result, or the news that there is none.
  await watchForFirstResult(page, `${engine.root} ${engine.result}, ${engine.root} ${engine.empty}`);
  server.setLatency(0);
  await page.goto(`${server.url}${engine.page(lang, latency > 0)}`);
  await page.waitForLoadState('networkidle');
  server.setLatency(latency);
  return page;
}

/**
 * When the reader types, after focusing the search box: one round trip later
 * (the requests focus started have come back: about what a click and a first
 * key take), at once, or once everything focus started has loaded.
 */
type Typing = 'after a round trip' | 'at once' | 'once loaded';

/** A cold first query (an empty cache, a fresh page) over the emulated round trip. */
async function firstQuery(browser: Browser, server: StaticServer, engine: Engine, lang: string, query: string, typing: Typing): Promise<FirstResult | undefined> {
  const page = await openSearch(browser, server, engine, lang, latencyMs);
  try {
    const requests = trackRequests(page);
    const since = await pageNow(page);
    const firstRound = requests.firstRoundAfterNow();
    await page.focus(`${engine.root} ${engine.input}`);
    if (typing === 'after a round trip') await firstRound;
    if (typing === 'once loaded') await waitForNetworkQuiet(page);
    await page.keyboard.insertText(query);
    return await readFirstResult(page, { since });
  } catch (error) {
    // One query that never answers is reported, not fatal: the other figures still count.
    progress(`  ${engine.name}: "${query}" gave no answer: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  } finally {
    await page.context().close();
  }
}

/**
 * Every query of the language twice on one page with everything local and no
 * emulated latency: the first run loads what it needs, the second is the
 * per-keystroke figure (input event to the results redrawn). Also the rank
 * of the expected entry in the first ten results.
 */
async function warmQueries(browser: Browser, server: StaticServer, engine: Engine, queries: readonly JudgedQuery[], lang: string) {
  const page = await openSearch(browser, server, engine, lang, 0);
  await page.focus(`${engine.root} ${engine.input}`);
  // A results list that comes with focus (our toolbar's panel) must be in before the first query is timed.
  await page.waitForSelector(`${engine.root} ${engine.list}`, { state: 'attached' });
  const latencies: number[] = [];
  const scores: ReturnType<typeof scoreRanking>[] = [];
  for (const query of queries) {
    let measured = { ms: Number.NaN, urls: [] as string[] };
    for (let run = 0; run < 2; run++) {
      measured = await page.evaluate(
        ({ selectors, text }) =>
          new Promise<{ ms: number; urls: string[] }>((resolve) => {
            const root = document.querySelector(selectors.root)!;
            const input = root.querySelector<HTMLInputElement>(selectors.input)!;
            const list = root.querySelector<HTMLElement>(selectors.list)!;
            const read = (ms: number) => resolve({ ms, urls: [...root.querySelectorAll<HTMLElement>(selectors.result)].map((item) => item.dataset.url ?? '') });
            input.value = '';
            // The same query typed again: its results are the ones to wait for, not the last run's.
            delete list.dataset.query;
            const started = performance.now();
            const timeout = setTimeout(() => {
              observer.disconnect();
              read(Number.NaN);
            }, 10_000);
            // The moment the engine redraws its results for this query is when the reader sees them; a
            // "loading" status on a slow keystroke comes before, and is not a result.
            const observer = new MutationObserver(() => {
              if (list.dataset.query !== text.trim()) return;
              observer.disconnect();
              clearTimeout(timeout);
              read(performance.now() - started);
            });
            observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-query'] });
            input.value = text;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        { selectors: { root: engine.root, input: engine.input, result: engine.result, list: engine.list }, text: query.query },
      );
    }
    if (Number.isFinite(measured.ms)) latencies.push(measured.ms);
    scores.push(scoreRanking(query, measured.urls.map(idOf)));
  }
  await page.context().close();
  return { latencies, scores };
}

const median = (values: readonly number[]) => percentile(values, 0.5);

function generatedCorpus(workDir: string): { contentDir: string; queriesFile: string } {
  progress(`${entries} entries: generating the corpus`);
  const corpus = generateCorpus({ node: process.execPath, generator: corpusGeneratorPath(ROOT), entries, outDir: path.join(workDir, 'corpus') });
  return { contentDir: corpus.contentDir, queriesFile: path.join(workDir, 'corpus/queries.jsonl') };
}

type FirstResult = Awaited<ReturnType<typeof readFirstResult>>;

async function main() {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-pagefind-bench-'));
  try {
    const corpus = judgedSet ? { contentDir: path.join(judgedSet, 'content'), queriesFile: path.join(judgedSet, 'queries.jsonl') } : generatedCorpus(workDir);
    const queries = readJudgedQueries(fs.readFileSync(corpus.queriesFile, 'utf8'), corpus.queriesFile).filter((query) => !query.members);
    const langs = [...new Set(queries.map((query) => query.lang))].sort();
    const distDir = path.join(workDir, 'dist');
    progress('building our site (members-only answers left out)');
    buildOurSite(corpus.contentDir, distDir);
    progress('timing our index build');
    const { entries: siteEntries, ...ourIndex } = measureOurIndex(corpus.contentDir, distDir, langs);
    progress('indexing the entry pages with Pagefind');
    const pages = markEntryPagesForPagefind(distDir);
    const pagefindRun = indexWithPagefind({ repoRoot: ROOT, distDir });
    const pagefindIndex = { buildMs: pagefindRun.wallMs, ...pagefindBundleSize(path.join(distDir, 'pagefind'), gzipSize) };
    const firstEntry = (lang: string) => {
      const prefix = fs.existsSync(path.join(distDir, lang, 'q')) ? `${lang}/` : '';
      return `${prefix}q/${fs.readdirSync(path.join(distDir, prefix, 'q')).sort()[0]}/`;
    };
    const engines: Engine[] = [
      { name: 'ours', page: firstEntry, root: 'faq-search[data-variant="toolbar"]', input: 'input', result: '[role="option"]', empty: '[data-search-empty]:not([hidden])', list: '[data-search-results]' },
      { name: 'pagefind', page: (lang, cold) => `${writePagefindSearchPage(distDir, lang)}${cold ? '?worker=0' : ''}`, root: 'body', input: '#q', result: '#results li', empty: '#empty:not([hidden])', list: '#results' },
    ];

    // Gzipped over HTTP/2, as the hosts readers meet serve it: over HTTP/1.1, Chromium's six connections per
    // host would queue a query's seventh file behind the first six, a round trip no such host adds.
    const server = await serveStatic(distDir, '/', { gzip: true, http2: true });
    const browser = await launchBrowser(server.browserArgs);
    const figures: Record<string, Record<string, unknown>> = {};
    try {
      for (const lang of langs) {
        const mine = queries.filter((query) => query.lang === lang);
        for (const engine of engines) {
          progress(`${engine.name}, ${lang}: ${Math.min(coldPerLanguage, mine.length)} cold first queries over ${latencyMs} ms round trips`);
          const paused: FirstResult[] = [];
          const atOnce: FirstResult[] = [];
          const loaded: FirstResult[] = [];
          let failed = 0;
          const moreRounds: { query: string; rounds: number; urls: string[] }[] = [];
          for (const [index, query] of mine.slice(0, coldPerLanguage).entries()) {
            // The other two ways of typing on a third of the queries: they only set the first one in context.
            const ways = index % 3 === 0 ? ([[paused, 'after a round trip'], [atOnce, 'at once'], [loaded, 'once loaded']] as const) : ([[paused, 'after a round trip']] as const);
            for (const [runs, typing] of ways) {
              const run = await firstQuery(browser, server, engine, lang, query.query, typing);
              if (!run) {
                failed++;
                continue;
              }
              runs.push(run);
              // The queries that needed more than two rounds, with what they fetched, to see why.
              if (typing === 'after a round trip' && run.rounds > 2) moreRounds.push({ query: query.query, rounds: run.rounds, urls: run.urls.map((url: string) => new URL(url).pathname) });
            }
          }
          progress(`${engine.name}, ${lang}: ${mine.length} queries once loaded`);
          const warm = await warmQueries(browser, server, engine, mine, lang);
          const mean = (pick: (score: (typeof warm.scores)[number]) => number) => warm.scores.reduce((sum, score) => sum + pick(score), 0) / warm.scores.length;
          (figures[lang] ??= {})[engine.name] = {
            coldQueries: paused.length,
            coldFailed: failed,
            bytesMedian: median(paused.map((run) => run.bytes)),
            bytesP95: percentile(paused.map((run) => run.bytes), 0.95),
            requestsMedian: median(paused.map((run) => run.requests)),
            roundsMedian: median(paused.map((run) => run.rounds)),
            roundsMax: Math.max(...paused.map((run) => run.rounds)),
            moreThanTwoRounds: moreRounds,
            firstResultMsMedian: median(paused.map((run) => run.ms)),
            firstResultMsP95: percentile(paused.map((run) => run.ms), 0.95),
            atOnceRoundsMedian: median(atOnce.map((run) => run.rounds)),
            atOnceMsMedian: median(atOnce.map((run) => run.ms)),
            loadedQueries: loaded.length,
            loadedRoundsMedian: median(loaded.map((run) => run.rounds)),
            loadedMsMedian: median(loaded.map((run) => run.ms)),
            keystrokeMsP50: percentile(warm.latencies, 0.5),
            keystrokeMsP95: percentile(warm.latencies, 0.95),
            queries: warm.scores.length,
            precisionAt1: mean((score) => score.precisionAt1),
            ndcgAt10: mean((score) => score.ndcgAt10),
          };
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const results = { entries: judgedSet ? siteEntries : entries, judgedSet, entryPages: pages, latencyMs, index: { ours: ourIndex, pagefind: pagefindIndex }, languages: figures };
    console.log(formatPagefindReport(results));
    const json = JSON.stringify({ pagefind: results }, null, 2);
    if (values.json) fs.writeFileSync(values.json, `${json}\n`);
    console.log(json);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

type Figures = Record<string, number>;

function formatPagefindReport(results: { entries: number; judgedSet: string | undefined; entryPages: number; latencyMs: number; index: Record<'ours' | 'pagefind', { buildMs: number; files: number; bytes: number }>; languages: Record<string, Record<string, unknown>> }): string {
  const ms = (value: number) => `${Math.round(value)} ms`;
  const sections = [`Search against Pagefind — ${formatCount(results.entries)} entries (${formatCount(results.entryPages)} public entry pages), ${results.judgedSet ? `queries and judgements of ${results.judgedSet}` : 'queries generated with the corpus'}, cold first queries over a ${results.latencyMs} ms round trip`];
  const { ours, pagefind } = results.index;
  sections.push(
    formatTable([
      ['index', 'ours', 'Pagefind', 'ours/Pagefind'],
      ['size as served (gzip)', formatBytes(ours.bytes), formatBytes(pagefind.bytes), formatRatio(ours.bytes / pagefind.bytes)],
      ['files', formatCount(ours.files), formatCount(pagefind.files), ''],
      ['index time', ms(ours.buildMs), ms(pagefind.buildMs), formatRatio(ours.buildMs / pagefind.buildMs)],
    ]),
  );
  for (const [lang, engines] of Object.entries(results.languages)) {
    const a = engines.ours as Figures;
    const b = engines.pagefind as Figures;
    const row = (label: string, pick: (f: Figures) => number, format: (value: number) => string, ratio = true) => [label, format(pick(a)), format(pick(b)), ratio ? formatRatio(pick(a) / pick(b)) : ''];
    sections.push(
      formatTable([
        [`${lang}, ${a.coldQueries} cold queries`, 'ours', 'Pagefind', 'ours/Pagefind'],
        row('bytes before the first result, median', (f) => f.bytesMedian!, formatBytes),
        row('  p95', (f) => f.bytesP95!, formatBytes),
        row('requests, median', (f) => f.requestsMedian!, String, false),
        row('typed one round trip after focus: rounds, median / max', (f) => f.roundsMedian!, (value) => String(value), false).map((cell, column) => (column === 1 ? `${a.roundsMedian} / ${a.roundsMax}` : column === 2 ? `${b.roundsMedian} / ${b.roundsMax}` : cell)),
        row('  first result after the keystroke, median', (f) => f.firstResultMsMedian!, ms),
        row('  p95', (f) => f.firstResultMsP95!, ms),
        row(`typed at once with the focus (${a.loadedQueries} queries): rounds, median`, (f) => f.atOnceRoundsMedian!, String, false),
        row('  first result, median', (f) => f.atOnceMsMedian!, ms),
        row('typed once what focus started has loaded: rounds, median', (f) => f.loadedRoundsMedian!, String, false),
        row('  first result, median', (f) => f.loadedMsMedian!, ms),
        row(`per keystroke once loaded, p50 (${a.queries} queries)`, (f) => f.keystrokeMsP50!, (value) => `${value.toFixed(1)} ms`),
        row('  p95', (f) => f.keystrokeMsP95!, (value) => `${value.toFixed(1)} ms`),
        row('P@1', (f) => f.precisionAt1!, (value) => value.toFixed(3)),
        row('nDCG@10', (f) => f.ndcgAt10!, (value) => value.toFixed(3)),
      ]),
    );
  }
  return sections.join('\n\n');
}

await main();
