import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyContent, generateCorpus, listFiles, readOutput, removeTemporaryFolders, startBuild, temporaryFolder, waitFor, type BuildResult } from '../support/astro-build.ts';

afterAll(removeTemporaryFolders);

const VALID = 'tests/fixtures/valid/content';

describe('a build of valid content', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ contentDir: VALID, reuse: true });
    expect(build.status, build.output).toBe(0);
  });

  it('writes every page of the site', () => {
    expect(listFiles(build.outDir).filter((file) => file.endsWith('.html'))).toEqual([
      '404.html',
      'ask/index.html',
      'c/orders/index.html',
      'c/orders/returns/index.html',
      'c/orders/shipping/index.html',
      'for/loyal/index.html',
      'for/new/index.html',
      'handbook/index.html',
      'index.html',
      'members/index.html',
      'new/index.html',
      'offline/index.html',
      'p/widget-pro/index.html',
      'q/refund-timing/index.html',
      'q/return-window/index.html',
      'saved/index.html',
      'search/index.html',
      'zh/ask/index.html',
      'zh/c/orders/index.html',
      'zh/c/orders/returns/index.html',
      'zh/for/new/index.html',
      'zh/handbook/index.html',
      'zh/index.html',
      'zh/members/index.html',
      'zh/new/index.html',
      'zh/offline/index.html',
      'zh/q/return-window/index.html',
      'zh/saved/index.html',
      'zh/search/index.html',
    ]);
  });

  it('lists every public page in the sitemap, and nothing else, entries with the date they changed', () => {
    const sitemap = readOutput(build.outDir, 'sitemap.xml');
    const urls = [...sitemap.matchAll(/<url><loc>([^<]*)<\/loc>(?:<lastmod>([^<]*)<\/lastmod>)?<\/url>/g)].map(([, loc, lastmod]) => ({ loc: loc!, lastmod }));
    expect(sitemap.match(/<url>/g)).toHaveLength(urls.length);
    // Homes, categories, audiences with public entries, products and public entries: no search, members-only or utility pages.
    expect(urls.map((url) => url.loc).toSorted()).toEqual([
      '/', '/c/orders/', '/c/orders/returns/', '/c/orders/shipping/', '/for/loyal/', '/for/new/', '/p/widget-pro/', '/q/refund-timing/', '/q/return-window/',
      '/zh/', '/zh/c/orders/', '/zh/c/orders/returns/', '/zh/for/new/', '/zh/q/return-window/',
    ]);
    // The date an editor wrote; the others come from git or the file, so only their form is known here.
    expect(urls.find((url) => url.loc === '/q/return-window/')?.lastmod).toBe('2026-10-01');
    for (const { loc, lastmod } of urls) {
      if (loc.includes('/q/')) expect(lastmod, loc).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      else expect(lastmod, loc).toBeUndefined();
    }
  });

  it('lets robots crawl everything, and names no sitemap while the site has no url to give it', () => {
    expect(readOutput(build.outDir, 'robots.txt')).toBe('User-agent: *\nAllow: /\n');
  });

  it('gives an entry page its question as heading, canonical link, hreflang, Open Graph and FAQPage data', () => {
    const html = readOutput(build.outDir, 'q/return-window/index.html');
    expect(html).toContain('<h1 id="entry-question">How long do I have to return an item?</h1>');
    expect(html).toContain('<link rel="canonical" href="/q/return-window/">');
    expect(html).toContain('<link rel="alternate" hreflang="zh" href="/zh/q/return-window/">');
    expect(html).toContain('<meta property="og:title" content="How long do I have to return an item?">');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(jsonLd).toMatchObject({ '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'How long do I have to return an item?' }] });
  });

  it('marks up each question once in the whole site, on its own page: lists of questions carry no FAQPage data', () => {
    const marked = new Map<string, string[]>();
    for (const page of listFiles(build.outDir).filter((file) => file.endsWith('.html'))) {
      for (const [, data] of readOutput(build.outDir, page).matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) {
        for (const question of JSON.parse(data!).mainEntity) marked.set(question.name, [...(marked.get(question.name) ?? []), page]);
      }
    }
    // Both languages' entries, each on its own page only; home, categories, products and audiences list them without data.
    expect(Object.fromEntries(marked)).toEqual({
      'How long do I have to return an item?': ['q/return-window/index.html'],
      'When do I get my money back?': ['q/refund-timing/index.html'],
      '退货期限是多久？': ['zh/q/return-window/index.html'],
    });
    expect(readOutput(build.outDir, 'c/orders/returns/index.html')).toContain('How long do I have to return an item?');
  });

  it('writes the toolbar search box’s results panel once per language, in its search folder, and no page carries it', () => {
    const panel = (lang: string) => (JSON.parse(readOutput(build.outDir, `_faq/search/${lang}/panel.json`)) as { html: string }).html;
    expect(panel('en')).toContain('<option value="orders">');
    expect(panel('zh')).toMatch(/^<div class="search-panel" id="search-toolbar-panel" data-search-panel /);
    for (const page of ['q/return-window/index.html', 'c/orders/index.html', 'zh/q/return-window/index.html']) {
      const html = readOutput(build.outDir, page);
      expect(html, page).toContain('<faq-search data-lang=');
      expect(html, page).not.toContain('data-search-panel');
    }
  });

  it('ships an entry page only three small scripts (search, members-only sessions, and offline reading), and no search index', () => {
    const html = readOutput(build.outDir, 'q/return-window/index.html');
    const scripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>/g)].map((match) => match[0]);
    expect(scripts).toHaveLength(3);
    for (const script of scripts) {
      const source = /src="\/([^"]+)"/.exec(script)![1]!;
      expect(fs.statSync(path.join(build.outDir, source)).size).toBeLessThan(12_000);
    }
    expect(html).not.toContain('_faq/search');
  });

  it('has the search page ask for its search code with the page, in every language, and no other page', () => {
    for (const page of ['search/index.html', 'zh/search/index.html']) {
      const html = readOutput(build.outDir, page);
      const preloads = [...html.matchAll(/<link rel="modulepreload" href="\/([^"]+)">/g)].map((match) => match[1]!);
      for (const file of preloads) expect(fs.existsSync(path.join(build.outDir, file)), file).toBe(true);
      // The search code, which the search box loads on demand, and what the search box's script imports with it.
      const searchBox = /<script type="module" src="\/(_astro\/SearchBox[^"]+)"/.exec(html)![1]!;
      const onDemand = [...readOutput(build.outDir, searchBox).matchAll(/import\([`"']\.\/([^`"']+)[`"']\)/g)].map((match) => `_astro/${match[1]}`);
      const withIt = [...readOutput(build.outDir, searchBox).matchAll(/(?:from|import)["']\.\/([^"']+)["']/g)].map((match) => `_astro/${match[1]}`);
      expect(onDemand.length, page).toBeGreaterThan(0);
      expect(preloads, page).toEqual(expect.arrayContaining([...onDemand, ...withIt]));
      // Before the scripts, so that all of them are asked for at once.
      expect(html.indexOf('rel="modulepreload"'), page).toBeLessThan(html.indexOf('<script type="module"'));
    }
    expect(readOutput(build.outDir, 'index.html')).not.toContain('modulepreload');
    expect(readOutput(build.outDir, 'q/return-window/index.html')).not.toContain('modulepreload');
  });

  it('sends the browser no index-building code: FlexSearch builds the index at build time only', () => {
    const scripts = listFiles(build.outDir).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((file) => /flexsearch/i.test(readOutput(build.outDir, file)))).toEqual([]);
  });

  it('writes a search index per language, without members-only entries', () => {
    const manifest = (lang: string) => JSON.parse(readOutput(build.outDir, `_faq/search/${lang}/index.json`)).manifest;
    expect(manifest('en')).toMatchObject({ lang: 'en', scope: 'public', docCount: 2 });
    expect(manifest('zh')).toMatchObject({ lang: 'zh', docCount: 1 });
  });

  it('keeps answers on category pages findable while closed', () => {
    const html = readOutput(build.outDir, 'c/orders/returns/index.html');
    expect(html).toContain('<details class="question"><summary><span class="question-text">How long do I have to return an item?</span></summary>');
    expect(html).toContain('Thirty days from delivery.');
  });

  it('publishes new and updated answers as a page and an Atom feed per language', () => {
    expect(readOutput(build.outDir, 'new/index.html')).toContain('<a class="question-link" href="/q/return-window/">How long do I have to return an item?</a>');
    const feed = readOutput(build.outDir, 'zh/feed.xml');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh">');
    expect(feed).toContain('<title>退货期限是多久？</title>');
  });

  it('prints every public answer in a handbook, each once, under its home topic', () => {
    const handbook = readOutput(build.outDir, 'handbook/index.html');
    expect(handbook.match(/class="handbook-entry"/g)).toHaveLength(2);
    expect(handbook).toContain('Within five business days of the return arriving.');
  });

  it('exports public entries for assistants and widgets', () => {
    const data = JSON.parse(readOutput(build.outDir, 'faq.json'));
    expect(data.entries.map((entry: { lang: string; id: string }) => `${entry.lang}:${entry.id}`)).toEqual(['en:return-window', 'en:refund-timing', 'zh:return-window']);
    expect(data.entries[0].answer.text).toBe('Thirty days from delivery. See refund timing and the Widget Pro.');
    expect(readOutput(build.outDir, 'llms.txt')).toContain('- [When do I get my money back?](/q/refund-timing/)');
    expect(JSON.parse(readOutput(build.outDir, 'embed/p/widget-pro.json'))).toEqual({
      title: 'Top questions about Widget Pro',
      more: { label: 'More answers in the help center', url: '/p/widget-pro/' },
      questions: [{ question: 'How long do I have to return an item?', url: '/q/return-window/' }],
    });
  });

  it('lets phones add the help center to the home screen: a manifest per language, linked from every page, with icons of the sizes it lists', () => {
    for (const [lang, manifestPath, page] of [['en', 'manifest.webmanifest', 'q/return-window/index.html'], ['zh', 'zh/manifest.webmanifest', 'zh/index.html']] as const) {
      const manifest = JSON.parse(readOutput(build.outDir, manifestPath));
      expect(manifest).toMatchObject({ lang, start_url: lang === 'en' ? '/' : '/zh/', display: 'standalone' });
      expect(readOutput(build.outDir, page)).toContain(`<link rel="manifest" href="/${manifestPath}">`);
      for (const icon of manifest.icons as { src: string; sizes: string }[]) {
        const size = imageSize(fs.readFileSync(path.join(build.outDir, icon.src)));
        expect([size.type, `${size.width}x${size.height}`]).toEqual(['png', icon.sizes]);
      }
    }
    expect(imageSize(fs.readFileSync(path.join(build.outDir, 'icons/apple-touch-icon.png')))).toMatchObject({ type: 'png', width: 180, height: 180 });
    expect(readOutput(build.outDir, 'index.html')).toContain('<link rel="apple-touch-icon" href="/icons/apple-touch-icon.png">');
  });

  it('tells static hosts the security policy and caching rules', () => {
    const headers = readOutput(build.outDir, '_headers');
    expect(headers).toContain("  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';");
    expect(headers).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(readOutput(build.outDir, 'nginx-headers.conf')).toContain('add_header Content-Security-Policy');
  });

  it('leaves members-only entries out of every file', () => {
    for (const file of listFiles(build.outDir)) {
      const text = readOutput(build.outDir, file);
      for (const secret of ['widget-tuning', 'secret calibration mode', 'Hold both buttons for nine seconds', 'turns violet']) {
        expect(text.includes(secret), `${file} contains "${secret}"`).toBe(false);
      }
    }
  });
});

