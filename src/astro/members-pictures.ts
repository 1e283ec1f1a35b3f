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

/** Where members-only pictures are kept encoded between builds, and each picture's digest from the content check (`checkPictures`). */
export interface MembersPictureCache {
  folder: string;
  digests: ReadonlyMap<string, string>;
}

/**
 * The picture as members read it, from the cache when the same pixels were
 * encoded before (the source is then not read at all): pictures of
 * members-only answers are never published beside the public ones.
 */
async function membersPictureBytes(picture: LocalImage, cache: MembersPictureCache): Promise<Uint8Array> {
  const digest = cache.digests.get(picture.key);
  if (!digest) throw new Error(`the picture ${picture.key} was not checked before it was encoded`);
  const cached = path.join(cache.folder, `${digest}.${MEMBERS_PICTURE_WIDTH}w.q${QUALITY}.webp`);
  const known = readCached(cached);
  if (known) return known;
  const [bytes] = (await encodeWebp(fs.readFileSync(picture.file), [MEMBERS_PICTURE_WIDTH], QUALITY)) as [Buffer];
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
  cache: MembersPictureCache,
  use: (picture: LocalImage, bytes: Uint8Array) => void | Promise<void>,
): Promise<void> {
  const atOnce = onePerCore();
  await Promise.all([...pictures].map((picture) => atOnce(async () => use(picture, await membersPictureBytes(picture, cache)))));
}
