import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/**
 * One source picture as WebP at each of `widths` (never enlarged), turned
 * upright by its EXIF orientation. The source is read once for all widths,
 * and an animated GIF or WebP stays animated.
 */
export async function encodeWebp(source: Buffer, widths: readonly number[], quality: number): Promise<Buffer[]> {
  // `failOn: 'none'`: the pixels were checked when the content was loaded; a warning from the decoder is not a reason to stop here.
  const input = sharp(source, { failOn: 'none', pages: -1 });
  return Promise.all(widths.map((width) => input.clone().rotate().resize({ width, withoutEnlargement: true }).webp({ quality, loop: 0 }).toBuffer()));
}

/** A file of the picture cache, or nothing when it was never written. */
export function readCached(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Writes a file of the picture cache whole, then renames it: a build that
 * stops midway leaves no half file to reuse. Named for this write alone,
 * since two pictures with the same pixels may be encoded at once.
 */
export function writeCached(file: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${randomUUID()}.partial`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, file);
}
