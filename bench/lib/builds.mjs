import fs from 'node:fs';
import path from 'node:path';
import { measureFolder } from './folder-stats.mjs';
import { runMeasured, tailOfFile } from './run-measured.mjs';

/**
 * The two sites the benchmark compares. Both run the same `astro build` on
 * the same Node and corpus; only the project root differs.
 */
export const SITES = {
  ours: { label: 'our site', rootArgs: [] },
  floor: { label: 'floor', rootArgs: ['--root', 'bench/floor'] },
};

/**
 * The generated corpus has members-only entries; with a code, our build
 * encrypts them as a real site would, so that work is part of the figures.
 * It unlocks nothing but the throwaway benchmark output.
 */
const BENCH_ACCESS_CODE = 'BNCH-5R8W-LQ2V-6N4J-HX9D';

/**
 * Builds one site into `outDir` and measures it. A failed build throws with
 * the end of its log, which holds the build's own error.
 */
export async function measureBuild({ site, repoRoot, node, contentDir, outDir, logFile }) {
  const astro = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  if (!fs.existsSync(astro)) throw new Error(`Astro is not installed (${astro} is missing): run npm install first.`);
  fs.rmSync(outDir, { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: contentDir, FAQ_ACCESS_CODES: BENCH_ACCESS_CODE, ASTRO_TELEMETRY_DISABLED: '1' };
  // The benchmark measures the site at its root; a sub-path from the caller's environment would skew nothing but confuse.
  delete env.BASE_PATH;
  const run = await runMeasured(node, [astro, 'build', ...SITES[site].rootArgs, '--outDir', outDir], { cwd: repoRoot, env, logFile });
  if (run.exitCode !== 0) {
    throw new Error(`The ${SITES[site].label} build failed (exit ${run.exitCode}); log: ${logFile}\n${tailOfFile(logFile)}`);
  }
  const dist = measureFolder(outDir);
  return {
    wallMs: Math.round(run.wallMs),
    peakRssBytes: run.peakRssBytes,
    memorySamples: run.samples,
    pagesWritten: dist.htmlPages,
    pagesPerSecond: Math.round((dist.htmlPages / run.wallMs) * 1000 * 10) / 10,
    distBytes: dist.bytes,
    distFiles: dist.files,
  };
}
