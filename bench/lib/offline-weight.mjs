import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { weighPage } from './page-weight.mjs';

/**
 * What offline reading costs a visitor, gzipped: the shell the service worker
 * precaches (`_faq/offline/shell.json`, the worker's own list), the worker
 * itself, and what a first visit to the home page downloads on top of the
 * page because of them: the worker, the shell files the page did not fetch
 * already, and the page once more, which the worker keeps for offline.
 * Pages kept as they are read, and a language's search once used, come later
 * and only with use.
 */
export function measureOfflineShell(distDir, { base = '/' } = {}) {
  const shellFile = path.join(distDir, '_faq/offline/shell.json');
  if (!fs.existsSync(shellFile)) throw new Error(`no _faq/offline/shell.json in ${distDir}: was it built with offline reading on?`);
  const { precache } = JSON.parse(fs.readFileSync(shellFile, 'utf8'));
  const gzipCache = new Map();
  const gzipped = (file) => {
    if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(fs.readFileSync(file)).length);
    return gzipCache.get(file);
  };
  const fileOf = (url) => path.join(distDir, url.slice(base.length), url.endsWith('/') ? 'index.html' : '');
  const shell = precache.map(({ url }) => ({ url, file: path.relative(distDir, fileOf(url)), gzipBytes: gzipped(fileOf(url)) }));
  const workerGzipBytes = gzipped(path.join(distDir, 'sw.js'));
  const home = weighPage(distDir, base, path.join(distDir, 'index.html'), gzipCache);
  const fetchedByHome = new Set(home.files.map((file) => file.path));
  const homeHtml = home.files.find((file) => file.path === 'index.html')?.gzipBytes ?? 0;
  const extraShell = shell.filter((item) => !fetchedByHome.has(item.file)).reduce((sum, item) => sum + item.gzipBytes, 0);
  return {
    files: shell.length,
    precacheGzipBytes: shell.reduce((sum, item) => sum + item.gzipBytes, 0),
    workerGzipBytes,
    firstVisitExtraGzipBytes: workerGzipBytes + extraShell + homeHtml,
  };
}
