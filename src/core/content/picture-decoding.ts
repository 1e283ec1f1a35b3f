import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { LocalImages } from './local-images.ts';
import type { Problem } from './types.ts';

/**
 * Pictures whose header reads well but whose pixels don't (a file cut short
 * by a failed copy, a broken upload): the image pipeline would fail on them
 * midway through the build. Each file is decoded once; with `cacheDir`, a
 * file decoded well before (by its digest) is not decoded again.
 */
export async function undecodablePictures(images: LocalImages | undefined, cacheDir?: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const picture of images?.files.values() ?? []) {
    const bytes = fs.readFileSync(picture.file);
    const marker = cacheDir && path.join(cacheDir, createHash('sha256').update(bytes).digest('hex'));
    if (marker && fs.existsSync(marker)) continue;
    try {
      await sharp(bytes, { failOn: 'truncated' }).stats();
    } catch {
      const where = images!.firstUse.get(picture.key);
      problems.push({
        file: where?.file ?? picture.key,
        line: where?.line,
        message: `the picture "${picture.key}" is damaged: its pixels can't be read`,
        hint: 'open it in an image editor and save it again, or copy it again from the original',
        severity: 'error',
      });
      continue;
    }
    if (marker) {
      fs.mkdirSync(cacheDir, { recursive: true });
      fs.writeFileSync(marker, '');
    }
  }
  return problems;
}