describe('a build with a feedback endpoint', () => {
  it('asks "Was this helpful?" on entry pages and allows the endpoint in the security policy', () => {
    const contentDir = copyContent(VALID);
    fs.appendFileSync(path.join(contentDir, 'site.yaml'), 'feedback: { endpoint: "https://forms.example/collect" }\n');
    const build = buildSite({ contentDir });
    expect(build.status, build.output).toBe(0);
    const html = readOutput(build.outDir, 'q/return-window/index.html');
    expect(html).toContain('<meta name="faq-feedback-endpoint" content="https://forms.example/collect">');
    expect(html).toContain('<faq-feedback class="feedback" data-entry="return-window"');
    expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
    expect(readOutput(build.outDir, '_headers')).toContain("connect-src 'self' https://forms.example;");
  });
});

describe('a build for a host with its own login (gate.mode: host)', () => {
  it('writes members-only pages in plain under /members/ only, marked private and noindex, with host configuration', () => {
    const contentDir = copyContent(VALID);
    const site = fs.readFileSync(path.join(contentDir, 'site.yaml'), 'utf8').replace('  audiences: [loyal]', '  audiences: [loyal]\n  mode: host');
    fs.writeFileSync(path.join(contentDir, 'site.yaml'), site);
    const build = buildSite({ contentDir, env: { FAQ_ACCESS_CODES: '' } });
    expect(build.status, build.output).toBe(0);
    const entry = readOutput(build.outDir, 'members/q/widget-tuning/index.html');
    expect(entry).toContain('Hold both buttons for nine seconds');
    expect(entry).toContain('<meta name="robots" content="noindex">');
    expect(readOutput(build.outDir, 'members/_search/en/index.json')).toContain('"scope":"members"');
    const outsideMembers = listFiles(build.outDir).filter((file) => !file.startsWith('members/'));
    expect(outsideMembers.filter((file) => readOutput(build.outDir, file).includes('nine seconds'))).toEqual([]);
    expect(readOutput(build.outDir, '_headers')).toContain('/members/*\n  Cache-Control: private, no-store\n  X-Robots-Tag: noindex');
    expect(readOutput(build.outDir, '_redirects')).toContain('/members/*  200!  Role=member');
    expect(readOutput(build.outDir, 'nginx-headers.conf')).toContain('location ~* "^/+members(?:/|$)" {\n    auth_basic "Returning customers";');
    expect(readOutput(build.outDir, 'robots.txt')).toContain('Disallow: /members/');
    expect(fs.existsSync(path.join(build.outDir, '_faq/m'))).toBe(false);
  });
});

