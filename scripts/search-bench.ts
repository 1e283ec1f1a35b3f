/**
 * Search figures on the generated corpus at 1,000 and 10,000 entries: build
 * time, index size (raw and gzipped, whole and what a first query fetches),
 * query latency in Node, and recall per language.
 *
 *   npm run bench:search [-- --sizes 1000,10000] [--json FILE]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCommandLine } from '../src/cli/command-line.ts';
import { wholeNumbers } from '../bench/lib/whole-numbers.mjs';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../src/core/content/load.ts';
import { buildSearchIndex } from '../src/core/search/build-index.ts';
import { publicSearchDocuments, publicSearchTexts, searchDocumentsOf } from '../src/core/search/search-documents.ts';
import { buildSite } from '../src/core/site/build-site.ts';
import { loadSearchIndex } from '../src/core/search/load-index.ts';
import { searchIndexes } from '../src/core/search/query.ts';
import type { SearchIndexFile } from '../src/core/search/types.ts';
import { corpusGeneratorPath, generateCorpus } from '../bench/lib/corpus.mjs';

const GENERATOR = corpusGeneratorPath(path.resolve(import.meta.dirname, '..'));

const { values } = readCommandLine({
  options: { sizes: { type: 'string', default: '1000,10000' }, json: { type: 'string' } },
});

interface BenchQuery { query: string; lang: string; expected: string; members: boolean }

interface LangFigures {
  lang: string;
  documents: number;
  buildMs: number;
  files: number;
  rawBytes: number;
  gzipBytes: number;
  /** Gzipped bytes fetched by a cold first query: median and worst over the language's queries. */
  firstQueryGzipMedian: number;
  firstQueryGzipMax: number;
  firstQueryFilesMedian: number;
  /** Of which, median gzipped bytes of index.json, which every first query reads, term shards and display shards. */
  firstQueryParts: { fixed: number; terms: number; display: number };
  membersIndexGzipBytes: number;
  queries: number;
  recallAt1: number;
  recallAt10: number;
  p50Ms: number;
  p95Ms: number;
}

const gzipSize = (text: string) => gzipSync(text, { level: 9 }).length;
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
const median = (values: readonly number[]) => percentile([...values].sort((a, b) => a - b), 0.5);

/** A fresh corpus per run: one left over from an older generator would measure the wrong thing. */
function corpus(size: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `faq-search-bench-${size}-`));
  generateCorpus({ node: process.execPath, generator: GENERATOR, entries: size, outDir: dir });
  return dir;
}

function loaderOf(files: readonly SearchIndexFile[], fetched?: Map<string, number>) {
  const byPath = new Map(files.map((file) => [file.path, file.contents]));
  return async (file: string) => {
    const contents = byPath.get(file);
    if (contents === undefined) throw new Error(`no file ${file}`);
    fetched?.set(file, gzipSize(contents));
    return contents;
  };
}

