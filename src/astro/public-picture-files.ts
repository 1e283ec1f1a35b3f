import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onePerCore } from '../core/one-per-core.ts';
import { PUBLIC_PICTURE_ENCODING, type PictureFile, type PublicPicture } from '../core/site/public-pictures.ts';
import { encodeWebp, readCached, writeCached } from './picture-encoding.ts';

/** What writing the public pictures took: files written, and how many were encoded or taken from the cache. */
export interface PicturesWritten {
  files: number;
  made: number;
  reused: number;
  /** The time spent encoding, added up over pictures (they are encoded several at once: work, not wall time). */
  encodingMs: number;
}

/** Where public pictures are kept encoded between builds, inside Astro's cache folder. */
export function publicPicturesCache(cacheDir: URL): string {
  return fileURLToPath(new URL('faq-pictures/', cacheDir));
}

/**
 * Writes every file of every public picture into the output folder: from
 * the cache when these pixels were encoded at that width before, else
 * encoded now, a picture per core at a time, and kept for the next build.
 */
export async function writePublicPictures(pictures: Iterable<PublicPicture>, root: string, cacheDir: string): Promise<PicturesWritten> {
  const written: PicturesWritten = { files: 0, made: 0, reused: 0, encodingMs: 0 };
  const atOnce = onePerCore();
  const folders = new Set<string>();
  await Promise.all(
    [...pictures].map((item) =>
      atOnce(async () => {
        const { made, encodingMs } = await cachePictureFiles(item, item.files, cacheDir);
        for (const file of item.files) {
          const target = path.join(root, file.path);
          const folder = path.dirname(target);
          if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
          folders.add(folder);
          fs.copyFileSync(cachedFile(cacheDir, file), target);
        }
        written.files += item.files.length;
        written.made += made;
        written.reused += item.files.length - made;
        written.encodingMs += encodingMs;
      }),
    ),
  );
  return written;
}

/** One file of a public picture, as the dev server sends it: from the cache, or encoded now and kept there. */
export async function publicPictureBytes(item: PublicPicture, file: PictureFile, cacheDir: string): Promise<Buffer> {
  const cached = readCached(cachedFile(cacheDir, file));
  if (cached) return cached;
  await cachePictureFiles(item, [file], cacheDir);
  return fs.readFileSync(cachedFile(cacheDir, file));
}

/** Encodes the files of `files` the cache lacks, reading the source once for them all. */
async function cachePictureFiles(item: PublicPicture, files: readonly PictureFile[], cacheDir: string): Promise<{ made: number; encodingMs: number }> {
  const missing = files.filter((file) => !fs.existsSync(cachedFile(cacheDir, file)));
  if (missing.length === 0) return { made: 0, encodingMs: 0 };
  const started = performance.now();
  const encoded = await encodeWebp(
    fs.readFileSync(item.picture.file),
    missing.map((file) => file.width),
    PUBLIC_PICTURE_ENCODING.quality,
  );
  missing.forEach((file, index) => writeCached(cachedFile(cacheDir, file), encoded[index]!));
  return { made: missing.length, encodingMs: performance.now() - started };
}

function cachedFile(cacheDir: string, file: PictureFile): string {
  return path.join(cacheDir, `${file.id}.${PUBLIC_PICTURE_ENCODING.format}`);
}
