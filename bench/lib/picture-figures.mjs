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
 * What Astro's log says about its pictures: one line per picture it wrote,
 * `▶ /_astro/x.webp (before: 120kB, after: 31kB) (+85ms) (3/40)` when it
 * made the picture and `(reused cache entry)` when it took it from the
 * cache, so a warm rebuild that makes pictures again shows here. `madeMs`
 * adds up the times of the pictures it made (they overlap, so it measures
 * work, not wall time); `stepMs` is the time Astro reports for the whole
 * step ("✓ Completed in 4.2s." after "generating optimized images").
 */
export function readPictureLog(logFile) {
  const lines = fs.readFileSync(logFile, 'utf8').replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const figures = { made: 0, reused: 0, madeMs: 0, stepMs: null };
  let inStep = false;
  for (const line of lines) {
    if (/generating optimized images/.test(line)) {
      inStep = true;
      continue;
    }
    if (!inStep) continue;
    const completed = /Completed in (.+?)\.?$/.exec(line);
    if (completed) {
      figures.stepMs = parseTimeStat(completed[1]);
      inStep = false;
      continue;
    }
    const picture = /▶ \S+ \((reused cache entry|revalidated cache entry|before: [^)]*)\) \(\+([^)]+)\)/.exec(line);
    if (!picture) continue;
    if (picture[1].startsWith('before')) {
      figures.made++;
      figures.madeMs += parseTimeStat(picture[2]) ?? 0;
    } else {
      figures.reused++;
    }
  }
  return figures;
}
