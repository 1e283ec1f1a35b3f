import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The repository root: tests/e2e/support is three folders down. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * The access code every e2e build gets unless a test passes its own
 * `FAQ_ACCESS_CODES`: members-only entries are built encrypted, as in
 * production, and a test can unlock them in the browser with this code.
 */
export const E2E_ACCESS_CODE = 'E2E1-K4QM-8D2F-W9B3-TZ7H';

export interface BuildSiteOptions {
  /** The content folder to build (env CONTENT_DIR); default the project's own `content/`. */
  contentDir?: string;
  /** A sub-path such as `/help/` (env BASE_PATH); default the site's own setting. */
  base?: string;
  /** Where the site is written (`astro build --outDir`); relative paths are from the repository root. */
  outDir: string;
  /** More environment for the build; it wins over the defaults (e.g. `FAQ_ACCESS_CODES`). */
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs the project's real `astro build`, as `npm run build` does, and returns
 * the absolute path of the built folder. It runs on `process.execPath`: under
 * `npm test` that is the project's pinned Node, not the system's. A failed
 * build throws with the build's own output, which says what went wrong.
 */
export async function buildSite(options: BuildSiteOptions): Promise<string> {
  const outDir = path.resolve(REPO_ROOT, options.outDir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FAQ_ACCESS_CODES: E2E_ACCESS_CODE,
    ...(options.contentDir ? { CONTENT_DIR: path.resolve(REPO_ROOT, options.contentDir) } : {}),
    ...(options.base ? { BASE_PATH: options.base } : {}),
    ...options.env,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const astro = path.join(REPO_ROOT, 'node_modules/.bin/astro');
  const started = Date.now();
  const workDir = privateWorkingDirectory();
  let result: { code: number | string; output: string };
  try {
    result = await run(process.execPath, [astro, 'build', '--root', REPO_ROOT, '--outDir', outDir], { cwd: workDir, env });
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  const { code, output } = result;
  if (code !== 0) {
    throw new Error(`astro build exited with ${code} (content ${env.CONTENT_DIR ?? 'content/'}, out ${outDir}):\n${tail(output, 80)}`);
  }
  console.log(`[build-site] built ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return outDir;
}

/**
 * Astro puts its intermediate prerender chunks in `<cwd>/.astro/` whenever
 * outDir lies outside the working directory, so two builds started from the
 * repository root (a test and a developer's `npm run build`) overwrite each
 * other's chunks. Each build runs from a folder of its own instead, inside
 * the repository so those chunks still resolve node_modules; git ignores it.
 */
function privateWorkingDirectory(): string {
  const parent = path.join(REPO_ROOT, 'test-results');
  fs.mkdirSync(parent, { recursive: true });
  return fs.mkdtempSync(path.join(parent, 'astro-build-'));
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ code: number | string; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code: code ?? signal ?? 'unknown', output: Buffer.concat(chunks).toString('utf8') }));
  });
}

/** The last lines of a long build log: where the error is. */
function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
