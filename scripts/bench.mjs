#!/usr/bin/env node
/**
 * Build benchmark: our site against a bare Astro floor on the same generated
 * corpus, in the same run, so a noisy shared machine shows in both and the
 * ratio stays meaningful.
 *
 *   npm run bench [-- --sizes 1000,10000] [--runs 1] [--keep] [--no-pictures] [--builds-only]
 *
 * At each size it also builds our site for the same corpus with a local
 * picture in one answer in ten, cold (Astro's cache emptied) and warm (the
 * cache kept), and weighs the processed pictures and the encrypted
 * members-only files with and without them; --no-pictures skips that.
 * Prints a table and writes bench-results/latest.json. Then runs the other
 * benchmarks package.json defines (bench:search, bench:gate, bench:insights, bench:import) and includes
 * their output. Exits non-zero when a build fails; missed targets are
 * reported, not fatal, because they are figures to act on, not errors.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { clearAstroCache, measureBuild, SITES } from '../bench/lib/builds.mjs';
import { corpusGeneratorPath, generateCorpus } from '../bench/lib/corpus.mjs';
import { runOtherBenches } from '../bench/lib/other-benches.mjs';
import { largestPageGzip, measureEntryPages } from '../bench/lib/page-weight.mjs';
import { measureOfflineShell } from '../bench/lib/offline-weight.mjs';
import { measureMembersFiles, measurePictureOutput, readBuildLog } from '../bench/lib/picture-figures.mjs';
import { formatReport } from '../bench/lib/report.mjs';
import { evaluateTargets } from '../bench/lib/targets.mjs';
import { wholeNumber, wholeNumbers } from '../bench/lib/whole-numbers.mjs';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');

/** One answer in ten with a picture: 1,000 pictures at 10,000 entries, the load the feature is held to. */
const PICTURE_SHARE = 0.1;

function readOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      runs: { type: 'string', default: '1' },
      keep: { type: 'boolean', default: false },
      'no-pictures': { type: 'boolean', default: false },
      'builds-only': { type: 'boolean', default: false },
    },
  });
  const sizes = wholeNumbers(values.sizes, '--sizes');
  const runs = wholeNumber(values.runs, '--runs');
  return { sizes, runs, keep: values.keep, pictures: !values['no-pictures'], otherBenches: !values['builds-only'] };
}

/**
 * Builds run on the project's pinned Node (a dev dependency), whichever Node
 * started this script: `npm run bench` and a bare `node scripts/bench.mjs` agree.
 */
function pinnedNode() {
  const pinned = path.join(REPO_ROOT, 'node_modules/node/bin/node');
  return fs.existsSync(pinned) ? pinned : process.execPath;
}

function progress(message) {
  console.error(`[bench] ${message}`);
}

/** The run whose wall time is the median; memory takes the worst run, as budgets are about the worst case. */
function summarizeRuns(runs) {
  const byTime = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  const median = byTime[Math.floor((byTime.length - 1) / 2)];
  return { ...median, peakRssBytes: Math.max(...runs.map((run) => run.peakRssBytes)), wallMsAllRuns: runs.map((run) => run.wallMs) };
}

