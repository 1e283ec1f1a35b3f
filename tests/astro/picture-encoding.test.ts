import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeWebp, readCached, writeCached } from '../../src/astro/picture-encoding.ts';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-picture-encoding-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const solid = (width: number, height: number, background = '#3a6ea5') => sharp({ create: { width, height, channels: 3, background } });

describe('encoding a picture for the site', () => {
  it('gives one WebP per width, never wider than the source', async () => {
    const encoded = await encodeWebp(await solid(1600, 1000).png().toBuffer(), [480, 960, 2000], 80);
    const sizes = await Promise.all(encoded.map(async (bytes) => sharp(bytes).metadata()));
    expect(sizes.map(({ format, width, height }) => [format, width, height])).toEqual([
      ['webp', 480, 300],
      ['webp', 960, 600],
      ['webp', 1600, 1000],
    ]);
  });

  it('turns a photo upright by its EXIF orientation', async () => {
    // Stored 400×200 and marked "rotate 90°": shown 200 wide and 400 tall.
    const photo = await solid(400, 200).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const [upright] = await encodeWebp(photo, [480], 80);
    expect(await sharp(upright).metadata()).toMatchObject({ width: 200, height: 400 });
  });

  it('keeps an animated GIF animated, every frame', async () => {
    const frames = await Promise.all(['#ff0000', '#00ff00', '#0000ff'].map(async (colour) => solid(64, 48, colour).raw().toBuffer()));
    const gif = await sharp(Buffer.concat(frames), { raw: { width: 64, height: 48 * 3, channels: 3, pageHeight: 48 } }).gif({ delay: [100, 100, 100] }).toBuffer();
    const [webp] = await encodeWebp(gif, [480], 80);
    expect(await sharp(webp).metadata()).toMatchObject({ format: 'webp', pages: 3, width: 64, height: 48 });
  });
});

describe('the picture cache', () => {
  it('gives back what was written, whole, and nothing for a file never written', () => {
    const file = path.join(scratch, 'cache/abc.webp');
    expect(readCached(file)).toBeUndefined();
    writeCached(file, Buffer.from('picture bytes'));
    expect(readCached(file)?.toString()).toBe('picture bytes');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['abc.webp']);
  });
});
