import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureMembersFiles, measurePictureOutput, parseTimeStat, readBuildLog } from '../../../bench/lib/picture-figures.mjs';
import { evaluateTargets } from '../../../bench/lib/targets.mjs';
import { formatMembers, formatPictures, formatReport } from '../../../bench/lib/report.mjs';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

function folderWith(files: Record<string, number>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-picture-figures-'));
  folders.push(dir);
  for (const [file, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), Buffer.alloc(bytes));
  }
  return dir;
}

describe('the picture figures of a built site', () => {
  it('counts the processed pictures in _astro/, and nothing else there or elsewhere', () => {
    const dist = folderWith({ '_astro/a.Bx1.webp': 1200, '_astro/a.Bx2.webp': 800, '_astro/b.Cy.avif': 500, '_astro/site.css': 9000, '_astro/search.js': 7000, 'q/x/index.html': 300, 'favicon.png': 400 });
    expect(measurePictureOutput(dist)).toEqual({ files: 3, bytes: 2500 });
    expect(measurePictureOutput(folderWith({ 'index.html': 10 }))).toEqual({ files: 0, bytes: 0 });
  });

  it('weighs the encrypted members-only files and names the largest', () => {
    const dist = folderWith({ '_faq/m/manifest.json': 700, '_faq/m/aaa.bin': 64_000, '_faq/m/bbb.bin': 150_000, '_faq/m/ccc.bin': 2_000, '_faq/search/en/0.json': 999_999 });
    expect(measureMembersFiles(dist)).toEqual({ files: 4, bytes: 216_700, largestBytes: 150_000, largestFile: '_faq/m/bbb.bin' });
  });

  it("reads Astro's time stats", () => {
    expect(parseTimeStat('85ms')).toBe(85);
    expect(parseTimeStat('4.25s')).toBe(4250);
    expect(parseTimeStat('2m 5s')).toBe(125_000);
    expect(parseTimeStat('soon')).toBeNull();
  });

  it("reads from the build's log where the time went and how many pictures it made or took from its cache, colours and all", () => {
    const green = (text: string) => `\u001b[32m${text}\u001b[39m`;
    const dim = (text: string) => `\u001b[2m${text}\u001b[22m`;
    const log = [
      '01:02:00 [faq-site] members-only section: encrypted for 1 access code from FAQ_ACCESS_CODES',
      '01:02:00 [build] Collecting build info...',
      `01:02:00 [build] ${green('✓ Completed in 855ms.')}`,
      `01:02:01 [vite] ${green('✓ built in 929ms')}`,
      `01:02:01 [vite] ${green('✓ built in 1.20s')}`,
      '',
      `\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m`,
      `01:02:02   ${green('▶')} /q/a/index.html ${dim('(+3ms)')}`,
      `01:02:03 ${green('✓ Completed in 2.91s.')}`,
      '',
      `${dim('01:02:05')} ${'\u001b[1m\u001b[34m'}[faq-site]${'\u001b[22m\u001b[39m'} pictures: 40 files, 12 made (1.62s of encoding), 28 reused from the cache, in 2.10s`,
      `01:02:06 [build] 426 page(s) built in ${'\u001b[1m'}1m 2s${'\u001b[22m'}`,
      '01:02:06 [build] Complete!',
    ].join('\n');
    const dir = folderWith({});
    fs.writeFileSync(path.join(dir, 'build.log'), log);
    expect(readBuildLog(path.join(dir, 'build.log'))).toEqual({
      pictures: { made: 12, reused: 28, madeMs: 1620 },
      phases: { setupMs: 855, entrypointsMs: 2129, pagesMs: 2910, picturesMs: 2100, astroMs: 62_000 },
    });
    fs.writeFileSync(path.join(dir, 'plain.log'), log.split('\n').filter((line) => !/pictures:/.test(line)).join('\n'));
    expect(readBuildLog(path.join(dir, 'plain.log'))).toEqual({
      pictures: { made: 0, reused: 0, madeMs: 0 },
      phases: { setupMs: 855, entrypointsMs: 2129, pagesMs: 2910, picturesMs: null, astroMs: 62_000 },
    });
  });
});

