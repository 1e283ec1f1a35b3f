import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, readOutput, removeTemporaryFolders, type BuildResult } from '../support/astro-build.ts';
import { prose, removeContentFolders, writeContentFolder } from '../support/long-lists.ts';

const ORIGIN = 'https://help.example.com';
const SHORT = 420;
const LONG = 230;
const MEMBERS = 510;
/** A limit on faq.json's files that this help center passes several times (the default is 20 MB). */
const FAQ_PART_BYTES = 1_000_000;

/**
 * A help center large enough to paginate, yet quick to build: 420 short
 * answers in one sub-topic, all about one product (pages of at most 200
 * questions), and 230 answers of about 9 kB in another topic (fewer to a
 * page, and a handbook too large for one page); 510 members-only questions
 * behind the host's own login (links, at most 500 to a page).
 */
function writeLargeContent(): string {
  const files = new Map<string, string>();
  const write = (file: string, text: string) => files.set(file, text);
  write('site.yaml', `title: Big Help\ndefaultLang: en\nlanguages: [en]\nurl: ${ORIGIN}\ngate: { audiences: [loyal], mode: host }\ncontact:\n  - { kind: email, label: Email us, href: "mailto:help@example.com" }\n`);
  write('categories.yaml', '- id: devices\n  title: Devices\n  children:\n    - id: setup\n      title: Setting up\n- id: manuals\n  title: Manuals\n');
  write('products.yaml', '- id: gadget\n  name: Gadget\n  url: https://example.com/gadget\n');
  for (let n = 1; n <= SHORT; n++) {
    write(`faq/setup/short-${n}.md`, `---\nquestion: How do I set up gadget number ${n}?\naudience: [new]\ncategory: devices/setup\nproducts: [gadget]\npriority: ${1000 - n}\n---\nPlug in gadget number ${n} and follow the light.\n`);
  }
  for (let n = 1; n <= LONG; n++) {
    write(`faq/manuals/manual-${n}.md`, `---\nquestion: What does manual chapter ${n} say?\naudience: [new]\ncategory: manuals\npriority: ${500 - n}\n---\nEvery step of this manual is described here at length.\n\n${prose(n, 1600)}\n`);
  }
  for (let n = 1; n <= MEMBERS; n++) {
    write(`faq/members/member-${n}.md`, `---\nquestion: Which firmware option ${n} suits returning customers?\naudience: [loyal]\ncategory: devices\npriority: ${600 - n}\n---\nOption ${n} is for members.\n`);
  }
  return writeContentFolder(files);
}

afterAll(() => {
  removeContentFolders();
  removeTemporaryFolders();
});

const canonicalOf = (html: string) => html.match(/<link rel="canonical" href="([^"]*)"/)?.[1];
const relOf = (html: string, rel: string) => html.match(new RegExp(`<link rel="${rel}" href="([^"]*)"`))?.[1];
/** The pages of the answers a listing opens in place. */
const answerLinksOf = (html: string) => [...html.matchAll(/<p class="answer-link"><a href="([^"]*)"/g)].map((match) => match[1]!);

