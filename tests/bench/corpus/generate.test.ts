import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../bench/corpus/generate.mjs';
import { loadContent } from '../../../src/core/content/load.ts';
import { buildSite } from '../../../src/core/site/build-site.ts';
import { CORPUS_GENERATOR, listFiles } from '../../support/astro-build.ts';

const TODAY = '2026-11-01';
const folders: string[] = [];

function runGenerator(...args: string[]) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-generate-test-'));
  folders.push(out);
  const result = spawnSync(process.execPath, [CORPUS_GENERATOR, '--out', out, ...args], { encoding: 'utf8' });
  return { out, ...result };
}

const filesOf = (dir: string) => Object.fromEntries(listFiles(dir).map((file) => [file, fs.readFileSync(path.join(dir, file))]));

afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

describe('the corpus generator', () => {
  it('writes byte-identical files for the same seed, and different ones for another seed', () => {
    const first = runGenerator('--n', '300', '--seed', '7');
    const second = runGenerator('--n', '300', '--seed', '7');
    const other = runGenerator('--n', '300', '--seed', '8');
    for (const run of [first, second, other]) expect(run.status, run.stderr).toBe(0);
    expect(first.stdout).toMatch(/^corpus: 300 entries \(zh \d+, members-only \d+, drafts \d+\), \d+ queries → \d+ files, \d+ bytes in /);
    const files = filesOf(first.out);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['content/site.yaml', 'content/categories.yaml', 'content/products.yaml', 'content/synonyms.yaml', 'queries.jsonl']));
    expect(Object.keys(files).filter((file) => /^content\/faq\/[a-z-]+\/[a-z-]+\/[a-z0-9-]+\.md$/.test(file))).toHaveLength(300);
    expect(filesOf(second.out)).toEqual(files);
    expect(filesOf(other.out)['queries.jsonl']).not.toEqual(files['queries.jsonl']);
  });

  it('gives the first entries of a larger corpus when asked for fewer', () => {
    const small = buildCorpus({ n: 250 });
    const large = buildCorpus({ n: 1000 });
    const entryFiles = (files: Map<string, string>) => [...files].filter(([file]) => file.startsWith('content/faq/'));
    expect(entryFiles(small.files)).toHaveLength(250);
    for (const [file, text] of entryFiles(small.files)) expect(large.files.get(file), file).toBe(text);
    expect(large.entries.slice(0, 250).map((entry) => entry.id)).toEqual(small.entries.map((entry) => entry.id));
  });

  it('refuses bad options and a folder that already holds content, saying how to fix it', () => {
    const bad = runGenerator('--n', 'many');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('generate: --n must be a whole number of entries, 1 or more');
    const badDate = runGenerator('--n', '5', '--today', '2026-02-30');
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('generate: --today must be a date, YYYY-MM-DD');
    expect(fs.readdirSync(badDate.out)).toEqual([]);
    const used = runGenerator('--n', '5');
    const again = spawnSync(process.execPath, [CORPUS_GENERATOR, '--n', '5', '--out', used.out], { encoding: 'utf8' });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists and is not empty — choose a new folder for --out, or delete it first');
  });

  it('generates 10,000 entries in memory within seconds', () => {
    const started = performance.now();
    const { entries, files } = buildCorpus({ n: 10_000 });
    expect(entries).toHaveLength(10_000);
    expect(files.size).toBe(10_005);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('a generated corpus of 2,000 entries', () => {
  const corpus = buildCorpus({ n: 2000, today: TODAY });
  const { entries, queries } = corpus;
  const share = (test: (entry: (typeof entries)[number]) => boolean) => entries.filter(test).length / entries.length;
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-generate-test-'));
    folders.push(dir);
    for (const [file, text] of corpus.files) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
  });

  it('loads with no problem at all, drafts included or not, and renders every answer', () => {
    for (const includeDrafts of [true, false]) {
      const { content, problems } = loadContent(path.join(dir, 'content'), { includeDrafts });
      expect(problems).toEqual([]);
      expect(content!.entries).toHaveLength(entries.filter((entry) => includeDrafts || !entry.draft).length);
      const { model, membersOnly } = buildSite(content!);
      const rendered = [...model.languages.flatMap((view) => Object.values(view.entries)), ...membersOnly.flatMap((members) => members.entries)];
      expect(rendered).toHaveLength(content!.entries.length);
      expect(rendered.every((entry) => entry.html.length > 0 && !entry.html.includes('href="#"'))).toBe(true);
    }
  });

  it('passes npm run check with no errors', () => {
    const result = spawnSync(process.execPath, ['src/cli/check.ts', '--today', TODAY], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: path.join(dir, 'content') } });
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^2000 entries checked in [\d.]+ s: 0 errors, \d+ warnings$/);
  });

  it('mixes languages, audiences, members-only entries and drafts in the asked shares', () => {
    expect(share((entry) => entry.lang === 'zh')).toBeGreaterThan(0.25);
    expect(share((entry) => entry.lang === 'zh')).toBeLessThan(0.35);
    expect(share((entry) => entry.membersOnly)).toBeGreaterThan(0.07);
    expect(share((entry) => entry.membersOnly)).toBeLessThan(0.13);
    expect(entries.filter((entry) => entry.membersOnly).every((entry) => entry.audience.join() === 'loyal')).toBe(true);
    expect(entries.filter((entry) => !entry.membersOnly).every((entry) => entry.audience.some((audience) => audience !== 'loyal'))).toBe(true);
    for (const audience of ['prospect', 'new', 'loyal']) expect(share((entry) => entry.audience.includes(audience))).toBeGreaterThan(0.1);
    expect(share((entry) => entry.audience.length > 1)).toBeGreaterThan(0.2);
    expect(share((entry) => entry.draft)).toBeGreaterThan(0.002);
    expect(share((entry) => entry.draft)).toBeLessThan(0.03);
    expect(buildCorpus({ n: 1000, zh: 0.5, members: 0.2 }).entries.filter((entry) => entry.lang === 'zh').length).toBeGreaterThan(430);
  });

  it('files entries in nested categories, links them to products, and dates them before today', () => {
    expect(share((entry) => entry.categories[0]!.split('/').length === 3)).toBeGreaterThan(0.2);
    expect(share((entry) => entry.categories[0]!.split('/').length === 2)).toBeGreaterThan(0.2);
    expect(share((entry) => entry.categories.length > 1)).toBeGreaterThan(0.01);
    expect(entries.every((entry) => entry.products.length > 0 && entry.body.includes(`](product:${entry.products[0]})`))).toBe(true);
    expect(new Set(entries.flatMap((entry) => entry.products)).size).toBeGreaterThan(30);
    expect(entries.every((entry) => /^\d{4}-\d\d-\d\d$/.test(entry.updated) && entry.updated < TODAY)).toBe(true);
  });

  it('asks every question once, under ids unique across languages, with varied answers', () => {
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    expect(new Set(entries.map((entry) => `${entry.lang}:${entry.question}`)).size).toBe(entries.length);
    // Two answers may be worded alike (same topic, same steps picked), but hardly ever.
    expect(new Set(entries.map((entry) => entry.body)).size).toBeGreaterThan(entries.length * 0.99);
    expect(new Set(entries.map((entry) => entry.topic.key)).size).toBeGreaterThan(30);
    expect(entries.filter((entry) => entry.lang === 'zh').every((entry) => /\p{Script=Han}/u.test(entry.question))).toBe(true);
  });

  it('relates entries only to earlier published ones, and public entries only to public ones', () => {
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    expect(share((entry) => entry.related.length > 0)).toBeGreaterThan(0.3);
    for (const entry of entries) {
      const linked = [...entry.related, ...[...entry.body.matchAll(/\]\(faq:([a-z0-9-]+)\)/g)].map((match) => match[1]!)];
      for (const id of linked) {
        const target = byId.get(id)!;
        expect(target.index, `${entry.id} → ${id}`).toBeLessThan(entry.index);
        expect(target.draft).toBe(false);
        if (!entry.membersOnly) expect(target.membersOnly, `${entry.id} → ${id}`).toBe(false);
      }
    }
    expect(entries.some((entry) => entry.body.includes('](faq:'))).toBe(true);
  });

  it('writes about 300 queries, each naming a published entry in its language with its members-only flag', () => {
    const lines = fs.readFileSync(path.join(dir, 'queries.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual(queries);
    expect(lines).toHaveLength(300);
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    for (const query of lines) {
      const entry = byId.get(query.expected);
      expect(entry, query.expected).toBeDefined();
      expect(entry!.draft).toBe(false);
      expect(query.members).toBe(entry!.membersOnly);
      expect(query.lang).toBe(entry!.lang);
      expect(query.query.length).toBeGreaterThan(2);
      if (query.lang === 'zh') expect(query.query).toMatch(/\p{Script=Han}/u);
    }
    expect(new Set(lines.map((query) => query.kind))).toEqual(new Set(['keywords', 'partial', 'paraphrase', 'typo']));
    expect(lines.filter((query) => query.lang === 'zh').length).toBeGreaterThan(60);
    expect(lines.some((query) => query.members)).toBe(true);
  });

  // What sets an entry apart from the others of its kind of question and product: the values its question names.
  const detailsOf = (entry: (typeof entries)[number]) =>
    entry.topic.slots.map((name) => entry.slots[entry.lang][name]).filter((value): value is string => !!value && entry.question.includes(value));
  const ARTICLES = new Set(['the', 'a', 'an', 'my']);
  const termsOf = (text: string) =>
    new Set(text.toLowerCase().replace(/[’']/g, '').split(/[^\p{L}\p{N}.]+/u).map((term) => term.replace(/\.$/, '')).filter((term) => term && !ARTICLES.has(term)));
  const byId = new Map(entries.map((entry) => [entry.id, entry]));

  it('names in every query the detail that sets its entry apart: the country, phone, room, code or product it asks about', () => {
    const withDetails = queries.filter((query) => detailsOf(byId.get(query.expected)!).length > 0);
    expect(withDetails.length).toBeGreaterThan(queries.length * 0.9);
    for (const query of withDetails) {
      const details = detailsOf(byId.get(query.expected)!);
      const named =
        query.lang === 'zh'
          ? details.some((detail) => query.query.toLowerCase().includes(detail.toLowerCase()))
          : details.some((detail) => [...termsOf(detail)].some((term) => termsOf(query.query).has(term)));
      expect(named, `${JSON.stringify(query.query)} should name one of ${details.join(', ')}`).toBe(true);
    }
  });

  it('leaves few English queries that another entry about the same product matches on every term', () => {
    const published = entries.filter((entry) => !entry.draft && entry.lang === 'en');
    const textOf = new Map(published.map((entry) => [entry.id, termsOf([entry.question, ...entry.keywords, ...entry.also].join(' '))]));
    const english = queries.filter((query) => query.lang === 'en');
    const ambiguous = english.filter((query) => {
      const expected = byId.get(query.expected)!;
      // Terms the expected entry itself lacks (a typo, a synonym) tell no entry apart.
      const terms = [...termsOf(query.query)].filter((term) => textOf.get(expected.id)!.has(term));
      return published.some((other) => other.id !== expected.id && other.products[0] === expected.products[0] && terms.every((term) => textOf.get(other.id)!.has(term)));
    });
    expect(english.length).toBeGreaterThan(150);
    expect(ambiguous.length / english.length).toBeLessThan(0.15);
  });
});
