import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
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
  const atOnce = pLimit(os.availableParallelism());
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

async function decodesOnce(picture: LocalImage, cacheDir: string | undefined): Promise<boolean> {
  const bytes = fs.readFileSync(picture.file);
  const marker = cacheDir && path.join(cacheDir, createHash('sha256').update(bytes).digest('hex'));
  if (marker && fs.existsSync(marker)) return true;
  if (!(await decodes(bytes))) return false;
  if (marker) {
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.writeFileSync(marker, '');
  }
  return true;
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
