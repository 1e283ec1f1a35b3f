import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { entryPages, indexWithPagefind, markEntryPagesForPagefind } from '../../../bench/lib/pagefind.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A built site in miniature: two entry pages in two languages and a page that is not an entry. */
function miniSite(article = '<article class="entry" aria-labelledby="q">'): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-pagefind-'));
  folders.push(dist);
  const page = (lang: string, question: string, answer: string) =>
    `<!doctype html><html lang="${lang}"><head><title>${question}</title></head><body><nav>Menu Home Topics</nav><main>${article}<h1 id="q">${question}</h1><dl class="entry-meta"><dt>For</dt><dd>New customers</dd></dl><div class="answer prose"><p>${answer}</p></div><section class="entry-section"><h2>Related questions</h2><a href="/q/other/">Zebra crossing</a></section></article></main></body></html>`;
  const write = (file: string, html: string) => {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    fs.writeFileSync(path.join(dist, file), html);
  };
  write('q/kettle-descale/index.html', page('en', 'How do I descale the kettle?', 'Fill it with vinegar and water, boil, and rinse twice.'));
  write('zh/q/zh-kettle-descale/index.html', page('zh', '如何给水壶除垢？', '加入白醋和水，煮沸后冲洗两次。'));
  write('c/kitchen/index.html', page('en', 'Kitchen', 'Every kitchen question.'));
  return dist;
}

describe("Pagefind over the benchmark's entry pages", () => {
  it('indexes the question and answer of each entry page, in its language, and nothing else', () => {
    const dist = miniSite();
    expect(entryPages(dist).map((file) => path.relative(dist, file)).sort()).toEqual(['q/kettle-descale/index.html', 'zh/q/zh-kettle-descale/index.html']);
    expect(markEntryPagesForPagefind(dist)).toBe(2);
    const { bundle, log } = indexWithPagefind({ repoRoot: ROOT, distDir: dist });
    expect(log).toMatch(/Indexed 2 pages/);
    expect(log).toMatch(/Discovered 2 languages/);
    expect(bundle.files).toBeGreaterThan(2);
    const meta = fs.readdirSync(path.join(dist, 'pagefind')).filter((name) => name.endsWith('.pf_meta'));
    expect(meta.map((name) => name.split('_')[0]).sort()).toEqual(['pagefind.en', 'pagefind.zh']);
    // Each page's fragment (gzipped JSON) holds what Pagefind shows and searches: the answer, not the menu or the lists under it.
    const fragments = fs.readdirSync(path.join(dist, 'pagefind/fragment')).map((name) => zlib.gunzipSync(fs.readFileSync(path.join(dist, 'pagefind/fragment', name))).toString('utf8'));
    const english = fragments.find((text) => text.includes('/q/kettle-descale/'))!;
    expect(english).toContain('Fill it with vinegar and water');
    expect(english).not.toMatch(/Zebra|Menu|New customers/);
  });

  it("stops with the page's name when an entry page no longer has the article it marks", () => {
    const dist = miniSite('<article class="answer-page">');
    expect(() => markEntryPagesForPagefind(dist)).toThrow(/q\/kettle-descale\/index\.html: no <article class="entry"> to index/);
  });
});
