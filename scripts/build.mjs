#!/usr/bin/env node
/**
 * `npm run build`: `astro build` with a V8 heap sized to the content. Left to
 * itself, V8 lets garbage from thousands of rendered pages pile up to well over
 * a gigabyte before collecting; a heap cap that grows with the number of
 * entries keeps the build's memory close to what it really uses.
 * Arguments are passed on to `astro build` (e.g. --outDir).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const contentDir = path.resolve(process.env.CONTENT_DIR || path.join(root, 'content'));
const faq = path.join(contentDir, 'faq');
const entries = fs.existsSync(faq) ? countEntries(faq) : 0;
// About 32 KB of live heap per entry at 10,000 entries, measured with `npm run bench`, plus Astro's own base.
// It leaves room: at 50,000 entries (1,856 MB) the live heap peaked at about 520 MB, with a dozen full
// collections in the whole build (--trace-gc). The cap holds for each thread: the worker that builds
// the search indexes has its own heap under it.
const heapMb = Math.max(512, Math.ceil(256 + entries * 0.032));
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const args = [`--max-old-space-size=${heapMb}`, astro, 'build', ...process.argv.slice(2)];
// Where Node can (not on Windows), the build takes this process's place: a second Node would wait beside it, holding
// about 40 MB for nothing.
if (typeof process.execve === 'function') process.execve(process.execPath, [process.execPath, ...args]);
const child = spawn(process.execPath, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/** Symbolic links are not followed (the build reports them): a link that loops would otherwise be read forever. */
function countEntries(dir) {
  let count = 0;
  for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
    if (item.isDirectory()) count += countEntries(path.join(dir, item.name));
    else if (item.isFile() && item.name.endsWith('.md')) count++;
  }
  return count;
}
