#!/usr/bin/env node
/**
 * `npm run preview`: `astro preview`, once there is a built site to serve.
 * Without one, Astro stops with a stack trace; this says what to run instead.
 * Arguments are passed on to `astro preview` (e.g. --outDir, --port).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const outDir = path.resolve(root, outDirArgument(args) ?? 'dist');
if (!fs.existsSync(path.join(outDir, 'index.html'))) {
  const shown = path.relative(process.cwd(), outDir) || '.';
  const build = outDirArgument(args) === undefined ? 'npm run build' : `npm run build -- --outDir ${shown}`;
  console.error(`There is no built site in ${shown} to preview: run \`${build}\` first.`);
  process.exit(1);
}
const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/** `--outDir dir` or `--outDir=dir`, as Astro reads it. */
function outDirArgument(list) {
  for (const [index, arg] of list.entries()) {
    if (arg === '--outDir') return list[index + 1];
    if (arg.startsWith('--outDir=')) return arg.slice('--outDir='.length);
  }
  return undefined;
}
