import fs from 'node:fs';
import path from 'node:path';
import { MEMBERS_FOLDER } from '../../src/core/output-folders.ts';

/** Where Vite and Astro put hashed build assets, processed pictures among them. */
const ASSETS_FOLDER = '_astro';
const PICTURE_EXTENSIONS = /\.(webp|avif|png|jpe?g|gif)$/i;

/** Files of `folder` and their sizes, or none when it does not exist. */
function filesIn(folder) {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => {
      const file = path.join(item.parentPath, item.name);
      return { file, bytes: fs.statSync(file).size };
    });
}

/** The processed pictures a build wrote (`_astro/*.webp` and other picture formats): how many and how heavy. */
export function measurePictureOutput(distDir) {
  const pictures = filesIn(path.join(distDir, ASSETS_FOLDER)).filter(({ file }) => PICTURE_EXTENSIONS.test(file));
  return { files: pictures.length, bytes: pictures.reduce((sum, picture) => sum + picture.bytes, 0) };
}

/**
 * The encrypted members-only section: every file's bytes, and the largest
 * one, which is what one returning customer may have to download at once.
 */
export function measureMembersFiles(distDir) {
  const files = filesIn(path.join(distDir, MEMBERS_FOLDER));
  const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a), { file: '', bytes: 0 });
  return {
    files: files.length,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    largestBytes: largest.bytes,
    largestFile: largest.file ? path.relative(distDir, largest.file) : null,
  };
}

/** Astro's time stats: `85ms`, `1.23s` or `2m 5s`. */
export function parseTimeStat(text) {
  const match = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(text.trim());
  if (!match) return null;
  const [, minutes, amount, unit] = match;
  return Math.round(Number(minutes ?? 0) * 60_000 + Number(amount) * (unit === 's' ? 1000 : 1));
}

/**
 * What a build's log says about where its time went and what it did with
 * pictures. The build writes one line for its pictures,
 * `[faq-site] pictures: 40 files, 12 made (3.10s of encoding), 28 reused
 * from the cache, in 1.20s`, so a warm rebuild that makes pictures again
 * shows here; `madeMs` is the encoding time added up over pictures (they
 * overlap: work, not wall time). `phases` are Astro's own timings: its
 * set-up (`setupMs`, "Collecting build info", which holds our integration
 * loading and checking the content, pictures included), Vite's bundles
 * (`entrypointsMs`), the pages (`pagesMs`, "generating static routes"),
 * the pictures (`picturesMs`, the wall time of the line above, written after
 * the pages; null when there was no such step) and the whole of Astro's build
 * (`astroMs`, "N page(s) built in"); what the wall time adds to `astroMs` is
 * starting Node and Astro before, and publishing the output after.
 */
export function readBuildLog(logFile) {
  const lines = fs.readFileSync(logFile, 'utf8').replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const pictures = { made: 0, reused: 0, madeMs: 0 };
  const phases = { setupMs: null, entrypointsMs: 0, pagesMs: null, picturesMs: null, astroMs: null };
  let step = null;
  for (const line of lines) {
    if (/\[build\] Collecting build info/.test(line)) step = 'setupMs';
    else if (/ generating static routes /.test(line)) step = 'pagesMs';
    const vite = /\[vite\] ✓ built in (.+)$/.exec(line);
    if (vite) phases.entrypointsMs += parseTimeStat(vite[1]) ?? 0;
    const total = /\d+ page\(s\) built in (.+)$/.exec(line);
    if (total) phases.astroMs = parseTimeStat(total[1]);
    const completed = /^(?:[\d:]+ )?(?:\[build\] )?✓ Completed in (.+?)\.?$/.exec(line.trim());
    if (completed && step) {
      phases[step] = parseTimeStat(completed[1]);
      step = null;
    }
    const written = /\[faq-site\] pictures: \d+ files, (\d+) made \((\S+) of encoding\), (\d+) reused from the cache, in (\S+)$/.exec(line);
    if (!written) continue;
    pictures.made += Number(written[1]);
    pictures.madeMs += parseTimeStat(written[2]) ?? 0;
    pictures.reused += Number(written[3]);
    phases.picturesMs = parseTimeStat(written[4]);
  }
  return { pictures, phases };
}
