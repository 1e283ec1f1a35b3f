import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuiltSite, type ServedSite } from '../support/served-site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

/** The demo help center, whose product pages embed its widget (readers' events are tested in events.test.ts). */
let site: ServedSite;

beforeAll(async () => {
  site = await serveBuiltSite({ reuse: true });
});

afterAll(() => site?.close());

describe('the product-page widget', () => {
  /** The company's product pages: another origin than the help center's, as in real use. */
  let productSite: StaticServer;
  let productPages: string;
  beforeAll(async () => {
    productPages = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-product-site-'));
    productSite = await serveStatic(productPages);
  });
  afterAll(async () => {
    await productSite?.close();
    fs.rmSync(productPages, { recursive: true, force: true });
  });

  /** A product page holding the widget; the help center answers embed/ with the CORS header its _headers asks for. */
  async function productPage(name: string, body: string, replace: Record<string, unknown> = {}) {
    fs.writeFileSync(path.join(productPages, `${name}.html`), `<!doctype html><html lang="en"><body>${body}<script src="${site.url('/embed/widget.js')}" defer></script></body></html>`);
    const context = await site.browser.newContext();
    const requests: string[] = [];
    const warnings: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    await context.route((url) => url.href.startsWith(site.server.url) && /\/embed\//.test(url.pathname), async (route) => {
      const file = new URL(route.request().url()).pathname.slice(1);
      const response = await route.fetch();
      const json = replace[file];
      await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' }, ...(json ? { body: JSON.stringify(json) } : {}) });
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(new URL(`${name}.html`, productSite.url).href);
    return { page, requests, warnings };
  }

  it('shows a product’s top questions on another site, as text', async () => {
    const { page } = await productPage('thermo', '<div data-faq-product="lumen-thermo"></div><div data-faq-product="lumen-thermo" data-faq-lang="zh" id="zh"></div>');
    await page.waitForSelector('#zh li a');
    expect(await page.locator('[data-faq-product]').first().locator('h2').textContent()).toBe('Top questions about Lumen Thermo');
    expect(await page.locator('[data-faq-product]').first().locator('li').count()).toBeGreaterThan(1);
    const hrefs = await page.locator('[data-faq-product] a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    // The demo's site.yaml sets `url:`, so links lead to the help center's public address.
    expect(hrefs.every((href) => href.startsWith('https://help.lumen-home.example/'))).toBe(true);
    expect(hrefs.some((href) => href.startsWith('https://help.lumen-home.example/zh/q/'))).toBe(true);
    await page.context().close();
  });

  it('keeps only http(s) links from its data, resolved against the help center', async () => {
    const { page } = await productPage('hostile-data', '<div data-faq-product="lumen-thermo">Product help</div>', {
      'embed/p/lumen-thermo.json': {
        title: 'Top questions',
        more: { label: 'More', url: 'javascript:alert(document.domain)' },
        questions: [
          { question: 'Script', url: 'javascript:alert(1)' },
          { question: 'Mixed case script', url: ' JaVaScRiPt:alert(1)' },
          { question: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
          { question: 'Relative', url: '/q/return-window/' },
          { question: 'Absolute', url: 'https://help.example.com/q/x/' },
        ],
      },
    });
    await page.waitForSelector('[data-faq-product] h2');
    const links = await page.locator('[data-faq-product] a').evaluateAll((anchors) => anchors.map((anchor) => [anchor.textContent, (anchor as HTMLAnchorElement).href]));
    expect(links).toEqual([
      ['Relative', site.url('/q/return-window/')],
      ['Absolute', 'https://help.example.com/q/x/'],
    ]);
    await page.context().close();
  });

  it('fetches only from the help center, in a language it is built in, whatever the page’s attributes say', async () => {
    const hostile = ['//evil.example', 'https://evil.example/x?', '../../evil', 'en/../../evil', 'fr'];
    const { page, requests, warnings } = await productPage(
      'hostile-attributes',
      [...hostile.map((lang) => `<div data-faq-product="lumen-thermo" data-faq-lang="${lang}">Unchanged</div>`), '<div data-faq-product="lumen-thermo" data-faq-lang="zh" id="zh"></div>'].join(''),
    );
    await page.waitForSelector('#zh li a');
    await expect.poll(() => warnings.length).toBe(hostile.length);
    expect(warnings[0]).toBe('FAQ widget: data-faq-lang="//evil.example" is not a language of this help center; use one of en, zh');
    expect(await page.locator('[data-faq-product]:not(#zh)').allTextContents()).toEqual(hostile.map(() => 'Unchanged'));
    const fromWidget = requests.filter((url) => !url.startsWith(productSite.url));
    expect(fromWidget.sort()).toEqual([site.url('/embed/languages.json'), site.url('/embed/widget.js'), site.url('/zh/embed/p/lumen-thermo.json')]);
    await page.context().close();
  });
});
