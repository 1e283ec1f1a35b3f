import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';
import { CORPUS_GENERATOR, listFiles } from '../../support/astro-build.ts';

const folders: string[] = [];

function runGenerator(...args: string[]) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-pictures-test-'));
  folders.push(out);
  const result = spawnSync(process.execPath, [CORPUS_GENERATOR, '--out', out, ...args], { encoding: 'utf8' });
  return { out, ...result };
}

const filesOf = (dir: string) => new Map(listFiles(dir).map((file) => [file, fs.readFileSync(path.join(dir, file))]));
const isPicture = (file: string) => file.endsWith('.png');
/** A picture's reference as the generator writes it: alt text, then the file next to the entry. */
const PICTURE_REFERENCE = /^!\[([^\]]*)\]\(([a-z0-9-]+-screen\.png)\)$/gm;
const HAS_PICTURE = /^!\[[^\]]*\]\([a-z0-9-]+-screen\.png\)$/m;

afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

describe('the corpus generator with --images', () => {
  let withPictures: ReturnType<typeof runGenerator>;
  let files: Map<string, Buffer>;
  let pictures: string[];

  beforeAll(() => {
    withPictures = runGenerator('--n', '600', '--images', '60');
    expect(withPictures.status, withPictures.stderr).toBe(0);
    files = filesOf(withPictures.out);
    pictures = [...files.keys()].filter(isPicture);
  });

  it('writes the same bytes for the same options', () => {
    const again = runGenerator('--n', '600', '--images', '60');
    expect(again.status, again.stderr).toBe(0);
    expect(filesOf(again.out)).toEqual(files);
    expect(withPictures.stdout).toMatch(/^corpus: 600 entries \(.*\), 300 queries, 60 pictures → 665 files, /);
  });

  it('writes one distinct PNG of a phone screen, 30–150 kB, next to each of N entries', async () => {
    expect(pictures).toHaveLength(60);
    const digests = new Set<string>();
    for (const file of pictures) {
      expect(file).toMatch(/^content\/faq\/[a-z-]+\/[a-z-]+\/[a-z0-9-]+-screen\.png$/);
      expect(files.has(file.replace(/-screen\.png$/, '.md')), `${file} has no entry beside it`).toBe(true);
      const bytes = files.get(file)!;
      const { format, width, height, channels } = await sharp(bytes).metadata();
      expect({ format, width, height, channels }).toEqual({ format: 'png', width: 750, height: 1334, channels: 3 });
      // Decoding every pixel catches a corrupt stream that the header alone would not.
      const { info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
      expect(info.size).toBe(750 * 1334 * 3);
      expect(bytes.length).toBeGreaterThan(30_000);
      expect(bytes.length).toBeLessThan(150_000);
      digests.add(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(digests.size).toBe(60);
  });

  it('references each picture from its own entry with alt text in the entry’s language', () => {
    const referenced = new Map<string, string>();
    for (const [file, bytes] of files) {
      if (!file.endsWith('.md')) continue;
      const text = bytes.toString('utf8');
      for (const [, alt, picture] of text.matchAll(PICTURE_REFERENCE)) {
        expect(picture, file).toBe(`${path.basename(file, '.md')}-screen.png`);
        if (/^lang: zh$/m.test(text)) expect(alt).toMatch(/^Hollis App 中.+的.+界面$/u);
        else expect(alt).toMatch(/^The [A-Z][\w -]+ screen in the Hollis app, for the [A-Z][\w -]+$/);
        referenced.set(`${path.dirname(file)}/${picture}`, alt!);
      }
    }
    expect([...referenced.keys()].sort()).toEqual(pictures.map((file) => file).sort());
  });

  it('spreads pictures over published entries, English and Chinese, public and members-only, in their proportion', () => {
    const entries = [...files].filter(([file]) => file.endsWith('.md')).map(([, bytes]) => {
      const text = bytes.toString('utf8');
      return { group: `${/^lang: (\w+)$/m.exec(text)![1]} ${/^audience: \[loyal\]$/m.test(text) ? 'members' : 'public'}`, draft: /^draft: true$/m.test(text), picture: HAS_PICTURE.test(text) };
    });
    const published = entries.filter((entry) => !entry.draft);
    expect(entries.filter((entry) => entry.picture).every((entry) => !entry.draft)).toBe(true);
    const groups = [...new Set(published.map((entry) => entry.group))].sort();
    expect(groups).toEqual(['en members', 'en public', 'zh members', 'zh public']);
    for (const group of groups) {
      const share = (60 * published.filter((entry) => entry.group === group).length) / published.length;
      const pictured = published.filter((entry) => entry.group === group && entry.picture).length;
      expect(pictured, group).toBeGreaterThanOrEqual(Math.floor(share));
      expect(pictured, group).toBeLessThanOrEqual(Math.ceil(share));
    }
  });

  it('loads with no problem: every picture is found and described', () => {
    const { problems } = loadContent(path.join(withPictures.out, 'content'), { includeDrafts: true });
    expect(problems).toEqual([]);
  });

  it('changes nothing else: without the pictures and their references, the corpus is the one --images 0 writes', () => {
    const without = runGenerator('--n', '600', '--images', '0');
    const plain = runGenerator('--n', '600');
    expect(without.status, without.stderr).toBe(0);
    const baseline = filesOf(without.out);
    expect(filesOf(plain.out)).toEqual(baseline);
    expect([...baseline.keys()].some(isPicture)).toBe(false);
    const stripped = new Map(
      [...files].filter(([file]) => !isPicture(file)).map(([file, bytes]) => [file, Buffer.from(bytes.toString('utf8').replace(/\n!\[[^\]]*\]\([a-z0-9-]+-screen\.png\)\n/g, ''))]),
    );
    expect(stripped).toEqual(baseline);
    expect(without.stdout).not.toMatch(/\d+ pictures/);
  });

  it('refuses a bad --images, saying how to fix it, and writes nothing', () => {
    const fraction = runGenerator('--n', '50', '--images', '2.5');
    expect(fraction.status).toBe(2);
    expect(fraction.stderr).toContain('generate: --images must be a whole number of pictures, 0 or more');
    const tooMany = runGenerator('--n', '50', '--images', '500');
    expect(tooMany.status).toBe(2);
    expect(tooMany.stderr).toMatch(/generate: --images 500 asks for more pictures than the \d+ published entries: use at most \d+/);
    for (const run of [fraction, tooMany]) expect(fs.readdirSync(run.out)).toEqual([]);
  });
});