describe('a build under a sub-path of a site with a url', () => {
  it('puts every link, asset and sitemap entry under it, and points robots.txt at the sitemap', () => {
    const contentDir = copyContent(VALID);
    fs.appendFileSync(path.join(contentDir, 'site.yaml'), 'url: https://help.example.com\n');
    const build = buildSite({ contentDir, base: '/help/' });
    expect(build.status, build.output).toBe(0);
    const html = readOutput(build.outDir, 'q/return-window/index.html');
    const urls = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((match) => match[1]!);
    const local = urls.filter((url) => url.startsWith('/'));
    expect(local.length).toBeGreaterThan(5);
    expect(local.filter((url) => !url.startsWith('/help/'))).toEqual([]);
    expect(html).toContain('<link rel="canonical" href="https://help.example.com/help/q/return-window/">');
    const locs = [...readOutput(build.outDir, 'sitemap.xml').matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);
    expect(locs).toContain('https://help.example.com/help/q/return-window/');
    expect(locs.filter((loc) => !loc.startsWith('https://help.example.com/help/'))).toEqual([]);
    expect(readOutput(build.outDir, 'robots.txt')).toBe('User-agent: *\nAllow: /\nSitemap: https://help.example.com/help/sitemap.xml\n');
    const manifest = JSON.parse(readOutput(build.outDir, 'zh/manifest.webmanifest'));
    expect([manifest.start_url, manifest.scope, ...manifest.icons.map((icon: { src: string }) => icon.src)].filter((url) => !url.startsWith('/help/'))).toEqual([]);
    expect(fs.existsSync(path.join(build.outDir, 'icons/app-512.png'))).toBe(true);
  });
});

