import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';
import { createHash } from 'node:crypto';
import { checkPictures } from '../../../src/core/content/picture-decoding.ts';
import { entry, scratchContent, type ScratchContent } from '../../support/editor-mistakes.ts';

let scratch: ScratchContent | undefined;

async function undecodablePictures(...args: Parameters<typeof checkPictures>) {
  return (await checkPictures(...args)).problems;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
afterEach(() => scratch?.remove());

describe('pictures whose pixels cannot be read', () => {
  it('are named with the file and line of the answer that shows them, and pictures that decode are remembered', async () => {
    const whole = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3a6ea5', noise: { type: 'gaussian', mean: 120, sigma: 30 } } }).resize(300).png().toBuffer();
    scratch = scratchContent((dir) => {
      fs.mkdirSync(path.join(dir, 'faq/setup'));
      fs.writeFileSync(path.join(dir, 'faq/setup/pair.md'), entry('How do I pair the hub?', '', 'Open the app.\n\n![The pairing screen](pair.png)\n\n![The hub](hub.png)\n'));
      // Cut short, as by a failed copy: the header still reads, the pixels don't.
      fs.writeFileSync(path.join(dir, 'faq/setup/pair.png'), whole.subarray(0, Math.floor(whole.length / 2)));
      fs.writeFileSync(path.join(dir, 'faq/setup/hub.png'), whole);
    });
    const { content, problems } = loadContent(scratch.dir, { includeDrafts: false });
    expect(problems).toEqual([]);
    const cache = path.join(scratch.outside, 'decoded');
    const found = await undecodablePictures(content!.images, cache);
    expect(found).toEqual([
      {
        file: path.relative(process.cwd(), path.join(scratch.dir, 'faq/setup/pair.md')),
        line: 8,
        message: 'the picture "faq/setup/pair.png" is damaged: its pixels can\'t be read',
        hint: 'open it in an image editor and save it again, or copy it again from the original',
        severity: 'error',
      },
    ]);
    expect(fs.readdirSync(cache)).toHaveLength(2);
    expect(await undecodablePictures(content!.images, cache)).toHaveLength(1);
  });

  it('are found again when a picture that decoded is damaged in place, even at the same size', async () => {
    const whole = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#3a6ea5', noise: { type: 'gaussian', mean: 120, sigma: 30 } } }).png().toBuffer();
    scratch = scratchContent((dir) => {
      fs.mkdirSync(path.join(dir, 'faq/setup'));
      fs.writeFileSync(path.join(dir, 'faq/setup/pair.md'), entry('How do I pair the hub?', '', 'Open the app.\n\n![The pairing screen](pair.png)\n'));
      fs.writeFileSync(path.join(dir, 'faq/setup/pair.png'), whole);
    });
    const picture = path.join(scratch.dir, 'faq/setup/pair.png');
    const { content } = loadContent(scratch.dir, { includeDrafts: false });
    const cache = path.join(scratch.outside, 'decoded');
    expect(await undecodablePictures(content!.images, cache)).toEqual([]);
    expect(await undecodablePictures(content!.images, cache)).toEqual([]);

    // The second half overwritten with zeros: the same size, a later modification time.
    const half = Math.floor(whole.length / 2);
    fs.writeFileSync(picture, Buffer.concat([whole.subarray(0, half), Buffer.alloc(whole.length - half)]));
    fs.utimesSync(picture, new Date(), new Date(Date.now() + 5_000));
    expect((await undecodablePictures(content!.images, cache)).map((problem) => problem.message)).toEqual(['the picture "faq/setup/pair.png" is damaged: its pixels can\'t be read']);

    fs.writeFileSync(picture, whole.subarray(0, 100));
    expect(await undecodablePictures(content!.images, cache)).toHaveLength(1);
  });

  it('are each named, in whatever format, among many that decode', async () => {
    const noise = sharp({ create: { width: 300, height: 200, channels: 3, background: '#a55a3a', noise: { type: 'gaussian', mean: 120, sigma: 30 } } });
    const formats = ['png', 'jpeg', 'webp', 'gif'] as const;
    const pictures = await Promise.all(formats.map((format) => noise.clone()[format]().toBuffer()));
    const cutShort = new Set(['jpeg', 'webp']);
    scratch = scratchContent((dir) => {
      fs.mkdirSync(path.join(dir, 'faq/setup'));
      const body = formats.map((format) => `![A ${format} screen](screen-${format}.${format === 'jpeg' ? 'jpg' : format})\n`).join('\n');
      fs.writeFileSync(path.join(dir, 'faq/setup/screens.md'), entry('Which screens does the app show?', '', `The app shows these.\n\n${body}`));
      formats.forEach((format, index) => {
        const bytes = pictures[index]!;
        fs.writeFileSync(path.join(dir, `faq/setup/screen-${format}.${format === 'jpeg' ? 'jpg' : format}`), cutShort.has(format) ? bytes.subarray(0, Math.floor(bytes.length * 0.6)) : bytes);
      });
    });
    const { content, problems } = loadContent(scratch.dir, { includeDrafts: false });
    expect(problems).toEqual([]);
    const found = await undecodablePictures(content!.images, path.join(scratch.outside, 'decoded'));
    expect(found.map((problem) => [problem.message, problem.line])).toEqual([
      ['the picture "faq/setup/screen-jpeg.jpg" is damaged: its pixels can\'t be read', 10],
      ['the picture "faq/setup/screen-webp.webp" is damaged: its pixels can\'t be read', 12],
    ]);
  });

  it('leave every picture that decodes known by its digest, on the first check as on a check that reads nothing again', async () => {
    const pictures = await Promise.all(['#3a6ea5', '#a55a3a'].map((background) => sharp({ create: { width: 200, height: 120, channels: 3, background } }).png().toBuffer()));
    scratch = scratchContent((dir) => {
      fs.mkdirSync(path.join(dir, 'faq/setup'));
      fs.writeFileSync(path.join(dir, 'faq/setup/pair.md'), entry('How do I pair the hub?', '', 'Open the app.\n\n![The pairing screen](pair.png)\n\n![The hub](hub.png)\n\n![A cut screen](cut.png)\n'));
      fs.writeFileSync(path.join(dir, 'faq/setup/pair.png'), pictures[0]!);
      fs.writeFileSync(path.join(dir, 'faq/setup/hub.png'), pictures[1]!);
      fs.writeFileSync(path.join(dir, 'faq/setup/cut.png'), pictures[1]!.subarray(0, 60));
    });
    const { content } = loadContent(scratch.dir, { includeDrafts: false });
    const cache = path.join(scratch.outside, 'decoded');
    const expected = new Map([
      ['faq/setup/pair.png', sha256(pictures[0]!)],
      ['faq/setup/hub.png', sha256(pictures[1]!)],
    ]);
    const first = await checkPictures(content!.images, cache);
    expect(first.digests).toEqual(expected);
    expect(first.problems.map((problem) => problem.message)).toEqual(['the picture "faq/setup/cut.png" is damaged: its pixels can\'t be read']);
    expect((await checkPictures(content!.images, cache)).digests).toEqual(expected);
    expect((await checkPictures(content!.images)).digests).toEqual(expected);
  });

  it('are none in a content folder without pictures', async () => {
    const { content } = loadContent('tests/fixtures/valid/content', { includeDrafts: false });
    expect(await undecodablePictures(content!.images, path.join(os.tmpdir(), 'unused'))).toEqual([]);
  });
});
