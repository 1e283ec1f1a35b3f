import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';
import { formatProblems } from '../../../src/core/content/problems.ts';
import { loadSite } from '../../../src/astro/load-site.ts';

const VALID = 'tests/fixtures/valid/content';
const INVALID = 'tests/fixtures/invalid/content';

describe('loading a content folder', () => {
  it('reads site settings, the category tree, products, synonyms and entries', () => {
    const { content, problems } = loadContent(VALID, { includeDrafts: false });
    expect(problems).toEqual([]);
    expect(content!.site.languages).toEqual(['en', 'zh']);
    expect(content!.site.title).toEqual({ en: 'Acme Help', zh: 'Acme 帮助中心' });
    expect(content!.categories.map((category) => category.path)).toEqual(['orders', 'products']);
    expect(content!.categories[0]!.children.map((category) => category.path)).toEqual(['orders/returns', 'orders/shipping']);
    expect(content!.synonyms).toEqual([['refund', 'money back', '退款'], ['return', 'send back']]);
    expect(content!.entries.map((entry) => `${entry.lang}:${entry.id}`).sort()).toEqual([
      'en:refund-timing',
      'en:return-window',
      'en:widget-tuning',
      'zh:return-window',
    ]);
  });

  it('normalizes shorthand front matter into one shape', () => {
    const { content } = loadContent(VALID, { includeDrafts: false });
    const refund = content!.entries.find((entry) => entry.id === 'refund-timing')!;
    expect(refund.audience).toEqual(['new']);
    expect(refund.categories).toEqual(['orders/returns', 'orders/shipping']);
    expect(refund.lang).toBe('en');
    expect(refund.also).toEqual([]);
    expect(refund.priority).toBe(60);
    const returns = content!.entries.find((entry) => entry.id === 'return-window' && entry.lang === 'en')!;
    expect(returns.updated).toBe('2026-10-01');
    expect(returns.bodyLine).toBe(12);
  });

  it('marks an entry members-only when every audience it names is gated', () => {
    const { content } = loadContent(VALID, { includeDrafts: false });
    const membersOnly = content!.entries.filter((entry) => entry.membersOnly).map((entry) => entry.id);
    expect(membersOnly).toEqual(['widget-tuning']);
  });

  it('leaves drafts out of production and keeps them while editing', () => {
    const production = loadContent(VALID, { includeDrafts: false }).content!;
    const editing = loadContent(VALID, { includeDrafts: true }).content!;
    expect(production.entries.some((entry) => entry.id === 'what-is-widget')).toBe(false);
    expect(editing.entries.find((entry) => entry.id === 'what-is-widget')?.draft).toBe(true);
  });

  it('reports a missing content folder instead of crashing', () => {
    const { content, problems } = loadContent('tests/fixtures/no-such-folder', { includeDrafts: false });
    expect(content).toBeUndefined();
    expect(formatProblems(problems)).toBe('tests/fixtures/no-such-folder: the content folder does not exist — create it, or point CONTENT_DIR at your content folder');
  });
});

describe('a misspelt front-matter key', () => {
  it('is a warning that suggests the right key, and the entry still loads', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-typo-'));
    fs.cpSync(VALID, dir, { recursive: true });
    const file = path.join(dir, 'faq/orders/return-window.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('keywords:', 'keywrods:'));
    const { content, problems } = loadContent(dir, { includeDrafts: false });
    expect(problems.map((problem) => [problem.severity, problem.line, problem.message, problem.hint])).toEqual([
      ['warning', 6, 'unknown key `keywrods` is ignored', 'did you mean `keywords`?'],
    ]);
    expect(content!.entries.some((entry) => entry.id === 'return-window')).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('broken content', () => {
  it('reports every mistake in one run, each with its file, line, what is wrong and how to fix it', async () => {
    await expect(loadSite({ root: '.', contentDir: INVALID, includeDrafts: false })).rejects.toThrowError(
      [
        'The content has 10 errors; nothing was written.',
        'tests/fixtures/invalid/content/faq/bad-date.md:5: `updated`: "2026-13-45" is not a date — write it as YYYY-MM-DD, e.g. 2026-10-01',
        'tests/fixtures/invalid/content/faq/broken-yaml.md:4: this is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] — check indentation, and quote values that contain ": " or start with a special character',
        'tests/fixtures/invalid/content/faq/dead-product-link.md:8: the link "product:gadget-max" names an unknown product — use an id from products.yaml',
        'tests/fixtures/invalid/content/faq/dead-related.md:5: related entry "no-such-entry" does not exist — use the id (file name without .md) of another entry, or remove it',
        'tests/fixtures/invalid/content/faq/duplicate-b.md:2: id "same-id" is already used by tests/fixtures/invalid/content/faq/duplicate-a.md in language "en" — rename one of the files, or set a different `id:`',
        'tests/fixtures/invalid/content/faq/no-question.md:2: `question` is missing — add `question:`',
        'tests/fixtures/invalid/content/faq/public-links-members.md:5: related entry "members-secret" is members-only, and this entry is public — public pages must not reveal members-only questions: remove the link, or make this entry members-only too',
        'tests/fixtures/invalid/content/faq/public-links-members.md:7: the link "faq:members-secret" points to a members-only entry from a public one — public pages must not reveal members-only questions: remove the link',
        'tests/fixtures/invalid/content/faq/unknown-audience.md:3: `audience[0]` has an unknown value "customer" — use one of: prospect, new, loyal',
        'tests/fixtures/invalid/content/faq/unknown-category.md:4: unknown category "orders/retunrs" — use a path from categories.yaml, such as orders/returns, orders, orders/shipping',
      ].join('\n'),
    );
  });
});
