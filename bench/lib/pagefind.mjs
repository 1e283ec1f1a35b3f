import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Pagefind (https://pagefind.app), the static search most sites would use
 * instead of ours (Astro Starlight ships it), over our own built entry pages,
 * for the benchmark to compare in the same run.
 */

/** Entry pages, in every language: `q/<id>/index.html`, `zh/q/<id>/index.html`. */
export function entryPages(distDir) {
  const pages = [];
  for (const prefix of ['', ...fs.readdirSync(distDir).filter((name) => fs.existsSync(path.join(distDir, name, 'q')))]) {
    const folder = path.join(distDir, prefix, 'q');
    if (!fs.existsSync(folder)) continue;
    for (const id of fs.readdirSync(folder)) {
      const file = path.join(folder, id, 'index.html');
      if (fs.existsSync(file)) pages.push(file);
    }
  }
  return pages;
}

/**
 * Marks what Pagefind indexes in the bench's own copy of the output (the
 * site's pages stay as they are): the question and its answer, the article
 * of an entry page (`data-pagefind-body`), without the audience and topic
 * line and the product and related-question lists under the answer, which
 * our index leaves out too (`data-pagefind-ignore`).
 */
export function markEntryPagesForPagefind(distDir) {
  const pages = entryPages(distDir);
  for (const file of pages) {
    const html = fs.readFileSync(file, 'utf8');
    if (!html.includes('<article class="entry"')) throw new Error(`${file}: no <article class="entry"> to index; the entry page's markup changed, update bench/lib/pagefind.mjs`);
    const marked = html
      .replace('<article class="entry"', '<article class="entry" data-pagefind-body')
      .replace('<dl class="entry-meta"', '<dl class="entry-meta" data-pagefind-ignore')
      .replaceAll('<section class="entry-section"', '<section class="entry-section" data-pagefind-ignore');
    fs.writeFileSync(file, marked);
  }
  return pages.length;
}

/** The Pagefind binary npm installed for this platform (an optional dependency of the `pagefind` package). */
export function pagefindBinary(repoRoot) {
  const bin = path.join(repoRoot, 'node_modules/.bin/pagefind');
  if (!fs.existsSync(bin)) throw new Error('Pagefind is missing: run npm ci (it is a development dependency, its binary comes from npm).');
  return bin;
}

/**
 * Runs Pagefind's indexer over the entry pages of a built site, writing its
 * bundle to `<distDir>/pagefind/`. Returns the wall time, Pagefind's own
 * output and the bundle's bytes.
 */
export function indexWithPagefind({ repoRoot, distDir }) {
  const started = performance.now();
  const result = spawnSync(pagefindBinary(repoRoot), ['--site', distDir, '--glob', '{q,*/q}/*/index.html', '--output-subdir', 'pagefind'], { encoding: 'utf8' });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`pagefind failed (exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  return { wallMs, log: result.stdout, bundle: pagefindBundleSize(path.join(distDir, 'pagefind')) };
}

/**
 * What of Pagefind's bundle search needs (its script, WebAssembly, metadata,
 * index chunks and fragments; not its ready-made interfaces): files and
 * bytes as served. Pagefind compresses its own files; its script and entry
 * file are counted gzipped, as a host serves them.
 */
export function pagefindBundleSize(bundleDir, gzipSize) {
  let bytes = 0;
  let files = 0;
  for (const item of fs.readdirSync(bundleDir, { recursive: true, withFileTypes: true })) {
    if (!item.isFile() || /ui|highlight|playground/.test(item.name)) continue;
    const file = path.join(item.parentPath, item.name);
    files++;
    bytes += gzipSize && /\.(js|json)$/.test(item.name) ? gzipSize(fs.readFileSync(file)) : fs.statSync(file).size;
  }
  return { files, bytes };
}

/**
 * A bare page with one search box that searches with Pagefind's own
 * JavaScript API, as Pagefind recommends for a custom interface: the
 * library and its index start loading on focus (`init`), each input searches,
 * and the first ten results are shown once their fragments are in (ours also
 * shows ten). `lang` picks Pagefind's index for that language. Pagefind
 * searches in a web worker by default; with `?worker=0` the page runs it on
 * its own thread (Pagefind's `noWorker`), fetching the same files, so that
 * Chromium's network emulation and Resource Timing see its requests.
 */
export function writePagefindSearchPage(distDir, lang) {
  const file = path.join(distDir, 'pagefind-bench', lang, 'index.html');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Pagefind</title></head>
<body>
<label for="q">Search</label>
<input id="q" type="search" autocomplete="off">
<p id="status" role="status"></p>
<ul id="results"></ul>
<p id="empty" hidden>No results</p>
<script type="module">
let loading;
// ?worker=0: search on the page's own thread, where Chromium's network emulation and Resource Timing see its requests.
const noWorker = new URLSearchParams(location.search).get('worker') === '0';
const pagefind = () => (loading ??= import('/pagefind/pagefind.js').then(async (module) => {
  if (noWorker) await module.options({ noWorker: true });
  await module.init();
  return module;
}));
const input = document.getElementById('q');
const list = document.getElementById('results');
const status = document.getElementById('status');
let generation = 0;
input.addEventListener('focus', () => void pagefind());
input.addEventListener('input', async () => {
  const current = ++generation;
  const module = await pagefind();
  const search = await module.search(input.value);
  if (current !== generation || !search) return;
  const results = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
  if (current !== generation) return;
  status.textContent = search.results.length + ' results';
  document.getElementById('empty').hidden = results.length > 0;
  list.dataset.query = input.value.trim();
  list.replaceChildren(...results.map((data) => {
    const item = document.createElement('li');
    item.dataset.url = data.url;
    item.textContent = data.meta.title;
    return item;
  }));
});
</script>
</body>
</html>
`,
  );
  return `pagefind-bench/${lang}/`;
}
