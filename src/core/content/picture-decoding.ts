import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { onePerCore } from '../one-per-core.ts';
import sharp from 'sharp';
import type { LocalImage, LocalImages } from './local-images.ts';
import type { Problem } from './types.ts';

/**
 * Pictures whose header reads well but whose pixels don't (a file cut short
 * by a failed copy, a broken upload): the image pipeline would fail on them
 * midway through the build. Each file is decoded once, a few at a time; with
 * `cacheDir`, a file decoded well before (by its digest) is not decoded again.
 */
export async function undecodablePictures(images: LocalImages | undefined, cacheDir?: string): Promise<Problem[]> {
  const atOnce = onePerCore();
  const pictures = [...(images?.files.values() ?? [])];
  const decoded = await Promise.all(pictures.map((picture) => atOnce(() => decodesOnce(picture, cacheDir))));
  return pictures.flatMap((picture, index) => {
    if (decoded[index]) return [];
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
}

/**
 * A picture is known by its digest, and, so that a rebuild need not read
 * every picture again, by the path, size and modification time of the file
 * that had it: a fresh clone gives every file a new time, and is then checked
 * by digest.
 */
async function decodesOnce(picture: LocalImage, cacheDir: string | undefined): Promise<boolean> {
  const stat = fs.statSync(picture.file);
  const sameFile = cacheDir && path.join(cacheDir, `file-${digestOf(`${picture.file}\0${stat.size}\0${stat.mtimeMs}\0${stat.ino}`)}`);
  if (sameFile && fs.existsSync(sameFile)) return true;
  const bytes = fs.readFileSync(picture.file);
  const samePixels = cacheDir && path.join(cacheDir, digestOf(bytes));
  if (!(samePixels && fs.existsSync(samePixels)) && !(await decodes(bytes))) return false;
  if (cacheDir) {
    fs.mkdirSync(cacheDir, { recursive: true });
    for (const marker of [samePixels, sameFile]) if (marker) fs.writeFileSync(marker, '');
  }
  return true;
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
