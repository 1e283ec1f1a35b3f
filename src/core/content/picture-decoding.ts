import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { onePerCore } from '../one-per-core.ts';
import sharp from 'sharp';
import type { LocalImage, LocalImages } from './local-images.ts';
import type { Problem } from './types.ts';

export interface PictureCheck {
  /** Each picture whose pixels can't be read, with the first answer that shows it. */
  problems: Problem[];
  /** By key, the SHA-256 of each picture that decodes: processed pictures are named and cached by it. */
  digests: Map<string, string>;
}

/**
 * Pictures whose header reads well but whose pixels don't (a file cut short
 * by a failed copy, a broken upload): the image pipeline would fail on them
 * midway through the build. Each file is decoded once, a few at a time; with
 * `cacheDir`, a file decoded well before (by its digest) is not decoded again.
 */
export async function checkPictures(images: LocalImages | undefined, cacheDir?: string): Promise<PictureCheck> {
  const atOnce = onePerCore();
  const pictures = [...(images?.files.values() ?? [])];
  const digests = await Promise.all(pictures.map((picture) => atOnce(() => decodedDigest(picture, cacheDir))));
  const problems = pictures.flatMap((picture, index): Problem[] => {
    if (digests[index]) return [];
    const where = images!.firstUse.get(picture.key);
    return [
      {
        file: where?.file ?? picture.key,
        line: where?.line,
        message: `the picture "${picture.key}" is damaged: its pixels can't be read`,
        hint: 'open it in an image editor and save it again, or copy it again from the original',
        severity: 'error',
      },
    ];
  });
  return { problems, digests: new Map(pictures.flatMap((picture, index) => (digests[index] ? [[picture.key, digests[index]]] : []))) };
}

/**
 * The digest of a picture that decodes, else nothing. A picture is known by
 * its digest, and, so that a rebuild need not read every picture again, by
 * the path, size and modification time of the file that had it (the mark
 * holds the digest): a fresh clone gives every file a new time, and is then
 * checked by digest.
 */
async function decodedDigest(picture: LocalImage, cacheDir: string | undefined): Promise<string | undefined> {
  const stat = fs.statSync(picture.file);
  const sameFile = cacheDir && path.join(cacheDir, `file-${digestOf(`${picture.file}\0${stat.size}\0${stat.mtimeMs}\0${stat.ino}`)}`);
  const known = sameFile && readMark(sameFile);
  if (known) return known;
  const bytes = fs.readFileSync(picture.file);
  const digest = digestOf(bytes);
  const samePixels = cacheDir && path.join(cacheDir, digest);
  if (!(samePixels && fs.existsSync(samePixels)) && !(await decodes(bytes))) return undefined;
  if (cacheDir) {
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.writeFileSync(samePixels!, '');
    fs.writeFileSync(sameFile!, digest);
  }
  return digest;
}

/** A file's mark: its digest, or nothing when there is no mark or it holds no digest (as marks of older builds). */
function readMark(file: string): string | undefined {
  try {
    const digest = fs.readFileSync(file, 'utf8');
    return /^[0-9a-f]{64}$/.test(digest) ? digest : undefined;
  } catch {
    return undefined;
  }
}

function digestOf(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Shrinking a picture to a few pixels, without the decoder's own shortcut
 * for shrinking, reads every pixel while holding few of them: as thorough as
 * sharp's `stats()`, about a ninth of its time.
 */
async function decodes(bytes: Buffer): Promise<boolean> {
  try {
    await sharp(bytes, { failOn: 'truncated' }).resize({ width: 8, fastShrinkOnLoad: false }).raw().toBuffer();
    return true;
  } catch {
    return false;
  }
}