describe('the picture rows of the report and their target', () => {
  const phases = (picturesMs: number | null) => ({ setupMs: 5_000, entrypointsMs: 1_500, pagesMs: 20_000, picturesMs, astroMs: 30_000 + (picturesMs ?? 0) });
  const build = (wallMs: number, log = { pictures: { made: 0, reused: 0, madeMs: 0 }, phases: phases(null) }, peakRssBytes = 700e6) => ({
    wallMs,
    peakRssBytes,
    distBytes: 150e6,
    distFiles: 9446,
    pagesWritten: 9000,
    pagesPerSecond: 100,
    log,
  });
  const sizeResult = (warmMs: number) => {
    const ours = build(52_000);
    const without = build(40_000);
    const cold = build(100_000, { pictures: { made: 3000, reused: 0, madeMs: 300_000 }, phases: phases(58_000) }, 1.03e9);
    const warm = build(warmMs, { pictures: { made: 0, reused: 3000, madeMs: 0 }, phases: phases(2_000) });
    return {
      entries: 10_000,
      ours,
      floor: build(16_000),
      ratio: { wall: 2.5, memory: 1.4 },
      errors: {},
      pageWeight: { sampled: 5, maxGzipBytes: 13_000, meanGzipBytes: 12_900, pages: [] },
      members: { files: 40, bytes: 357_000, largestBytes: 64_000, largestFile: '_faq/m/a.bin' },
      pictures: {
        count: 1000,
        without,
        cold,
        warm,
        coldRatio: cold.wallMs / without.wallMs,
        warmRatio: warm.wallMs / without.wallMs,
        output: { files: 3000, bytes: 45e6 },
        members: { files: 40, bytes: 1_200_000, largestBytes: 150_000, largestFile: '_faq/m/b.bin' },
      },
    };
  };

  it('holds the warm rebuild with pictures to 1.10× the build without', () => {
    const within = evaluateTargets([sizeResult(43_000)]).find((target) => target.name === 'warm rebuild with pictures / without')!;
    expect(within).toMatchObject({ value: 43_000 / 40_000, ok: true, limit: '≤ 1.10× at 10,000 entries', note: '1,000 pictures' });
    const over = evaluateTargets([sizeResult(46_000)]).find((target) => target.name === 'warm rebuild with pictures / without')!;
    expect(over).toMatchObject({ value: 46_000 / 40_000, ok: false });
    const memory = evaluateTargets([sizeResult(43_000)]).find((target) => target.name === 'peak memory (our build with pictures)')!;
    expect(memory).toMatchObject({ value: 1.03e9, ok: false, note: 'cold or warm' });
    const { pictures, ...withoutPictures } = sizeResult(43_000);
    expect(pictures.count).toBe(1000);
    expect(evaluateTargets([withoutPictures]).map((target) => target.name)).not.toContain('warm rebuild with pictures / without');
    expect(evaluateTargets([withoutPictures]).map((target) => target.name)).not.toContain('peak memory (our build with pictures)');
  });

  it('prints the builds side by side, the pictures in _astro/, the verdict and the members-only cost', () => {
    const text = formatPictures(sizeResult(46_000));
    expect(text).toMatch(/^10,000 entries, 1,000 pictures\s+no pictures\s+pictures, cold\s+pictures, warm$/m);
    expect(text).toMatch(/^wall time\s+40\.0 s\s+100\.0 s\s+46\.0 s$/m);
    expect(text).toMatch(/^ {2}compared with no pictures\s+2\.50×\s+1\.15×$/m);
    expect(text).toMatch(/^pictures made \/ reused from cache\s+3,000 \/ 0\s+0 \/ 3,000$/m);
    expect(text).toMatch(/^ {2}Astro: pictures\s+—\s+58\.0 s\s+2\.0 s$/m);
    expect(text).toMatch(/^ {2}Astro: pages\s+20\.0 s\s+20\.0 s\s+20\.0 s$/m);
    expect(text).toMatch(/^ {2}Astro: set-up \(content loaded and checked\)\s+5\.0 s\s+5\.0 s\s+5\.0 s$/m);
    expect(text).toMatch(/^ {2}Astro: the rest \(search, members-only files\)\s+3\.5 s\s+3\.5 s\s+3\.5 s$/m);
    expect(text).toMatch(/^ {2}before and after Astro\s+10\.0 s\s+12\.0 s\s+14\.0 s$/m);
    expect(text).toMatch(/^peak memory \(process tree\)\s+700\.0 MB\s+1\.03 GB\s+700\.0 MB$/m);
    expect(text).toContain('processed pictures in _astro/: 3,000 files, 45.0 MB');
    expect(text).toContain('warm rebuild / no pictures: 1.15× (MISSES ≤ 1.10×)');
    const members = formatMembers(sizeResult(43_000));
    expect(members).toMatch(/^members-only files \(_faq\/m\/\)\s+no pictures\s+pictures$/m);
    expect(members).toMatch(/^total size\s+357\.0 kB\s+1\.2 MB$/m);
    expect(members).toMatch(/^largest file\s+64\.0 kB\s+150\.0 kB$/m);
  });

  it('puts them in the whole report, with the targets after the sizes', () => {
    const size = sizeResult(43_000);
    const results = { machine: { cpus: 2, memoryBytes: 8e9, loadAverageAtStart: [1, 1, 1] }, node: 'v22', runs: 1, sizes: [size], targets: evaluateTargets([size]), otherBenches: {} };
    const report = formatReport(results);
    expect(report).toContain(formatPictures(size));
    expect(report).toContain(formatMembers(size));
    expect(report).toMatch(/^warm rebuild with pictures \/ without\s+≤ 1\.10× at 10,000 entries\s+1\.07×\s+ok \(1,000 pictures\)$/m);
    expect(report.indexOf('members-only files')).toBeLessThan(report.indexOf('\ntarget '));
  });
});