/** A site already deployed, for a build to replace: a copy of the valid content's build. */
function deployedSite(): BuildResult {
  const built = buildSite({ contentDir: VALID, reuse: true });
  expect(built.status, built.output).toBe(0);
  const outDir = temporaryFolder('faq-build-');
  fs.cpSync(built.outDir, outDir, { recursive: true });
  return { ...built, outDir };
}

describe('a build of broken content', () => {
  it('exits non-zero, lists every problem, and leaves the previous site untouched', () => {
    const good = deployedSite();
    expect(good.status, good.output).toBe(0);
    const before = listFiles(good.outDir).map((file) => [file, readOutput(good.outDir, file)]);

    const broken = buildSite({ contentDir: 'tests/fixtures/invalid/content', outDir: good.outDir });
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain('The content has 28 errors; nothing was written.');
    expect(broken.output).toContain('invalid/content/faq/unknown-category.md:4: unknown category "orders/retunrs"');
    expect(broken.output).toContain('invalid/content/faq/dead-product-link.md:8: the link "product:gadget-max" names an unknown product');
    expect(listFiles(good.outDir).map((file) => [file, readOutput(good.outDir, file)])).toEqual(before);
    expect(fs.existsSync(`${good.outDir}.partial`)).toBe(false);
  });

  it('leaves the previous site untouched when a build is interrupted while writing pages', async () => {
    const good = deployedSite();
    const before = listFiles(good.outDir);
    const corpus = generateCorpus(300);
    const interrupted = startBuild({ contentDir: path.join(corpus, 'content'), outDir: good.outDir });
    await waitFor(() => fs.existsSync(path.join(`${good.outDir}.partial`, 'q')), 120_000);
    process.kill(-interrupted.pid!, 'SIGKILL'); // the whole build, as a power cut or a killed CI job would
    await new Promise((resolve) => interrupted.once('exit', resolve));
    expect(listFiles(good.outDir)).toEqual(before);
  });
});
