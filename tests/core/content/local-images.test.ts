import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';
import { entry, scratchContent, type ScratchContent } from '../../support/editor-mistakes.ts';

let scratch: ScratchContent | undefined;
afterEach(() => scratch?.remove());

async function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3a6ea5' } }).png().toBuffer();
}

/** A copy of the valid fixture with entries (path → Markdown) and files (path → bytes) added. */
function contentWith(files: Record<string, string | Buffer>, links: Record<string, string> = {}) {
  scratch = scratchContent((dir) => {
    for (const [file, contents] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), contents);
    }
    for (const [link, target] of Object.entries(links)) fs.symlinkSync(path.join(dir, target), path.join(dir, link));
  });
  const result = loadContent(scratch.dir, { includeDrafts: false });
  const label = (file: string) => path.relative(process.cwd(), path.join(scratch!.dir, file));
  const problems = result.problems.map(({ file, line, message, hint, severity }) => ({ file, line, message, hint, severity }));
  return { ...result, problems, label };
}

describe('pictures in the content folder', () => {
  it('are read next to the entry, or by bare name from the shared images/ folder, each with its format and size', async () => {
    const { content, problems } = contentWith({
      'faq/setup/wifi.md': entry('How do I join Wi-Fi?', '', 'Open the app.\n\n![The Wi-Fi screen in the app](wifi-router.png "Wi-Fi")\n\n![The Hollis logo](logo.png)\n'),
      'faq/setup/wifi-router.png': await png(750, 1334),
      'images/logo.png': await png(320, 80),
    });
    expect(problems).toEqual([]);
    const files = content!.images!.files;
    expect([...files.keys()].sort()).toEqual(['faq/setup/wifi-router.png', 'images/logo.png']);
    expect(files.get('faq/setup/wifi-router.png')).toMatchObject({ format: 'png', width: 750, height: 1334 });
    expect(Object.fromEntries(content!.images!.used.get('faq/setup/wifi.md')!)).toEqual({ 'wifi-router.png': 'faq/setup/wifi-router.png', 'logo.png': 'images/logo.png' });
  });

  it('are each named with file and line when missing, outside the content folder, unreadable, SVG or symbolic links, all in one run', async () => {
    const { problems, label } = contentWith({
      'faq/setup/broken.md': entry(
        'What do broken pictures do?',
        '',
        [
          '![Missing](gone.png)',
          '',
          '![Outside](../../../secret.png)',
          '',
          '![Not a picture](notes.png)',
          '',
          '![A drawing](diagram.svg)',
          '',
          '![Linked](linked.png)',
          '',
          '![Bitmap](old.bmp)',
        ].join('\n'),
      ),
      'faq/setup/notes.png': 'This is text, saved with the wrong name.\n',
      'faq/setup/diagram.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"></svg>',
      'faq/setup/old.bmp': Buffer.concat([Buffer.from('BM'), Buffer.alloc(12), Buffer.from([40, 0, 0, 0, 10, 0, 0, 0, 10, 0, 0, 0, 1, 0, 24, 0]), Buffer.alloc(24)]),
    }, { 'faq/setup/linked.png': 'faq/setup/old.bmp' });
    const file = label('faq/setup/broken.md');
    const formats = 'PNG, JPEG, WebP, GIF or AVIF';
    expect(problems).toEqual([
      // The folder listing names every symbolic link it meets; the answer's check names the line that shows one.
      { file: label('faq/setup/linked.png'), line: undefined, severity: 'error', message: `this is a symbolic link (to ${path.join(scratch!.dir, 'faq/setup/old.bmp')}), and the build does not follow links`, hint: 'copy the file or folder into the content folder instead of linking to it' },
      { file, line: 6, severity: 'error', message: `the picture "gone.png" does not exist (looked for ${label('faq/setup/gone.png')} or ${label('images/gone.png')})`, hint: 'check the file name and its case, or add the picture there' },
      { file, line: 8, severity: 'error', message: 'the picture "../../../secret.png" is outside the content folder', hint: 'put the picture in the content folder, next to the entry or in images/, and link it from there' },
      { file, line: 10, severity: 'error', message: 'the picture "faq/setup/notes.png" is not a picture the build can read: the file is damaged or in an unknown format', hint: `save it again as ${formats}` },
      { file, line: 12, severity: 'error', message: 'the picture "faq/setup/diagram.svg" is an SVG drawing, which answers cannot show: a drawing can carry script', hint: `export it as ${formats}` },
      { file, line: 14, severity: 'error', message: 'the picture "faq/setup/linked.png" is a symbolic link, and the build does not follow links', hint: 'copy the picture into the content folder instead of linking to it' },
      { file, line: 16, severity: 'error', message: 'the picture "faq/setup/old.bmp" is BMP, which the build does not process', hint: `save it as ${formats}` },
    ]);
  });

  it('need alt text, and ![""](…) marks one as decorative', async () => {
    const { problems, label, content } = contentWith({
      'faq/setup/alt.md': entry('Which pictures need words?', '', 'Intro.\n\n![](screen.png)\n\n![""](divider.png)\n\n![   ](https://example.com/x.png)\n'),
      'faq/setup/screen.png': await png(40, 40),
      'faq/setup/divider.png': await png(400, 4),
    });
    const file = label('faq/setup/alt.md');
    expect(problems.filter((problem) => problem.message.includes('alt text'))).toEqual([
      { file, line: 8, severity: 'error', message: 'the picture "screen.png" has no alt text', hint: 'describe what it shows, as in ![The Wi-Fi screen in the app](screen.png); for a picture that only decorates, write ![""](screen.png)' },
      { file, line: 12, severity: 'error', message: 'the picture "https://example.com/x.png" has no alt text', hint: 'describe what it shows, as in ![The Wi-Fi screen in the app](https://example.com/x.png); for a picture that only decorates, write ![""](https://example.com/x.png)' },
    ]);
    expect(content!.images!.files.has('faq/setup/divider.png')).toBe(true);
  });

  it('larger than images.sizeWarningKB are a warning, once per picture however many answers show it', async () => {
    const noisy = await sharp({ create: { width: 600, height: 600, channels: 3, background: '#000000', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).png().toBuffer();
    expect(noisy.length).toBeGreaterThan(100 * 1024);
    const { problems, label } = contentWith({
      'site.yaml': `${fs.readFileSync('tests/fixtures/valid/content/site.yaml', 'utf8')}images:\n  sizeWarningKB: 100\n`,
      'faq/setup/one.md': entry('Which photo is big?', '', '![A photo of the hub](../../images/photo.png)\n'),
      'faq/setup/two.md': entry('Where is the big photo again?', '', '![A photo of the hub](photo.png)\n'),
      'images/photo.png': noisy,
    });
    expect(problems).toEqual([
      {
        file: label('faq/setup/one.md'),
        line: 6,
        severity: 'warning',
        message: `the picture "images/photo.png" is ${(noisy.length / 1024 / 1024).toFixed(1)} MB; readers get a smaller copy, but a file this large slows every clone and build`,
        hint: 'save it smaller (under 100 kB, a screenshot as PNG or WebP, a photo as JPEG), or raise images.sizeWarningKB in site.yaml',
      },
    ]);
  });
});
