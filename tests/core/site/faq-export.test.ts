import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';
import { buildSite } from '../../../src/core/site/build-site.ts';
import { FAQ_FILE_BYTES, faqExport, faqFileBytes } from '../../../src/core/site/faq-export.ts';
import type { Content, Entry } from '../../../src/core/content/types.ts';

interface ExportFile {
  version: number;
  title: string;
  url: string;
  languages: string[];
  part?: number;
  parts?: string[];
  next?: string;
  entries: { id: string; lang: string; question: string; answer: { html: string } }[];
}

/** The valid fixture with `count` more questions in English and in Chinese, each with an answer of about `answerChars` characters. */
function withManyEntries(count: number, answerChars: number): Content {
  const content = loadContent('tests/fixtures/valid/content', { includeDrafts: false }).content!;
  const model = content.entries.find((entry) => entry.id === 'return-window' && entry.lang === 'en')!;
  const copies = Array.from({ length: count }, (_, index): Entry[] => [
    { ...model, id: `copy-${index + 1}`, question: `Copy question ${index + 1}?`, aliases: [], related: [], body: `Answer ${index + 1}. ${'x'.repeat(answerChars)}` },
    { ...model, lang: 'zh', id: `copy-${index + 1}`, question: `复制的问题 ${index + 1}？`, aliases: [], related: [], body: `答案 ${index + 1}。${'退货'.repeat(answerChars / 2)}` },
  ]).flat();
  return { ...content, site: { ...content.site, url: 'https://help.example.com' }, entries: [...content.entries, ...copies] };
}

const parse = (bytes: Uint8Array) => JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as ExportFile;

describe('the export of a site that fits in one file', () => {
  const { model, membersOnly } = buildSite(loadContent('tests/fixtures/valid/content', { includeDrafts: false }).content!);
  const exported = faqExport(model);

  it('is faq.json alone, with the fields it has always had and every public entry', () => {
    expect(exported.files).toEqual(['faq.json']);
    const file = parse(exported.body(1));
    expect(Object.keys(file)).toEqual(['version', 'title', 'url', 'languages', 'entries']);
    expect(file).toMatchObject({ version: 1, title: 'Acme Help', url: '/', languages: ['en', 'zh'] });
    const publicIds = model.languages.flatMap((view) => view.entryOrder.map((id) => `${view.lang}/${id}`));
    expect(file.entries.map((entry) => `${entry.lang}/${entry.id}`)).toEqual(publicIds);
    const hidden = membersOnly.flatMap((view) => view.entries.map((entry) => `${entry.lang}/${entry.id}`));
    expect(hidden.length).toBeGreaterThan(0);
    for (const id of hidden) expect(publicIds).not.toContain(id);
  });

  it('is the same file when asked for again, as the dev server asks on every request', () => {
    const first = faqExport(model).body(1);
    expect(faqExport(model).body(1)).toEqual(first);
    expect(exported.body(1)).toEqual(first);
  });

  it('keeps the limit under Cloudflare’s 25 MiB a file', () => {
    expect(FAQ_FILE_BYTES).toBeLessThan(25 * 2 ** 20);
  });
});

describe('the export of a site too large for one file', () => {
  const { model } = buildSite(withManyEntries(40, 2000));
  const whole = parse(faqExport(model, Number.MAX_SAFE_INTEGER).body(1));
  const limit = 20_000;
  const exported = faqExport(model, limit);
  const files = exported.files.map((_, index) => exported.body(index + 1));

  it('is split into faq.json, faq-2.json… each within the limit in UTF-8 bytes', () => {
    expect(exported.files.length).toBeGreaterThan(5);
    expect(exported.files.slice(0, 3)).toEqual(['faq.json', 'faq-2.json', 'faq-3.json']);
    for (const file of files) expect(file.length).toBeLessThanOrEqual(limit);
  });

  it('keeps faq.json’s fields in every part, and names every part from each', () => {
    const urls = exported.files.map((name) => `https://help.example.com/${name}`);
    files.map(parse).forEach((file, index) => {
      expect(file).toMatchObject({ version: 1, title: whole.title, url: 'https://help.example.com/', languages: ['en', 'zh'], part: index + 1, parts: urls });
      expect(file.next).toBe(urls[index + 1]);
    });
  });

  it('is the same file every time a part is asked for, as the dev server asks on every request', () => {
    const again = faqExport(model, limit);
    exported.files.forEach((_, index) => {
      expect(exported.body(index + 1)).toEqual(files[index]);
      expect(again.body(index + 1)).toEqual(files[index]);
    });
  });

  it('holds every entry of the whole export exactly once, in its order, for a reader who follows next from faq.json', () => {
    const byUrl = new Map(exported.files.map((name, index) => [`https://help.example.com/${name}`, parse(files[index]!)]));
    const read: ExportFile['entries'] = [];
    for (let file: ExportFile | undefined = parse(exported.body(1)); file; file = file.next ? byUrl.get(file.next) : undefined) read.push(...file.entries);
    expect(read).toEqual(whole.entries);
    expect(read.filter((entry) => entry.lang === 'zh').length).toBeGreaterThan(40);
  });

  it('gives an entry larger than a whole file a file of its own rather than dropping it', () => {
    const huge = faqExport(model, 3000);
    const sizes = huge.files.map((_, index) => parse(huge.body(index + 1)).entries.length);
    expect(sizes.every((size) => size === 1)).toBe(true);
    expect(sizes).toHaveLength(whole.entries.length);
  });
});

describe('the limit a build uses', () => {
  it('is 20 MB unless FAQ_JSON_PART_BYTES sets another', () => {
    expect(faqFileBytes(undefined)).toBe(FAQ_FILE_BYTES);
    expect(faqFileBytes('')).toBe(FAQ_FILE_BYTES);
    expect(faqFileBytes('5000000')).toBe(5_000_000);
  });

  it('refuses a setting that is not a number of bytes, saying how to fix it', () => {
    expect(() => faqFileBytes('20MB')).toThrow('FAQ_JSON_PART_BYTES is "20MB", not a number of bytes — set a whole number of at least 1000, such as 20000000, or leave it unset for 20000000');
    expect(() => faqFileBytes('12')).toThrow(/not a number of bytes/);
  });
});
