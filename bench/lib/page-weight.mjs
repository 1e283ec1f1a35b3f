import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a visitor downloads for an entry page, gzipped: the HTML, the
 * stylesheets and scripts it references, and the modules those scripts
 * import statically. Images, fonts and what scripts load later on demand
 * (dynamic import, search indexes) are not counted: they are not needed to
 * read the answer.
 *
 * Markup is scanned with regular expressions: enough for the build's own
 * predictable output, and it keeps the benchmark free of a parser.
 */
export function measureEntryPages(distDir, { base = '/', sample = 5 } = {}) {
  const pages = sampleEntryPages(distDir, sample);
  if (pages.length === 0) throw new Error(`No entry pages to weigh: ${path.join(distDir, 'q')} holds no */index.html.`);
  const gzipCache = new Map();
  const results = pages.map((page) => weighPage(distDir, base, page, gzipCache));
  const totals = results.map((result) => result.gzipBytes);
  return {
    sampled: results.length,
    maxGzipBytes: Math.max(...totals),
    meanGzipBytes: Math.round(totals.reduce((sum, bytes) => sum + bytes, 0) / totals.length),
    pages: results,
  };
}

/** Evenly spaced over the sorted entries, so the sample is the same for the same corpus. */
function sampleEntryPages(distDir, count) {
  const entryDir = path.join(distDir, 'q');
  if (!fs.existsSync(entryDir)) return [];
  const pages = fs
    .readdirSync(entryDir)
    .map((slug) => path.join(entryDir, slug, 'index.html'))
    .filter((file) => fs.existsSync(file))
    .sort();
  if (pages.length <= count) return pages;
  return Array.from({ length: count }, (_, index) => pages[Math.floor((index * (pages.length - 1)) / (count - 1 || 1))]);
}

/** One page and what it fetches to show itself, each file gzipped (`gzipCache`: a Map shared between calls). */
export function weighPage(distDir, base, pageFile, gzipCache) {
  const folder = path.relative(distDir, path.dirname(pageFile)).split(path.sep).join('/');
  // The home page's folder is the site's root: `/`, not `//`.
  const pageUrl = new URL(`${base}${folder ? `${folder}/` : ''}`, 'http://site.invalid');
  const html = fs.readFileSync(pageFile, 'utf8');
  const assets = new Set();
  const missing = [];
  const queue = referencedAssets(html).map((reference) => new URL(reference, pageUrl));
  while (queue.length > 0) {
    const url = queue.shift();
    if (url.origin !== pageUrl.origin || assets.has(url.pathname)) continue;
    const file = fileForUrl(distDir, base, url);
    if (!file) {
      missing.push(url.pathname);
      continue;
    }
    assets.add(url.pathname);
    if (/\.m?js$/.test(file)) {
      for (const specifier of staticImports(fs.readFileSync(file, 'utf8'))) queue.push(new URL(specifier, url));
    }
  }
  const files = [{ path: path.relative(distDir, pageFile), gzipBytes: gzippedSize(pageFile, gzipCache) }];
  for (const asset of assets) {
    const file = fileForUrl(distDir, base, new URL(asset, pageUrl));
    files.push({ path: path.relative(distDir, file), gzipBytes: gzippedSize(file, gzipCache) });
  }
  return {
    page: path.relative(distDir, pageFile),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    files,
    missing,
  };
}

/** Stylesheets, module preloads and scripts with a src: what the browser fetches to show the page. */
function referencedAssets(html) {
  const references = [];
  for (const [, tag, attributeText] of html.matchAll(/<(link|script)\b([^>]*)>/gi)) {
    const attributes = parseAttributes(attributeText);
    if (tag.toLowerCase() === 'script' && attributes.src) references.push(attributes.src);
    const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
    if (tag.toLowerCase() === 'link' && attributes.href && (rel.includes('stylesheet') || rel.includes('modulepreload'))) {
      references.push(attributes.href);
    }
  }
  return references;
}

function parseAttributes(text) {
  const attributes = {};
  for (const [, name, doubleQuoted, singleQuoted, bare] of text.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attributes[name.toLowerCase()] = doubleQuoted ?? singleQuoted ?? bare ?? '';
  }
  return attributes;
}

/**
 * Relative specifiers of `import … from "x"`, `import "x"` and
 * `export … from "x"`, minified or not; `import("x")` is on demand and skipped.
 */
function staticImports(code) {
  const specifiers = [];
  for (const [, specifier] of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
    if (/^\.{0,2}\//.test(specifier)) specifiers.push(specifier);
  }
  return specifiers;
}

function fileForUrl(distDir, base, url) {
  const pathname = decodeURIComponent(url.pathname);
  if (!pathname.startsWith(base)) return null;
  const file = path.join(distDir, pathname.slice(base.length));
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

/** Shared files (the site's stylesheet) are compressed once, whichever page names them. */
function gzippedSize(file, cache) {
  if (!cache.has(file)) cache.set(file, gzipSync(fs.readFileSync(file)).length);
  return cache.get(file);
}

/**
 * The heaviest HTML page of the whole site, gzipped, as a host would serve
 * it: a catalogue page that lists every answer of a topic grows with the
 * content, unlike an entry page. Pages are gzipped largest first, and the
 * search stops once no page left can be heavier, because gzip never makes a
 * page more than a few bytes larger than it is.
 */
export function largestPageGzip(distDir) {
  const pages = [];
  for (const entry of fs.readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    pages.push({ file, bytes: fs.statSync(file).size });
  }
  pages.sort((a, b) => b.bytes - a.bytes);
  let largest = null;
  for (const page of pages) {
    if (largest && page.bytes + GZIP_OVERHEAD_BYTES <= largest.gzipBytes) break;
    const gzipBytes = gzipSync(fs.readFileSync(page.file)).length;
    if (!largest || gzipBytes > largest.gzipBytes) largest = { page: path.relative(distDir, page.file), bytes: page.bytes, gzipBytes };
  }
  return largest && { ...largest, pages: pages.length };
}

/** gzip's header and trailer, and a stored block's 5 bytes per 64 KiB: the most it adds to input it cannot compress. */
const GZIP_OVERHEAD_BYTES = 18 + 5 * 64;
