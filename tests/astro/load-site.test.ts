import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import markdownIt, { type MarkdownIt } from 'markdown-it';
import { contentWithSite, removeContentCopies } from '../support/content-copies.ts';
import { loadSite } from '../../src/astro/load-site.ts';
import { loadContent } from '../../src/core/content/load.ts';
import { TEST_ACCESS_CODE } from '../support/astro-build.ts';
import { createRenderer } from '../../src/core/markdown/create-renderer.ts';
import { markdownToText } from '../../src/core/markdown/text.ts';
import { uiStrings } from '../../src/core/i18n/strings.ts';
import { answerUnder } from '../../src/core/site/answer-under.ts';

// What the build checks beyond the content itself, before anything is written:
// BASE_PATH from the environment, and what loading the content finds, as the build reports it.

afterAll(removeContentCopies);

describe('BASE_PATH from the environment', () => {
  it('is validated like base: in site.yaml, and the build stops with every problem', async () => {
    const { dir, siteLabel } = contentWithSite('feedback: { endpoint: "http://forms.example.com/f/1" }\n');
    const error = await loadSite({ root: '.', contentDir: dir, includeDrafts: false, base: '/a { return 200 "x"; }' }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.split('\n')).toEqual(
      [
        'The content has 2 errors; nothing was written.',
        `${siteLabel}:9: \`feedback.endpoint\`: "http://forms.example.com/f/1" is not an https:// URL the site can send feedback to — write it like https://forms.example.com/f/abc123: https only, no user name or password, and no spaces, quotes, ; , $ or backslashes`,
        'BASE_PATH: "/a { return 200 \\"x\\"; }" is not a path of URL-safe segments — write it like /help/: letters, digits, - _ . ~ between slashes, starting and ending with /',
      ],
    );
  });
});

describe('FAQ_JSON_PART_BYTES from the environment', () => {
  it('stops the build before anything is read when it is not a number of bytes, saying what to set, with no stack trace', async () => {
    const error = await loadSite({ root: '.', contentDir: 'tests/fixtures/valid/content', includeDrafts: false }, { FAQ_ACCESS_CODES: TEST_ACCESS_CODE, FAQ_JSON_PART_BYTES: '20MB' }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('FAQ_JSON_PART_BYTES is "20MB", not a number of bytes — set a whole number of at least 1000, such as 20000000, or leave it unset for 20000000');
    expect((error as Error).stack).toBe('');
  });
});

describe('images in answers', () => {
  it('are reported with their file and line when site.yaml does not allow their origin, members-only answers included', async () => {
    const { dir } = contentWithSite('images:\n  origins: [https://cdn.example.com]\n');
    const entry = path.join(dir, 'faq/products/widget-tuning.md');
    fs.appendFileSync(entry, '\n![calibration](https://cdn.example.com/calibration.png)\n\n![A pixel](https://tracker.example/pixel.gif)\n');
    const label = path.relative(process.cwd(), entry);
    const error = await loadSite({ root: dir, contentDir: dir, includeDrafts: false }, { FAQ_ACCESS_CODES: TEST_ACCESS_CODE }).catch((caught: Error) => caught);
    expect((error as Error).message).toBe(
      [
        'The content has 1 error; nothing was written.',
        `${label}:12: the image "https://tracker.example/pixel.gif" comes from https://tracker.example, which site.yaml does not allow, so the site's security policy blocks it — put the image on this site and link it as /path, or add https://tracker.example to images.origins in site.yaml`,
      ].join('\n'),
    );
  });
});

describe('reading answers', () => {
  it('parses each answer once for its checks, its page and its search text, with the same HTML and text as reading it alone', async () => {
    const { dir } = contentWithSite('videos:\n  providers: [youtube]\n');
    // A video embed, a reference link and a heading: the parts of an answer that the checks and the page read differently.
    fs.appendFileSync(path.join(dir, 'faq/orders/return-window.md'), '\n## Watch first\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nThen read [refunds](faq:refund-timing#why).\n');
    const parse = vi.spyOn(Object.getPrototypeOf(markdownIt()) as MarkdownIt, 'parse');
    try {
      const site = await loadSite({ root: dir, contentDir: dir, includeDrafts: false }, { FAQ_ACCESS_CODES: TEST_ACCESS_CODE });
      const parsedBodies = parse.mock.calls.map(([markdown]) => markdown);
      parse.mockRestore();
      const { entries } = loadContent(dir, { includeDrafts: false }).content!;
      for (const entry of entries) expect(parsedBodies.filter((markdown) => markdown === entry.body)).toHaveLength(1);

      const entry = entries.find((item) => item.id === 'return-window' && item.lang === 'en')!;
      const view = site.model.languages[0]!.entries['return-window']!;
      const alone = createRenderer({ videoProviders: ['youtube'] })(entry.body, {
        idPrefix: 'return-window--',
        strings: uiStrings('en'),
        resolveReference: (kind, id) =>
          kind === 'faq' ? { href: `/q/${id}/`, title: site.model.languages[0]!.entries[id]!.question } : { href: `/p/${id}/`, title: site.model.languages[0]!.products.find((product) => product.id === id)!.name },
      });
      expect(view.html).toBe(alone.html);
      expect(view.html).toContain('<a href="/q/refund-timing/#why" title=');
      expect(view.html).toContain('<faq-video');
      expect(answerUnder(view, 3)).toBe(answerUnder(alone, 3));
      expect(answerUnder(view, 3)).toContain('<h4 id="return-window--watch-first">');
      expect(view.text).toBe(markdownToText(entry.body));
      expect(view.text).toContain('Watch first\nhttps://youtu.be/dQw4w9WgXcQ\nThen read refunds.');
    } finally {
      parse.mockRestore();
    }
  });
});

describe('the loaded site', () => {
  it('keeps the settings and synonyms the outputs read, and none of the entries the model was built from', async () => {
    const site = await loadSite({ root: '.', contentDir: 'tests/fixtures/valid/content', includeDrafts: false }, { FAQ_ACCESS_CODES: TEST_ACCESS_CODE });
    expect(site.content.site.title).toBeDefined();
    expect(site.content.synonyms.length).toBeGreaterThan(0);
    expect(Object.keys(site.content).sort()).toEqual(['site', 'synonyms']);
  });
});