async function benchSize({ entries, runs, node, generator, workDir, pictures }) {
  const sizeDir = path.join(workDir, String(entries));
  const logDir = path.join(sizeDir, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  progress(`${entries} entries: generating the corpus`);
  const corpus = generateCorpus({ node, generator, entries, outDir: path.join(sizeDir, 'corpus') });
  const result = { entries, corpus: corpus.summary, ours: null, floor: null, ratio: null, pageWeight: null, errors: {} };
  const measured = { ours: [], floor: [] };
  // Alternating the sites spreads the machine's noise over both instead of one.
  for (let run = 1; run <= runs; run++) {
    for (const site of ['floor', 'ours']) {
      if (result.errors[site]) continue;
      progress(`${entries} entries: building ${SITES[site].label} (run ${run} of ${runs})`);
      try {
        const logFile = path.join(logDir, `${site}-${run}.log`);
        const figures = await measureBuild({ site, repoRoot: REPO_ROOT, node, contentDir: corpus.contentDir, outDir: path.join(sizeDir, `dist-${site}`), logFile });
        // Astro's own phase timings, to set against the builds with pictures.
        if (site === 'ours') figures.log = readBuildLog(logFile);
        measured[site].push(figures);
        progress(`  ${(figures.wallMs / 1000).toFixed(1)} s, CPU ${(figures.cpuMs / 1000).toFixed(1)} s, peak ${(figures.peakRssBytes / 1e6).toFixed(0)} MB, ${figures.pagesWritten} pages`);
      } catch (error) {
        result.errors[site] = error.message;
        progress(`  ${error.message}`);
      }
    }
  }
  for (const site of ['ours', 'floor']) if (measured[site].length > 0) result[site] = summarizeRuns(measured[site]);
  if (result.ours && result.floor) {
    result.ratio = {
      wall: result.ours.wallMs / result.floor.wallMs,
      memory: result.ours.peakRssBytes / result.floor.peakRssBytes,
      // Steadier than wall time when other work shares the machine; a build that uses a second core shows it here.
      cpu: result.ours.cpuMs / result.floor.cpuMs,
    };
  }
  if (result.ours) {
    try {
      result.pageWeight = measureEntryPages(path.join(sizeDir, 'dist-ours'));
    } catch (error) {
      result.errors.pageWeight = error.message;
    }
    try {
      result.largestPage = largestPageGzip(path.join(sizeDir, 'dist-ours'));
    } catch (error) {
      result.errors.largestPage = error.message;
    }
    try {
      result.offline = measureOfflineShell(path.join(sizeDir, 'dist-ours'));
    } catch (error) {
      result.errors.offline = error.message;
    }
    result.members = measureMembersFiles(path.join(sizeDir, 'dist-ours'));
    if (pictures) {
      try {
        result.pictures = await benchPictures({ entries, runs, node, generator, sizeDir, logDir, plainContentDir: corpus.contentDir });
      } catch (error) {
        result.errors.pictures = error.message;
        progress(`  ${error.message}`);
      }
    }
  }
  return result;
}

/**
 * Our site again, for the same corpus with a picture in one answer in ten:
 * a cold build (Astro's cache emptied, every picture made), a warm one (the
 * cache kept, as on a second deploy), then the corpus without pictures once
 * more. The warm build is compared with that last build, which runs right
 * after it: on a shared machine the load minutes apart (before a cold build
 * of several minutes) differs more than the builds do.
 */
async function benchPictures({ entries, runs, node, generator, sizeDir, logDir, plainContentDir }) {
  const count = Math.round(entries * PICTURE_SHARE);
  progress(`${entries} entries: generating the corpus with ${count} pictures`);
  const corpus = generateCorpus({ node, generator, entries, pictures: count, outDir: path.join(sizeDir, 'corpus-pictures') });
  const outDir = path.join(sizeDir, 'dist-pictures');
  const builds = {
    cold: { label: `with ${count} pictures, cold`, contentDir: corpus.contentDir, outDir },
    warm: { label: `with ${count} pictures, warm`, contentDir: corpus.contentDir, outDir },
    without: { label: 'without pictures again', contentDir: plainContentDir, outDir: path.join(sizeDir, 'dist-ours') },
  };
  const measured = { cold: [], warm: [], without: [] };
  for (let run = 1; run <= runs; run++) {
    for (const [state, build] of Object.entries(builds)) {
      if (state === 'cold') clearAstroCache(REPO_ROOT);
      progress(`${entries} entries: building our site ${build.label} (run ${run} of ${runs})`);
      const logFile = path.join(logDir, `ours-pictures-${state}-${run}.log`);
      const figures = await measureBuild({ site: 'ours', repoRoot: REPO_ROOT, node, contentDir: build.contentDir, outDir: build.outDir, logFile });
      figures.log = readBuildLog(logFile);
      measured[state].push(figures);
      progress(`  ${(figures.wallMs / 1000).toFixed(1)} s, peak ${(figures.peakRssBytes / 1e6).toFixed(0)} MB, pictures made ${figures.log.pictures.made}, reused ${figures.log.pictures.reused}`);
    }
  }
  const [cold, warm, without] = ['cold', 'warm', 'without'].map((state) => summarizeRuns(measured[state]));
  return {
    count,
    corpus: corpus.summary,
    without,
    cold,
    warm,
    warmRatio: warm.wallMs / without.wallMs,
    coldRatio: cold.wallMs / without.wallMs,
    output: measurePictureOutput(outDir),
    members: measureMembersFiles(outDir),
  };
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

async function main() {
  const options = readOptions();
  const generator = corpusGeneratorPath(REPO_ROOT);
  const node = pinnedNode();
  const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-bench-'));
  progress(`working in ${workDir}${options.keep ? ' (kept)' : ''}`);
  const results = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    node: nodeVersion,
    runs: options.runs,
    machine: { cpus: os.availableParallelism(), memoryBytes: os.totalmem(), loadAverageAtStart: os.loadavg() },
    sizes: [],
    targets: [],
    otherBenches: {},
  };
  try {
    for (const entries of options.sizes) {
      results.sizes.push(await benchSize({ entries, runs: options.runs, node, generator, workDir, pictures: options.pictures }));
      // A 10,000-entry site is large; keep only what was asked to keep.
      if (!options.keep) fs.rmSync(path.join(workDir, String(entries)), { recursive: true, force: true });
    }
    results.targets = evaluateTargets(results.sizes);
    // The other benchmarks take --sizes too: at 100,000 entries they would add their own long runs.
    if (options.otherBenches) results.otherBenches = await runOtherBenches({ repoRoot: REPO_ROOT, sizes: options.sizes, workDir, onStart: (name) => progress(`running npm run ${name}`) });
  } finally {
    if (!options.keep) fs.rmSync(workDir, { recursive: true, force: true });
    // The benchmark's pictures are of no use to the next real build.
    if (options.pictures && !options.keep) clearAstroCache(REPO_ROOT);
  }
  const outFile = path.join(REPO_ROOT, 'bench-results/latest.json');
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatReport(results));
  console.log(`\nFigures written to ${path.relative(process.cwd(), outFile)}`);
  const failed = results.sizes.some((result) => Object.keys(result.errors).length > 0) || Object.values(results.otherBenches).some((other) => other.exitCode !== 0);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
