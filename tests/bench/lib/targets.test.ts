import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../../bench/lib/targets.mjs';
import { formatReport } from '../../../bench/lib/report.mjs';

const build = (wallMs: number, peakRssBytes: number, distFiles = 10_400, largestFileBytes = 16e6) => ({
  wallMs,
  cpuMs: wallMs * 0.9,
  peakRssBytes,
  distBytes: 150e6,
  distFiles,
  largestFile: { path: 'faq.json', bytes: largestFileBytes },
  pagesWritten: 9000,
  pagesPerSecond: 100,
});

function sizeResult(entries: number, { ours = build(30_000, 800e6), floor = build(20_000, 500e6), largestGzip = 40_000 } = {}) {
  return {
    entries,
    ours,
    floor,
    ratio: ours && { wall: ours.wallMs / floor.wallMs, memory: ours.peakRssBytes / floor.peakRssBytes, cpu: ours.cpuMs / floor.cpuMs },
    errors: ours ? {} : { ours: 'Building our site failed (exit 134)' },
    pageWeight: { sampled: 5, maxGzipBytes: 13_000, meanGzipBytes: 12_900, pages: [] },
    largestPage: { page: 'c/orders/index.html', bytes: largestGzip * 8, gzipBytes: largestGzip, pages: 9000 },
  };
}

const named = (targets: ReturnType<typeof evaluateTargets>, name: string) => targets.filter((target) => target.name === name);

describe('the build budgets per corpus size', () => {
  it('holds 10,000 entries to 1.5× the floor and 1 GB, 50,000 to 2× and 2 GB', () => {
    const targets = evaluateTargets([
      sizeResult(10_000, { ours: build(31_000, 900e6) }),
      sizeResult(50_000, { ours: build(230_000, 2.1e9), floor: build(100_000, 1.4e9) }),
    ]);
    expect(named(targets, 'build time, ours/floor')).toEqual([
      expect.objectContaining({ entries: 10_000, limit: '≤ 1.5× at 10,000 entries', value: 1.55, ok: false }),
      expect.objectContaining({ entries: 50_000, limit: '≤ 2× at 50,000 entries', value: 2.3, ok: false }),
    ]);
    expect(named(targets, 'peak memory (our build)')).toEqual([
      expect.objectContaining({ entries: 10_000, limit: '≤ 1 GB at 10,000 entries', ok: true }),
      expect.objectContaining({ entries: 50_000, limit: '≤ 2 GB at 50,000 entries', value: 2.1e9, ok: false }),
    ]);
    const within = evaluateTargets([sizeResult(10_000, { ours: build(29_000, 900e6) }), sizeResult(50_000, { ours: build(190_000, 1.9e9), floor: build(100_000, 1.4e9) })]);
    expect(named(within, 'build time, ours/floor').every((target) => target.ok)).toBe(true);
    expect(named(within, 'peak memory (our build)').every((target) => target.ok)).toBe(true);
  });

  it('asks 100,000 entries only to build, and says when it did not', () => {
    expect(named(evaluateTargets([sizeResult(100_000, { ours: build(600_000, 3e9) })]), 'our build completes')).toEqual([expect.objectContaining({ value: 'built', ok: true })]);
    const failed = evaluateTargets([sizeResult(100_000, { ours: null as never })]);
    expect(named(failed, 'our build completes')).toEqual([expect.objectContaining({ value: 'failed', ok: false })]);
    expect(named(failed, 'build time, ours/floor')).toEqual([]);
  });

  it('holds the heaviest page of every size to 100 kB gzipped and names it', () => {
    const targets = evaluateTargets([sizeResult(10_000, { largestGzip: 60_000 }), sizeResult(50_000, { largestGzip: 140_000, floor: build(100_000, 1.4e9) })]);
    expect(named(targets, 'largest page, gzip')).toEqual([expect.objectContaining({ value: 140_000, ok: false, entries: 50_000, note: 'c/orders/index.html, at 50,000 entries' })]);
  });

  it('holds every file to 25 MiB, the most a static host takes, and names the largest', () => {
    const targets = evaluateTargets([sizeResult(10_000), sizeResult(50_000, { ours: build(190_000, 1.9e9, 46_000, 80.5e6), floor: build(100_000, 1.4e9) })]);
    expect(named(targets, 'largest file')).toEqual([expect.objectContaining({ value: 80.5e6, ok: false, note: 'faq.json, at 50,000 entries' })]);
    expect(named(evaluateTargets([sizeResult(10_000)]), 'largest file')).toEqual([expect.objectContaining({ value: 16e6, ok: true })]);
  });

  it('reports the largest page, the files per 10,000 entries and the CPU time with each size', () => {
    const results = { machine: { cpus: 2, memoryBytes: 24e9, loadAverageAtStart: [1, 1, 1] }, node: 'v22', runs: 1, otherBenches: {}, sizes: [sizeResult(50_000, { ours: build(200_000, 1.5e9, 52_000), floor: build(100_000, 1.4e9) })] };
    const text = formatReport({ ...results, targets: evaluateTargets(results.sizes) });
    expect(text).toMatch(/^dist files per 10,000 entries\s+10,400\s+2,080$/m);
    expect(text).toMatch(/^largest file: 16\.0 MB, faq\.json$/m);
    expect(text).toMatch(/^CPU time \(process tree\)\s+180\.0 s\s+90\.0 s\s+2\.00×$/m);
    expect(text).toMatch(/^largest page \(gzip, of 9,000 pages\): 40\.0 kB, c\/orders\/index\.html \(320\.0 kB unzipped\)$/m);
    expect(text).toMatch(/^largest page, gzip\s+≤ 100 kB\s+40\.0 kB\s+ok \(c\/orders\/index\.html, at 50,000 entries\)$/m);
  });
});

describe('the offline shell', () => {
  it('is held to 100 kB gzipped, and reported with what a first visit downloads because of it', () => {
    const offline = { files: 22, precacheGzipBytes: 45_000, workerGzipBytes: 9_700, firstVisitExtraGzipBytes: 21_000 };
    const sizes = [{ ...sizeResult(10_000), offline }, { ...sizeResult(50_000, { floor: build(100_000, 1.4e9) }), offline: { ...offline, precacheGzipBytes: 120_000 } }];
    expect(named(evaluateTargets(sizes), 'offline shell precache, gzip')).toEqual([expect.objectContaining({ value: 120_000, ok: false, entries: 50_000, note: '22 files, at 50,000 entries' })]);
    const results = { machine: { cpus: 2, memoryBytes: 24e9, loadAverageAtStart: [1, 1, 1] }, node: 'v22', runs: 1, otherBenches: {}, sizes: sizes.slice(0, 1) };
    const text = formatReport({ ...results, targets: evaluateTargets(results.sizes) });
    expect(text).toMatch(/^offline shell \(gzip\): 45\.0 kB precached in 22 files, worker 9\.7 kB; a first visit downloads 21\.0 kB more because of them$/m);
    expect(text).toMatch(/^offline shell precache, gzip\s+≤ 100 kB\s+45\.0 kB\s+ok/m);
  });
});
