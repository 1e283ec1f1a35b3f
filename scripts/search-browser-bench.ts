/**
 * Search latency per keystroke in Chromium, on a built site: the time from an
 * input event to the results list being redrawn, for the corpus's queries.
 * Each query runs twice: cold (its term and display shards still to fetch from
 * the local server) and warm (everything loaded: the per-keystroke figure).
 *
 *   CONTENT_DIR=/tmp/c10k/content npm run build -- --outDir /tmp/site10k
 *   npm run bench:browser -- --dist /tmp/site10k --queries /tmp/c10k/queries.jsonl
 */
import fs from 'node:fs';
import { readCommandLine } from '../src/cli/command-line.ts';
import { launchBrowser } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const { values } = readCommandLine({ options: { dist: { type: 'string' }, queries: { type: 'string' }, limit: { type: 'string', default: '150' } } });
if (!values.dist || !values.queries) {
  console.error('usage: npm run bench:browser -- --dist BUILT_SITE --queries QUERIES.jsonl [--limit 150]');
  process.exit(2);
}
const queries = fs.readFileSync(values.queries, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { query: string; lang: string; members?: boolean }).filter((query) => !query.members);
const server = await serveStatic(values.dist);
const browser = await launchBrowser();
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

for (const lang of [...new Set(queries.map((query) => query.lang))]) {
  const page = await browser.newPage();
  const isDefault = !fs.existsSync(`${values.dist}/${lang}/search/index.html`);
  await page.goto(`${server.url}${isDefault ? '' : `${lang}/`}search/`);
  await page.focus('faq-search[data-variant="page"] input');
  const cold: number[] = [];
  const warm: number[] = [];
  for (const { query } of queries.filter((item) => item.lang === lang).slice(0, Number(values.limit))) {
    for (const bucket of [cold, warm]) {
      const ms = await page.evaluate(
        (text) =>
          new Promise<number>((resolve) => {
            const root = document.querySelector('faq-search[data-variant="page"]')!;
            const input = root.querySelector('input')!;
            const list = root.querySelector('[data-search-results]')!;
            input.value = '';
            const started = performance.now();
            const observer = new MutationObserver(() => {
              observer.disconnect();
              resolve(performance.now() - started);
            });
            observer.observe(list, { childList: true });
            input.value = text;
            input.dispatchEvent(new Event('input'));
            setTimeout(() => {
              observer.disconnect();
              resolve(Number.NaN);
            }, 5000);
          }),
        query,
      );
      if (Number.isFinite(ms)) bucket.push(ms);
    }
  }
  for (const [name, samples] of [['cold (shards fetched)', cold], ['warm (per keystroke)', warm]] as const) {
    const sorted = [...samples].sort((a, b) => a - b);
    console.log(`${lang} ${name}: ${samples.length} queries, p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms`);
  }
  await page.close();
}
await browser.close();
await server.close();
