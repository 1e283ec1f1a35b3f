import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';
import { formatProblem } from '../../../src/core/content/problems.ts';
import { buildSite } from '../../../src/core/site/build-site.ts';
import { contrastRatio, contrastingInk, iconLetter, letterIconSvg } from '../../../src/core/site/letter-icon.ts';
import { shortNameOf } from '../../../src/core/site/web-app.ts';
import { contentWithSite, removeContentCopies } from '../../support/content-copies.ts';

afterAll(removeContentCopies);

const modelOf = (dir: string, base?: string) => {
  const { content, problems } = loadContent(dir, { includeDrafts: false });
  expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
  return buildSite(content!, { base }).model;
};

describe('the web app manifest', () => {
  it('gives each language its own name, start page and shortcuts, under the site\'s base, with the default colours and icons', () => {
    const model = modelOf('tests/fixtures/valid/content', '/help/');
    const [en, zh] = model.languages;
    expect(en!.app.manifestUrl).toBe('/help/manifest.webmanifest');
    expect(zh!.app.manifestUrl).toBe('/help/zh/manifest.webmanifest');
    expect(en!.app.manifest).toMatchObject({ id: '/help/', name: 'Acme Help', short_name: 'Acme Help', lang: 'en', start_url: '/help/', scope: '/help/', display: 'standalone', theme_color: '#1d4ed8', background_color: '#ffffff' });
    expect(zh!.app.manifest).toMatchObject({ id: '/help/zh/', name: 'Acme 帮助中心', short_name: 'Acme 帮助中心', lang: 'zh', start_url: '/help/zh/', scope: '/help/' });
    expect(zh!.app.manifest.shortcuts).toEqual([
      { name: '搜索', url: '/help/zh/search/' },
      { name: '提问', url: '/help/zh/ask/' },
    ]);
    expect(en!.app.manifest.icons).toEqual([
      { src: '/help/icons/app-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/help/icons/app-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/help/icons/app-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
    expect(model.appIcons.files.filter((file) => file.appleTouch).map((file) => [file.url, file.size])).toEqual([['/help/icons/apple-touch-icon.png', 180]]);
    expect(model.appIcons.source).toEqual({ kind: 'letter', letter: 'A', background: '#1d4ed8', ink: '#ffffff' });
  });

  it('takes the names, colours and icon from site.yaml\'s app settings', () => {
    const { dir } = contentWithSite('app:\n  name: { en: Acme Support, zh: Acme 支持 }\n  shortName: Acme\n  themeColor: "#fde68a"\n  backgroundColor: "#000"\n  icon: images/icon.png\n');
    fs.mkdirSync(path.join(dir, 'images'));
    return sharp({ create: { width: 512, height: 512, channels: 3, background: '#ff0000' } })
      .png()
      .toFile(path.join(dir, 'images', 'icon.png'))
      .then(() => {
        const model = modelOf(dir);
        expect(model.languages.map((view) => [view.app.manifest.name, view.app.manifest.short_name, view.app.themeColor, view.app.manifest.background_color])).toEqual([
          ['Acme Support', 'Acme', '#fde68a', '#000'],
          ['Acme 支持', 'Acme', '#fde68a', '#000'],
        ]);
        expect(model.appIcons.source).toMatchObject({ kind: 'picture', picture: { key: 'images/icon.png', width: 512, height: 512 }, background: '#000' });
      });
  });

  it('refuses colours that are not hex and icons that are missing, not square or too small, each on its line, all in one run', async () => {
    const { dir, siteLabel } = contentWithSite('app:\n  themeColor: "red; background: url(x)"\n  backgroundColor: "#ffffff\\" onload=\\"x"\n  icon: images/wide.png\n');
    fs.mkdirSync(path.join(dir, 'images'));
    await sharp({ create: { width: 600, height: 400, channels: 3, background: '#ff0000' } }).png().toFile(path.join(dir, 'images', 'wide.png'));
    const errors = loadContent(dir, { includeDrafts: false }).problems.map(formatProblem);
    expect(errors).toEqual([
      `${siteLabel}:10: \`app.themeColor\`: "red; background: url(x)" is not a colour — write it in hex, like "#1d4ed8" (quoted, so YAML does not read # as a comment)`,
      `${siteLabel}:11: \`app.backgroundColor\`: "#ffffff\\" onload=\\"x" is not a colour — write it in hex, like "#1d4ed8" (quoted, so YAML does not read # as a comment)`,
      `${siteLabel}:12: app.icon: the icon "images/wide.png" is 600×400 pixels, not square — crop it to a square: phones show home-screen icons in a square or a circle`,
    ]);

    for (const [icon, expected] of [
      ['images/small.png', /:10: app\.icon: the icon "images\/small\.png" is 256×256 pixels, smaller than 512×512 — export it at 512×512 pixels or more/],
      ['images/none.png', /:10: app\.icon: the picture "images\/none\.png" does not exist/],
    ] as const) {
      const copy = contentWithSite(`app:\n  icon: ${icon}\n`);
      fs.mkdirSync(path.join(copy.dir, 'images'));
      await sharp({ create: { width: 256, height: 256, channels: 3, background: '#ff0000' } }).png().toFile(path.join(copy.dir, 'images', 'small.png'));
      expect(loadContent(copy.dir, { includeDrafts: false }).problems.map(formatProblem)).toEqual([expect.stringMatching(expected)]);
    }
  });
});

describe('the short name under the home-screen icon', () => {
  it.each([
    ['Acme Help', 'Acme Help'],
    ['Lumen Home Help Center', 'Lumen Home'],
    ['Lumen Home 帮助中心', 'Lumen Home'],
    ['Supercalifragilistic Help', 'Supercalifra'],
    ['帮助中心', '帮助中心'],
  ])('of "%s" is "%s": at most 12 characters, whole words where they fit', (title, expected) => {
    expect(shortNameOf(title)).toBe(expected);
    expect([...shortNameOf(title)].length).toBeLessThanOrEqual(12);
  });
});

describe('the default icon', () => {
  it('shows the title\'s first Latin letter or digit, else a question mark', () => {
    expect(iconLetter('lumen Home')).toBe('L');
    expect(iconLetter('Ärzte Hilfe')).toBe('A');
    expect(iconLetter('帮助中心 Lumen')).toBe('L');
    expect(iconLetter('3D Print Help')).toBe('3');
    expect(iconLetter('帮助中心')).toBe('?');
  });

  it('draws the letter in ink that reads on the theme colour (WCAG 4.5:1 or better)', () => {
    for (const background of ['#1d4ed8', '#fde68a', '#ffffff', '#000000', '#0f766e', '#f97316']) {
      expect(contrastRatio(background, contrastingInk(background))).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastingInk('#fde68a')).toBe('#111827');
    expect(contrastingInk('#1d4ed8')).toBe('#ffffff');
  });

  it('draws with paths, not text, so it looks the same on a machine without fonts, and keeps the letter inside a maskable icon\'s safe circle', async () => {
    const svg = letterIconSvg({ letter: 'W', size: 512, background: '#1d4ed8', ink: '#ffffff', rounded: false });
    expect(svg).not.toContain('<text');
    expect(svg).toContain('<path');
    // Ink only where the letter is: every white pixel lies within the middle circle of 40% radius.
    const { data, info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
    let inkPixels = 0;
    let farthest = 0;
    for (let y = 0; y < info.height; y++) {
      for (let x = 0; x < info.width; x++) {
        const at = (y * info.width + x) * info.channels;
        if (data[at]! > 200 && data[at + 1]! > 200) {
          inkPixels++;
          farthest = Math.max(farthest, Math.hypot(x - 256, y - 256));
        }
      }
    }
    expect(inkPixels).toBeGreaterThan(5000);
    expect(farthest).toBeLessThan(512 * 0.4);
  });
});
