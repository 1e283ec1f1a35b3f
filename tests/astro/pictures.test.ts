import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyContent, listFiles, readOutput, removeTemporaryFolders, TEST_ACCESS_CODE, type BuildResult } from '../support/astro-build.ts';
import { decryptFile, unlockKeyring } from '../../src/core/gate/index.ts';
import type { MembersCatalogue, MembersManifest, MembersShard } from '../../src/core/gate/section-format.ts';

/** A colour of this run's own: pictures drawn with it were never processed before, by any build. */
const runColour = `#${randomBytes(3).toString('hex')}`;

/** A drawn screen: distinct colours per picture, so its bytes are its own. */
async function screen(width: number, height: number, colour: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f4f6f8"/><rect width="100%" height="${height / 8}" fill="${colour}"/><circle cx="${width / 2}" cy="${height / 2}" r="${width / 5}" fill="${colour}"/><rect y="${height - 8}" width="100%" height="8" fill="${runColour}"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

let contentDir: string;
let secretPicture: Buffer;

beforeAll(async () => {
  contentDir = copyContent('tests/fixtures/valid/content');
  const append = (file: string, text: string) => fs.appendFileSync(path.join(contentDir, file), text);
  append('site.yaml', 'url: https://help.acme.example\n');
  fs.writeFileSync(path.join(contentDir, 'faq/orders/return-label.png'), await screen(1600, 1000, '#3a6ea5'));
  fs.mkdirSync(path.join(contentDir, 'images'));
  fs.writeFileSync(path.join(contentDir, 'images/logo.png'), await screen(400, 100, '#a5563a'));
  append('faq/orders/return-window.md', '\n![The return label screen](return-label.png)\n\nAnd the logo:\n\n![""](logo.png)\n');
  append('faq/orders/refund-timing.md', '\n![The Acme logo](logo.png)\n');
  secretPicture = await screen(1800, 1200, '#5a3aa5');
  fs.writeFileSync(path.join(contentDir, 'faq/products/calibration-violet.png'), secretPicture);
  append('faq/products/widget-tuning.md', '\n![The violet calibration light](calibration-violet.png)\n');
}, 60_000);

afterAll(removeTemporaryFolders);

describe('a site whose answers show pictures from the content folder', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ contentDir });
  }, 180_000);

  it('shows each as responsive WebP files with its size reserved, the first eagerly and the rest lazily', async () => {
    expect(build.status, build.output).toBe(0);
    const page = readOutput(build.outDir, 'q/return-window/index.html');
    const pictures = [...page.matchAll(/<img [^>]*>/g)].map((match) => match[0]);
    expect(pictures).toHaveLength(2);
    const [label, logo] = pictures as [string, string];
    expect(label).toMatch(/ alt="The return label screen"/);
    expect(label).toMatch(/ class="picture" width="1600" height="1000" loading="eager" decoding="async"/);
    expect(label).toMatch(/ sizes="\(min-width: 48rem\) 46rem, calc\(100vw - 2rem\)"/);
    const candidates = /srcset="([^"]+)"/.exec(label)![1]!.split(', ');
    expect(candidates.map((candidate) => candidate.split(' ')[1])).toEqual(['480w', '960w', '1440w']);
    for (const [index, candidate] of candidates.entries()) {
      const picture = await sharp(fs.readFileSync(path.join(build.outDir, candidate.split(' ')[0]!))).metadata();
      expect(picture).toMatchObject({ format: 'webp', width: [480, 960, 1440][index] });
    }
    expect(label).toMatch(/ src="\/_astro\/return-label\.[\w-]+\.webp"/);
    expect(/ src="([^"]+)"/.exec(label)![1]).toBe(candidates[1]!.split(' ')[0]);
    expect(logo).toMatch(/ alt="" class="picture" width="400" height="100" loading="lazy"/);
  });

  it('processes a picture once however many answers show it, and publishes no source file', () => {
    const files = listFiles(build.outDir);
    expect(files.filter((file) => file.startsWith('_astro/logo.')).length).toBe(1);
    // The only PNGs are the home-screen icons the build draws itself.
    expect(files.filter((file) => /\.png$/i.test(file) && !file.startsWith('icons/'))).toEqual([]);
    const pictures = files.filter((file) => file.endsWith('.webp'));
    expect(pictures.every((file) => /^_astro\/[\w-]+\.[\w-]+\.webp$/.test(file))).toBe(true);
  });

  it('gives pictures absolute addresses in faq.json and the feed, and shows them in the handbook', () => {
    const json = JSON.parse(readOutput(build.outDir, 'faq.json')) as { entries: { id: string; answer: { html: string } }[] };
    const answer = json.entries.find((entry) => entry.id === 'return-window')!.answer.html;
    expect(answer).toMatch(/<img src="https:\/\/help\.acme\.example\/_astro\/return-label\.[\w-]+\.webp" srcset="https:\/\/help\.acme\.example\/_astro\//);
    expect(readOutput(build.outDir, 'feed.xml')).toMatch(/&#60;img src=&#34;https:\/\/help\.acme\.example\/_astro\/return-label\./);
    expect(readOutput(build.outDir, 'handbook/index.html')).toMatch(/<img src="\/_astro\/return-label\.[\w-]+\.webp" srcset=/);
  });

  it('encrypts a members-only answer\'s picture in a file of its own, bounded in size, and publishes it nowhere else', async () => {
    const secretName = 'calibration-violet';
    for (const file of listFiles(build.outDir)) {
      expect(file.includes(secretName), file).toBe(false);
      const bytes = fs.readFileSync(path.join(build.outDir, file));
      expect(bytes.includes(secretPicture.subarray(100, 164)), file).toBe(false);
      expect(bytes.toString('latin1').includes(secretName), file).toBe(false);
    }
    const manifest = JSON.parse(readOutput(build.outDir, '_faq/m/manifest.json')) as MembersManifest;
    const key = (await unlockKeyring(manifest.keyring, TEST_ACCESS_CODE))!.tierKeys.get(0)!;
    const open = async (name: string) => decryptFile(key, name, fs.readFileSync(path.join(build.outDir, `_faq/m/${name}.bin`)));
    const catalogue = JSON.parse(gunzipSync(await open(manifest.catalogues.en![0]!)).toString()) as MembersCatalogue;
    const tuning = catalogue.entries.find((entry) => entry.question.includes('calibration'))!;
    const shard = JSON.parse(gunzipSync(await open(catalogue.shards[tuning.shard]!)).toString()) as MembersShard;
    const html = shard.entries[tuning.id]!.html;
    const name = /<img src="faq-members-picture:([\w-]+)" alt="The violet calibration light" class="picture" width="1800" height="1200"/.exec(html)![1]!;
    const picture = await sharp(Buffer.from(await open(name))).metadata();
    expect(picture).toMatchObject({ format: 'webp', width: 960, height: 640 });
    expect(fs.statSync(path.join(build.outDir, `_faq/m/${name}.bin`)).size).toBeLessThan(64 * 1024);
    // Kept encoded for the next build under the digest the content check gave the source, so a rebuild reads no source.
    const cached = path.join('.cache/astro/faq-members-pictures', `${createHash('sha256').update(secretPicture).digest('hex')}.960w.q75.webp`);
    expect((await sharp(fs.readFileSync(cached)).metadata()).width).toBe(960);
  });

  it('makes each picture file once, and takes every one from the cache on the next build, the same bytes', () => {
    // Astro colours its log where it detects a CI, as on a terminal.
    const said = (output: string) => /pictures: (\d+) files, (\d+) made \([^)]*\), (\d+) reused from the cache/.exec(output.replace(/\u001b\[[0-9;]*m/g, ''))?.slice(1).map(Number);
    // The return label at 480, 960 and 1440 pixels wide; the logo, narrower than any of those, at its own 400.
    expect(said(build.output)).toEqual([4, 4, 0]);
    const again = buildSite({ contentDir });
    expect(again.status, again.output).toBe(0);
    expect(said(again.output)).toEqual([4, 0, 4]);
    const pictures = listFiles(build.outDir).filter((file) => file.endsWith('.webp'));
    expect(pictures).toHaveLength(4);
    for (const file of pictures) expect(fs.readFileSync(path.join(again.outDir, file)).equals(fs.readFileSync(path.join(build.outDir, file))), file).toBe(true);
  }, 180_000);
});

describe('pictures of members-only answers behind the host\'s login', () => {
  it('are files under /members/, never Astro assets', () => {
    const hosted = copyContent(contentDir);
    const siteFile = path.join(hosted, 'site.yaml');
    fs.writeFileSync(siteFile, fs.readFileSync(siteFile, 'utf8').replace('gate:\n', 'gate:\n  mode: host\n'));
    const build = buildSite({ contentDir: hosted });
    expect(build.status, build.output).toBe(0);
    const page = readOutput(build.outDir, 'members/q/widget-tuning/index.html');
    const src = /<img src="(\/members\/_pictures\/[0-9a-f]+\.webp)" alt="The violet calibration light" class="picture" width="1800" height="1200"/.exec(page)![1]!;
    expect(fs.existsSync(path.join(build.outDir, src))).toBe(true);
    expect(listFiles(build.outDir).filter((file) => file.includes('calibration'))).toEqual([]);
  }, 180_000);
});
