import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { takeFolderLock } from './folder-lock.ts';

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const temporaryFolders: string[] = [];

/** A new empty folder in the system's temporary folder, removed by `removeTemporaryFolders`. */
export function temporaryFolder(prefix: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporaryFolders.push(folder, `${folder}.partial`, `${folder}.previous`);
  return folder;
}

/** Removes every folder these helpers made; call it from `afterAll`. */
export function removeTemporaryFolders(): void {
  for (const folder of temporaryFolders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
}
/** `npm run build`: astro build with a heap sized to the content. */
const BUILD = path.join(ROOT, 'scripts/build.mjs');

/**
 * Runs the real `astro build` of this project, as `npm run build` does, on the
 * Node that runs the tests (the project's pinned Node 22).
 */
export interface BuildOptions {
  contentDir?: string;
  base?: string;
  outDir?: string;
  env?: NodeJS.ProcessEnv;
  /**
   * Reuse the build an earlier test file made with the same options in this
   * run, and its log: only for files that read the output and never change it.
   */
  reuse?: boolean;
}

export function buildSite(options: BuildOptions = {}): BuildResult {
  return holdingAstro(() => (options.reuse && !options.outDir ? sharedBuild(options) : build(options)));
}

function build(options: BuildOptions): BuildResult {
  const outDir = options.outDir ?? temporaryFolder('faq-build-');
  const result = spawnSync(process.execPath, [BUILD, '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: buildEnv(options),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

function sharedBuild(options: BuildOptions): BuildResult {
  const { reuse: _reuse, ...rest } = options;
  const key = createHash('sha256').update(JSON.stringify(rest)).digest('hex').slice(0, 16);
  const outDir = path.join(inject('sharedBuilds'), key);
  const log = `${outDir}.built`;
  if (fs.existsSync(log)) return { status: 0, output: fs.readFileSync(log, 'utf8'), outDir };
  const result = build({ ...rest, outDir });
  if (result.status === 0) fs.writeFileSync(log, result.output);
  return result;
}

/** A build in the background, for tests that interrupt it: it holds Astro (see `holdAstro`) until it ends. */
export function startBuild(options: BuildOptions & { outDir: string }): ChildProcess {
  const release = holdAstro();
  const child = spawn(process.execPath, [BUILD, '--outDir', options.outDir], { cwd: ROOT, env: buildEnv(options), stdio: 'ignore', detached: true });
  child.on('exit', release);
  return child;
}

/** Runs `work` holding Astro (see `holdAstro`). */
export function holdingAstro<T>(work: () => T): T {
  const release = holdAstro();
  try {
    return work();
  } finally {
    release();
  }
}

let heldAstro = 0;
let releaseAstroLock = () => {};

/**
 * Astro keeps its working files in the project itself (`.astro/`,
 * `.cache/astro/`): two builds at once pull them from under each other. Test
 * files run two at a time, so whatever runs Astro, or clears its cache, does
 * it holding this lock, and the other file waits its turn. Returns the
 * release. A file that holds it already (a dev server, a build inside a longer
 * turn) goes on.
 */
export function holdAstro(): () => void {
  // Counted, so the lock goes when this file's last holder lets go, in whatever order they do.
  if (heldAstro++ === 0) releaseAstroLock = takeFolderLock(astroLock());
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--heldAstro === 0) releaseAstroLock();
  };
}

const astroLock = () => path.join(inject('sharedBuilds'), 'astro.lock');

/** One access code for every test build, so members-only fixtures build encrypted. */
export const TEST_ACCESS_CODE = 'T3ST-4XQM-8D2F-W4T9-B3HZ';

function buildEnv(options: BuildOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    FAQ_ACCESS_CODES: TEST_ACCESS_CODE,
    ...(options.contentDir ? { CONTENT_DIR: path.resolve(ROOT, options.contentDir) } : {}),
    ...(options.base ? { BASE_PATH: options.base } : {}),
    ...options.env,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

/** The project's benchmark corpus generator, run as `npm run bench` runs it. */
export const CORPUS_GENERATOR = path.join(ROOT, 'bench/corpus/generate.mjs');

/** A generated corpus of `entries` entries in a temporary folder (its content/ and queries.jsonl); `extra` are more options. */
export function generateCorpus(entries: number, extra: string[] = []): string {
  const out = temporaryFolder(`faq-corpus-${entries}-`);
  const result = spawnSync(process.execPath, [CORPUS_GENERATOR, '--n', String(entries), '--out', out, ...extra], { encoding: 'utf8' });
  if (result.status !== 0 || !fs.existsSync(path.join(out, 'content'))) throw new Error(`the corpus generator wrote no corpus to ${out}: ${result.stderr}`);
  return out;
}

export async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Every file under a folder, relative paths. */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((item) => item.isFile())
    .map((item) => path.relative(dir, path.join(item.parentPath, item.name)))
    .sort();
}

export function readOutput(outDir: string, file: string): string {
  return fs.readFileSync(path.join(outDir, file), 'utf8');
}

/**
 * A copy of a content folder changed by `change`, made once in a run under one
 * name, at one path: the test files that build it share one build (`reuse`),
 * and none may change it after.
 */
export function sharedContent(name: string, contentDir: string, change: (copy: string) => void): string {
  const copy = path.join(inject('sharedBuilds'), `content-${name}`);
  holdingAstro(() => {
    if (fs.existsSync(copy)) return;
    const partial = `${copy}.partial`;
    fs.rmSync(partial, { recursive: true, force: true });
    fs.cpSync(path.resolve(ROOT, contentDir), partial, { recursive: true });
    change(partial);
    fs.renameSync(partial, copy);
  });
  return copy;
}

/** A scratch copy of a content folder, for tests that change it. */
export function copyContent(contentDir: string): string {
  const copy = temporaryFolder('faq-content-');
  fs.cpSync(path.resolve(ROOT, contentDir), copy, { recursive: true });
  return copy;
}
