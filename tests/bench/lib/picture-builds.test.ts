import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearAstroCache, measureBuild } from '../../../bench/lib/builds.mjs';
import { measureMembersFiles, measurePictureOutput, readBuildLog } from '../../../bench/lib/picture-figures.mjs';
import { generateCorpus, holdAstro, removeTemporaryFolders } from '../../support/astro-build.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * The benchmark's picture figures on real builds of a small corpus: what
 * `npm run bench` does at 10,000 entries, at a size a test can afford.
 */
describe('the benchmark on a corpus with pictures', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-bench-pictures-'));
  const builds: Record<'cold' | 'warm', { wallMs: number; log: ReturnType<typeof readBuildLog> }> = {} as never;
  let corpus: string;
  // It clears Astro's cache and builds twice: no other build runs meanwhile.
  let releaseAstro: (() => void) | undefined;

  beforeAll(async () => {
    releaseAstro = holdAstro();
    corpus = generateCorpus(80, ['--images', '8']);
    for (const state of ['cold', 'warm'] as const) {
      if (state === 'cold') clearAstroCache(ROOT);
      const logFile = path.join(work, `${state}.log`);
      const figures = await measureBuild({ site: 'ours', repoRoot: ROOT, node: process.execPath, contentDir: path.join(corpus, 'content'), outDir: path.join(work, 'dist'), logFile });
      builds[state] = { wallMs: figures.wallMs, log: readBuildLog(logFile) };
    }
  });

  afterAll(() => {
    clearAstroCache(ROOT);
    releaseAstro?.();
    fs.rmSync(work, { recursive: true, force: true });
    removeTemporaryFolders();
  });

  it('makes every picture on the cold build and takes every one from the cache on the warm one', () => {
    const { cold, warm } = { cold: builds.cold.log, warm: builds.warm.log };
    expect(cold.pictures.made).toBeGreaterThanOrEqual(1);
    expect(cold.pictures.reused).toBe(0);
    expect(warm.pictures).toEqual({ made: 0, reused: cold.pictures.made, madeMs: 0 });
    for (const log of [cold, warm]) {
      expect(log.phases.setupMs).toBeGreaterThan(0);
      expect(log.phases.pagesMs).toBeGreaterThan(0);
      expect(log.phases.picturesMs).not.toBeNull();
      expect(log.phases.astroMs).toBeLessThan(builds.cold.wallMs + builds.warm.wallMs);
    }
  });

  it('counts the processed pictures the pages show, and weighs the members-only files', () => {
    const dist = path.join(work, 'dist');
    const output = measurePictureOutput(dist);
    expect(output.files).toBe(builds.warm.log.pictures.reused);
    const shown = new Set<string>();
    for (const file of fs.readdirSync(dist, { recursive: true }) as string[]) {
      if (!file.endsWith('.html')) continue;
      for (const [, src] of fs.readFileSync(path.join(dist, file), 'utf8').matchAll(/\/_astro\/([^"\s,]+\.webp)/g)) shown.add(src!);
    }
    expect([...shown].sort()).toEqual(fs.readdirSync(path.join(dist, '_astro')).filter((file) => file.endsWith('.webp')).sort());
    const members = measureMembersFiles(dist);
    expect(members.files).toBeGreaterThanOrEqual(3);
    expect(members.largestBytes).toBe(fs.statSync(path.join(dist, members.largestFile!)).size);
  });
});