describe('a build with long lists', () => {
  let build: BuildResult;
  let html: string[];
  beforeAll(() => {
    build = buildSite({ contentDir: writeLargeContent(), base: '/help/', env: { FAQ_ACCESS_CODES: '', FAQ_JSON_PART_BYTES: String(FAQ_PART_BYTES) } });
    expect(build.status, build.output).toBe(0);
    html = listFiles(build.outDir).filter((file) => file.endsWith('.html'));
  }, 120_000);

  const pagesOf = (folder: string) => html.filter((file) => file === `${folder}/index.html` || file.startsWith(`${folder}/page/`));

  it('splits a long sub-topic into pages, page 1 at its own address, each question on exactly one page', () => {
    expect(pagesOf('c/devices/setup')).toEqual(['c/devices/setup/index.html', 'c/devices/setup/page/2/index.html', 'c/devices/setup/page/3/index.html']);
    const listed = pagesOf('c/devices/setup').flatMap((file) => answerLinksOf(readOutput(build.outDir, file)));
    expect(listed).toHaveLength(SHORT);
    expect(new Set(listed).size).toBe(SHORT);
    // Most-asked first, page after page.
    expect(listed[0]).toBe('/help/q/short-1/');
    expect(listed[200]).toBe('/help/q/short-201/');
    expect(listed.at(-1)).toBe(`/help/q/short-${SHORT}/`);
  });

  it('keeps answers opening in place on every page, so find-in-page finds them there', () => {
    const page2 = readOutput(build.outDir, 'c/devices/setup/page/2/index.html');
    expect(page2).toContain('<details class="question">');
    expect(page2).toContain('Plug in gadget number 201 and follow the light.');
  });

  it('gives each page itself as canonical address, its place in its title, and prev and next links', () => {
    const pages = pagesOf('c/devices/setup').map((file) => readOutput(build.outDir, file));
    const urls = [`${ORIGIN}/help/c/devices/setup/`, `${ORIGIN}/help/c/devices/setup/page/2/`, `${ORIGIN}/help/c/devices/setup/page/3/`];
    expect(pages.map(canonicalOf)).toEqual(urls);
    expect(pages.map((page) => relOf(page, 'prev'))).toEqual([undefined, urls[0], urls[1]]);
    expect(pages.map((page) => relOf(page, 'next'))).toEqual([urls[1], urls[2], undefined]);
    expect(pages.map((page) => page.match(/<title>([^<]*)<\/title>/)?.[1])).toEqual(['Setting up · Big Help', 'Setting up · Page 2 of 3 · Big Help', 'Setting up · Page 3 of 3 · Big Help']);
  });

  it('has a labelled pagination nav that marks the current page and links the others with rel', () => {
    const page2 = readOutput(build.outDir, 'c/devices/setup/page/2/index.html');
    const nav = page2.match(/<nav class="pagination" aria-label="Pages">[\s\S]*?<\/nav>/)?.[0];
    expect(nav).toBeDefined();
    expect(nav).toMatch(/<a class="pagination-step" rel="prev" href="\/help\/c\/devices\/setup\/">Previous page<\/a>/);
    expect(nav).toMatch(/<a class="pagination-step" rel="next" href="\/help\/c\/devices\/setup\/page\/3\/">Next page<\/a>/);
    expect(nav).toMatch(/<a href="\/help\/c\/devices\/setup\/page\/2\/" aria-label="Page 2" aria-current="page">2<\/a>/);
    expect(nav?.match(/aria-current/g)).toHaveLength(1);
  });

  it('fits fewer long answers to a page, and shortens the nav of many pages with gaps', () => {
    const pages = pagesOf('c/manuals');
    expect(pages.length).toBeGreaterThan(10);
    const listed = pages.flatMap((file) => answerLinksOf(readOutput(build.outDir, file)));
    expect(new Set(listed).size).toBe(LONG);
    expect(listed).toHaveLength(LONG);
    expect(readOutput(build.outDir, 'c/manuals/index.html')).toContain('<li class="pagination-gap" aria-hidden="true">…</li>');
  });

  it('paginates a product’s questions the same way', () => {
    expect(pagesOf('p/gadget')).toEqual(['p/gadget/index.html', 'p/gadget/page/2/index.html', 'p/gadget/page/3/index.html']);
    const page3 = readOutput(build.outDir, 'p/gadget/page/3/index.html');
    expect(canonicalOf(page3)).toBe(`${ORIGIN}/help/p/gadget/page/3/`);
    expect(relOf(page3, 'prev')).toBe(`${ORIGIN}/help/p/gadget/page/2/`);
    const listed = pagesOf('p/gadget').flatMap((file) => answerLinksOf(readOutput(build.outDir, file)));
    expect(new Set(listed).size).toBe(SHORT);
  });

  it('lists a large audience as links, in pages, each question once', () => {
    const pages = pagesOf('for/new');
    expect(pages.length).toBeGreaterThan(1);
    const listed = pages.flatMap((file) => [...readOutput(build.outDir, file).matchAll(/<a class="question-link" href="([^"]*)"/g)].map((match) => match[1]!));
    expect(listed).toHaveLength(SHORT + LONG);
    expect(new Set(listed).size).toBe(SHORT + LONG);
  });

  it('lists members-only questions behind the host’s login in pages of links, each once, never in the sitemap', () => {
    const pages = pagesOf('members');
    expect(pages).toEqual(['members/index.html', 'members/page/2/index.html']);
    const listed = pages.flatMap((file) => [...readOutput(build.outDir, file).matchAll(/<a class="question-link" href="([^"]*)"/g)].map((match) => match[1]!));
    expect(listed).toHaveLength(MEMBERS);
    expect(new Set(listed).size).toBe(MEMBERS);
    const page2 = readOutput(build.outDir, 'members/page/2/index.html');
    expect(page2).toContain('<meta name="robots" content="noindex">');
    expect(page2).toMatch(/<a class="pagination-step" rel="prev" href="\/help\/members\/">Previous page<\/a>/);
    expect(readOutput(build.outDir, 'sitemap.xml')).not.toContain('members');
  });

  it('lists every page of every list in the sitemap', () => {
    const locs = [...readOutput(build.outDir, 'sitemap.xml').matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);
    const listPages = html.filter((file) => /^(c|p|for)\//.test(file)).map((file) => `${ORIGIN}/help/${file.replace(/index\.html$/, '')}`);
    expect(listPages.length).toBeGreaterThan(20);
    for (const url of listPages) expect(locs, url).toContain(url);
  });

  const handbookPagesOf = (topic: string) => pagesOf(`handbook/${topic}`).sort((a, b) => pageNumber(a) - pageNumber(b));
  const pageNumber = (file: string) => Number(file.match(/page\/(\d+)\//)?.[1] ?? 1);
  const handbookEntriesOf = (file: string) => [...readOutput(build.outDir, file).matchAll(/<article class="handbook-entry" id="q-([^"]*)"/g)].map((match) => match[1]!);

  it('splits a handbook of several megabytes by top topic, and a long topic into numbered pages, each answer printed once', () => {
    expect(pagesOf('handbook/devices')).toEqual(['handbook/devices/index.html']);
    const manuals = handbookPagesOf('manuals');
    expect(manuals.length).toBeGreaterThan(5);
    expect(manuals.slice(0, 2)).toEqual(['handbook/manuals/index.html', 'handbook/manuals/page/2/index.html']);
    const printed = manuals.flatMap(handbookEntriesOf);
    // Most-asked first, page after page, each once.
    expect(printed).toEqual(Array.from({ length: LONG }, (_, index) => `manual-${index + 1}`));
    expect(handbookEntriesOf('handbook/devices/index.html')).toHaveLength(SHORT);
    expect(readOutput(build.outDir, 'handbook/index.html')).not.toContain('class="handbook-entry"');
    // A page after the first carries the topic's heading over, marked as such.
    expect(readOutput(build.outDir, 'handbook/manuals/page/2/index.html')).toMatch(/<h2>Manuals \(continued\)<\/h2>/);
  });

  it('chains a topic’s pages as a long list’s, and leads from one topic to the next', () => {
    const files = handbookPagesOf('manuals');
    const pages = files.map((file) => readOutput(build.outDir, file));
    const urls = files.map((file) => `${ORIGIN}/help/${file.replace(/index\.html$/, '')}`);
    expect(pages.map(canonicalOf)).toEqual(urls);
    expect(pages.map((page) => relOf(page, 'prev'))).toEqual([undefined, ...urls.slice(0, -1)]);
    expect(pages.map((page) => relOf(page, 'next'))).toEqual([...urls.slice(1), undefined]);
    expect(pages[1]!.match(/<title>([^<]*)<\/title>/)?.[1]).toBe(`Manuals · Printable handbook · Page 2 of ${files.length} · Big Help`);
    const nav = pages[1]!.match(/<nav class="pagination" aria-label="Pages">[\s\S]*?<\/nav>/)?.[0];
    expect(nav).toMatch(/<a class="pagination-step" rel="next" href="\/help\/handbook\/manuals\/page\/3\/">Next page<\/a>/);
    expect(nav).toMatch(/<a href="\/help\/handbook\/manuals\/page\/2\/" aria-label="Page 2" aria-current="page">2<\/a>/);
    // Devices comes first in the catalogue: its last page leads on to Manuals, and the last part ends the handbook.
    expect(readOutput(build.outDir, 'handbook/devices/index.html')).toContain('<p class="handbook-next"><a href="/help/handbook/manuals/">Next in the handbook: Manuals</a></p>');
    expect(pages.at(-1)).not.toContain('handbook-next');
  });

  it('lists every page of every part in order on the handbook’s page, for readers and printers', () => {
    const index = readOutput(build.outDir, 'handbook/index.html');
    expect(index).toMatch(/<a href="\/help\/handbook\/devices\/">Devices<\/a> <span class="count">420 questions<\/span>/);
    expect(index).toMatch(/<a href="\/help\/handbook\/manuals\/">Manuals<\/a> <span class="count">230 questions<\/span>/);
    const contents = [...index.matchAll(/<a href="\/help\/(handbook\/[^"]+)">Manuals · Page (\d+) of (\d+)<\/a>/g)];
    expect(contents.map((match) => `${match[1]}index.html`)).toEqual(handbookPagesOf('manuals'));
    expect(contents.map((match) => Number(match[2]))).toEqual(handbookPagesOf('manuals').map(pageNumber));
    // Each page says what it prints: here the rest of the one topic.
    expect(index).toContain(`<a href="/help/handbook/manuals/page/2/">Manuals · Page 2 of ${contents.length}</a>: Manuals (continued)</li>`);
  });

  it('keeps every page under 100 kB gzip, the handbook’s included', () => {
    const sizes = html.map((file) => ({ file, gzip: zlib.gzipSync(fs.readFileSync(path.join(build.outDir, file))).length }));
    expect(sizes.filter((size) => size.gzip > 100_000)).toEqual([]);
    expect(sizes.filter((size) => size.file.startsWith('handbook/')).length).toBeGreaterThan(5);
  });

  it('splits faq.json past its limit into parts that, followed from faq.json, hold every public entry once and no members-only one', () => {
    type ExportFile = { version: number; title: string; parts?: string[]; next?: string; entries: { url: string }[] };
    const parts = listFiles(build.outDir).filter((file) => /^faq(-\d+)?\.json$/.test(file));
    expect(parts.length).toBeGreaterThan(2);
    for (const file of parts) expect(fs.statSync(path.join(build.outDir, file)).size).toBeLessThanOrEqual(FAQ_PART_BYTES);
    const read = (url: string) => JSON.parse(readOutput(build.outDir, url.replace(`${ORIGIN}/help/`, ''))) as ExportFile;
    const first = read(`${ORIGIN}/help/faq.json`);
    expect(first).toMatchObject({ version: 1, title: 'Big Help' });
    expect(first.parts).toHaveLength(parts.length);
    const urls: string[] = [];
    for (let file: ExportFile | undefined = first; file; file = file.next ? read(file.next) : undefined) urls.push(...file.entries.map((entry) => entry.url));
    expect(urls).toHaveLength(SHORT + LONG);
    expect(new Set(urls).size).toBe(SHORT + LONG);
    expect(urls.filter((url) => !/\/help\/q\/(short|manual)-\d+\/$/.test(url))).toEqual([]);
    for (const file of parts) expect(readOutput(build.outDir, file)).not.toMatch(/member-\d|Which firmware option/);
    // llms.txt names every part, as faq.json does.
    const llms = readOutput(build.outDir, 'llms.txt');
    for (const url of first.parts!) expect(llms).toContain(`- ${url}\n`);
  });
});
