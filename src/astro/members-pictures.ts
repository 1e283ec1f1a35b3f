import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { onePerCore } from '../core/one-per-core.ts';
import type { LocalImage } from '../core/content/local-images.ts';
import { encodeWebp, readCached, writeCached } from './picture-encoding.ts';

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
  const known = readCached(cached);
  if (known) return known;
  const [bytes] = (await encodeWebp(source, [MEMBERS_PICTURE_WIDTH], QUALITY)) as [Buffer];
  writeCached(cached, bytes);
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
