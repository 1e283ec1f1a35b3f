import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { measureFolder } from './folder-stats.mjs';
import { runMeasured, tailOfFile } from './run-measured.mjs';

/**
 * The two sites the benchmark compares. Both run the same `astro build` on
 * the same Node and corpus; only the project root differs.
 */
export const SITES = {
  ours: { label: 'our site', root: '.' },
  floor: { label: 'the floor', root: 'bench/floor' },
};

/**
 * Where our site keeps Astro's cache, processed pictures included
 * (`cacheDir` in astro.config.mjs, relative to the project root): a build
 * after it is deleted makes every picture again.
 */
const ASTRO_CACHE_DIR = '.cache/astro';

/** Empties our site's Astro cache, so the next build is cold. */
export function clearAstroCache(repoRoot) {
  fs.rmSync(path.join(path.resolve(repoRoot, SITES.ours.root), ASTRO_CACHE_DIR), { recursive: true, force: true });
}

/**
 * The generated corpus has members-only entries; with a code, our build
 * encrypts them as a real site would, so that work is part of the figures.
 * It unlocks nothing but the throwaway benchmark output.
 */
const BENCH_ACCESS_CODE = 'BNCH-5R8W-KQ2V-6N4J-HX9D';

/**
 * Builds one site into `outDir` and measures it.
 *
 * Astro puts its intermediate prerender chunks in `<cwd>/.astro/` whenever
 * outDir lies outside the working directory, so builds started from the
 * repository root at the same time (a developer's, a test's) overwrite each
 * other's chunks. Each build runs from a folder of its own, inside the
 * repository (bench-results/, which git ignores) so the chunks still resolve
 * node_modules. A failed build throws with
 * the end of its log, which holds the build's own error.
 */
export async function measureBuild({ site, repoRoot, node, contentDir, outDir, logFile }) {
  const astro = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  if (!fs.existsSync(astro)) throw new Error(`Astro is not installed (${astro} is missing): run npm install first.`);
  fs.rmSync(outDir, { recursive: true, force: true });
  settleDisk();
  const env = { ...process.env, CONTENT_DIR: contentDir, FAQ_ACCESS_CODES: BENCH_ACCESS_CODE, ASTRO_TELEMETRY_DISABLED: '1' };
  // The benchmark measures the site at its root; a sub-path from the caller's environment would skew nothing but confuse.
  delete env.BASE_PATH;
  const root = path.resolve(repoRoot, SITES[site].root);
  fs.mkdirSync(path.join(repoRoot, 'bench-results'), { recursive: true });
  const cwd = fs.mkdtempSync(path.join(repoRoot, 'bench-results', 'build-'));
  let run;
  try {
    // Our site builds the way `npm run build` does (scripts/build.mjs sizes the heap); the floor is a bare `astro build`.
    const command = site === 'ours' ? [path.join(repoRoot, 'scripts/build.mjs'), '--root', root, '--outDir', outDir] : [astro, 'build', '--root', root, '--outDir', outDir];
    run = await runMeasured(node, command, { cwd, env, logFile });
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
  if (run.exitCode !== 0) {
    throw new Error(`Building ${SITES[site].label} failed (exit ${run.exitCode}); log: ${logFile}\n${tailOfFile(logFile)}`);
  }
  const dist = measureFolder(outDir);
  return {
    wallMs: Math.round(run.wallMs),
    cpuMs: run.cpuMs,
    peakRssBytes: run.peakRssBytes,
    memorySamples: run.samples,
    pagesWritten: dist.htmlPages,
    pagesPerSecond: Math.round((dist.htmlPages / run.wallMs) * 1000 * 10) / 10,
    distBytes: dist.bytes,
    distFiles: dist.files,
    largestFile: dist.largestFile,
  };
}

/**
 * Writes what earlier builds left in the page cache to disk before a build is
 * timed: otherwise the kernel writes one build's 150 MB back while the next
 * build runs, and the one measured after the larger pays for it. Where there
 * is no `sync` (Windows), nothing is waited for.
 */
function settleDisk() {
  try {
    execFileSync('sync', { stdio: 'ignore' });
  } catch {
    // No sync command: the builds are timed as they come.
  }
}