async function benchLanguage(dir: string, lang: string, queries: readonly BenchQuery[]): Promise<LangFigures> {
  const { content } = loadContent(path.join(dir, 'content'), { includeDrafts: false });
  if (!content) throw new Error(`cannot load ${dir}`);
  const { model, membersOnly } = buildSite(content);
  const documents = publicSearchDocuments(model, lang);
  const synonymTexts = publicSearchTexts(model);
  const started = performance.now();
  const files = buildSearchIndex(documents, { lang, synonyms: content.synonyms, synonymTexts });
  const buildMs = performance.now() - started;
  const members = buildSearchIndex(searchDocumentsOf(membersOnly.find((view) => view.lang === lang)!.entries, model.base), { lang, synonyms: content.synonyms, scope: 'members' });
  const mine = queries.filter((query) => query.lang === lang && !query.members);

  // Cold first queries: a fresh index per query, counting every file it fetches.
  const firstBytes: number[] = [];
  const firstFiles: number[] = [];
  const parts = { fixed: [] as number[], terms: [] as number[], display: [] as number[] };
  for (const query of mine) {
    const fetched = new Map<string, number>();
    const index = await loadSearchIndex(loaderOf(files, fetched));
    await searchIndexes([index], query.query, { limit: 10 });
    const bytesOf = (test: (path: string) => boolean) => [...fetched].filter(([file]) => test(file)).reduce((sum, [, bytes]) => sum + bytes, 0);
    firstBytes.push(bytesOf(() => true));
    firstFiles.push(fetched.size);
    parts.fixed.push(bytesOf((file) => !file.includes('/')));
    parts.terms.push(bytesOf((file) => file.startsWith('terms/')));
    parts.display.push(bytesOf((file) => file.startsWith('display/')));
  }

  // Latency once loaded: every query three times after a warm-up, each query's median kept, so one
  // garbage collection or a busy machine does not decide the figure.
  const index = await loadSearchIndex(loaderOf(files));
  await index.loadAll();
  for (const query of mine.slice(0, 20)) await searchIndexes([index], query.query, { limit: 10 });
  const runs: number[][] = mine.map(() => []);
  let at1 = 0;
  let at10 = 0;
  for (let round = 0; round < 3; round++) {
    for (const [i, query] of mine.entries()) {
      const start = performance.now();
      const { hits } = await searchIndexes([index], query.query, { limit: 10 });
      runs[i]?.push(performance.now() - start);
      if (round > 0) continue;
      const rank = hits.findIndex((hit) => hit.id === query.expected);
      if (rank === 0) at1++;
      if (rank >= 0) at10++;
    }
  }
  const times = runs.map(median).sort((a, b) => a - b);
  return {
    lang,
    documents: documents.length,
    buildMs,
    files: files.length,
    rawBytes: files.reduce((sum, file) => sum + file.contents.length, 0),
    gzipBytes: files.reduce((sum, file) => sum + gzipSize(file.contents), 0),
    firstQueryGzipMedian: median(firstBytes),
    firstQueryGzipMax: Math.max(0, ...firstBytes),
    firstQueryFilesMedian: median(firstFiles),
    firstQueryParts: { fixed: median(parts.fixed), terms: median(parts.terms), display: median(parts.display) },
    membersIndexGzipBytes: members.reduce((sum, file) => sum + gzipSize(file.contents), 0),
    queries: mine.length,
    recallAt1: mine.length ? at1 / mine.length : NaN,
    recallAt10: mine.length ? at10 / mine.length : NaN,
    p50Ms: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
  };
}

const results: { entries: number; languages: LangFigures[] }[] = [];
for (const size of wholeNumbers(values.sizes, '--sizes')) {
  const dir = corpus(size);
  const queries = fs.readFileSync(path.join(dir, 'queries.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as BenchQuery);
  const languages: LangFigures[] = [];
  for (const lang of ['en', 'zh']) languages.push(await benchLanguage(dir, lang, queries));
  fs.rmSync(dir, { recursive: true, force: true });
  results.push({ entries: size, languages });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [['entries', 'lang', 'docs', 'build', 'files', 'raw', 'gzip', '1st query gz: median / max', 'median: fixed+terms+display', 'members gz', 'R@1', 'R@10', 'p50', 'p95']];
for (const { entries, languages } of results) {
  for (const f of languages) {
    rows.push([
      String(entries), f.lang, String(f.documents), `${f.buildMs.toFixed(0)} ms`, String(f.files), kb(f.rawBytes), kb(f.gzipBytes),
      `${kb(f.firstQueryGzipMedian)} / ${kb(f.firstQueryGzipMax)} (${f.firstQueryFilesMedian} files)`,
      `${kb(f.firstQueryParts.fixed)} + ${kb(f.firstQueryParts.terms)} + ${kb(f.firstQueryParts.display)}`, kb(f.membersIndexGzipBytes),
      f.recallAt1.toFixed(3), f.recallAt10.toFixed(3), `${f.p50Ms.toFixed(2)} ms`, `${f.p95Ms.toFixed(2)} ms`,
    ]);
  }
}
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
const json = JSON.stringify({ search: results }, null, 2);
if (values.json) fs.writeFileSync(values.json, `${json}\n`);
console.log(json);
