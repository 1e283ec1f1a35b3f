import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { onePerCore } from '../core/one-per-core.ts';
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
async function membersPictureBytes(picture: LocalImage, cacheDir: string): Promise<Uint8Array> {
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
  // Written whole, then renamed, so a build that stops midway leaves no half file to reuse; named for this write
  // alone, since two pictures with the same pixels may be encoded at once.
  const partial = `${cached}.${randomUUID()}.partial`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, cached);
  return bytes;
}

/**
 * Each picture as members read it, handed to `use` as it is ready: encoded a
 * few at a time, one per core, since encoding is most of a cold build's
 * members-only work.
 */
export async function forEachMembersPicture(
  pictures: Iterable<LocalImage>,
  cacheDir: string,
  use: (picture: LocalImage, bytes: Uint8Array) => void | Promise<void>,
): Promise<void> {
  const atOnce = onePerCore();
  await Promise.all([...pictures].map((picture) => atOnce(async () => use(picture, await membersPictureBytes(picture, cacheDir)))));
}
