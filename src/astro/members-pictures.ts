import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { LocalImage } from '../core/content/local-images.ts';

/**
 * One WebP per members-only picture, at most this wide: a phone at 2× or the
 * answer column at 1×. A single size keeps each encrypted file bounded (an
 * encrypted file cannot offer a `srcset`).
 */
export const MEMBERS_PICTURE_WIDTH = 960;
const QUALITY = 75;

/**
 * The picture as members read it, from the cache when the same source was
 * encoded before: pictures of members-only answers never go through Astro's
 * pipeline, which would publish them under `_astro/`.
 */
export async function membersPictureBytes(picture: LocalImage, cacheDir: string): Promise<Uint8Array> {
  const source = fs.readFileSync(picture.file);
  const digest = createHash('sha256').update(`${MEMBERS_PICTURE_WIDTH}:${QUALITY}:`).update(source).digest('hex');
  const cached = path.join(cacheDir, `${digest}.webp`);
  if (fs.existsSync(cached)) return fs.readFileSync(cached);
  const bytes = await sharp(source)
    .rotate()
    .resize({ width: MEMBERS_PICTURE_WIDTH, withoutEnlargement: true })
    .webp({ quality: QUALITY })
    .toBuffer();
  fs.mkdirSync(cacheDir, { recursive: true });
  // Written whole, then renamed, so a build that stops midway leaves no half file to reuse.
  fs.writeFileSync(`${cached}.partial`, bytes);
  fs.renameSync(`${cached}.partial`, cached);
  return bytes;
}
