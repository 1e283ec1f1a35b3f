import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { copyContent, listFiles, readOutput } from '../support/astro-build.ts';
import { serveBuiltSite, type ServedSite } from '../support/served-site.ts';
import { watchForErrors, watchForPolicyViolations } from '../support/page-checks.ts';

/**
 * A host that sends no headers at all, as GitHub Pages: the plain static
 * server of the tests. Only the policy in the pages themselves protects them.
 */
let site: ServedSite;
const ALLOWED_IMAGES = 'https://cdn.example.com';

beforeAll(async () => {
  const content = copyContent('tests/fixtures/valid/content');
  fs.appendFileSync(path.join(content, 'site.yaml'), `feedback: { endpoint: "https://forms.example.com/f/1" }\nimages: { origins: ["${ALLOWED_IMAGES}"] }\n`);
  site = await serveBuiltSite({ contentDir: content });
});

afterAll(() => site?.close());

const pages = () => listFiles(site.outDir).filter((file) => file.endsWith('.html'));

function metaPolicy(html: string): string | undefined {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  return match?.[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

async function open(pathname: string): Promise<{ page: Page; errors: string[]; violations: string[] }> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const errors = watchForErrors(page);
  const violations = await watchForPolicyViolations(page);
  await page.goto(site.url(pathname));
  return { page, errors, violations };
}

describe('pages on a host that sends no headers', () => {
  it('each carry the header policy, minus what a meta policy cannot carry, before anything it governs', () => {
    const header = /^ {2}Content-Security-Policy: (.*)$/m.exec(readOutput(site.outDir, '_headers'))![1]!;
    expect(header).toContain("frame-ancestors 'none'");
    expect(pages().length).toBeGreaterThan(10);
    for (const file of pages()) {
      const html = readOutput(site.outDir, file);
      expect(metaPolicy(html), file).toBe(header.replace("; frame-ancestors 'none'", ''));
      // A meta policy governs only what comes after it.
      expect(html.indexOf('http-equiv="Content-Security-Policy"'), file).toBeLessThan(html.search(/<(script|link|style)\b/));
    }
  });

  it('load with no policy violation and no error', async () => {
    const { page, errors, violations } = await open('/');
    for (const file of pages()) {
      const pathname = `/${file.replace(/index\.html$/, '')}`;
      await page.goto(site.url(pathname));
      expect(violations, pathname).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('block an injected inline script and an image from an origin site.yaml does not allow', async () => {
    const html = readOutput(site.outDir, 'q/return-window/index.html').replace(
      '</main>',
      `<script>window.injected = true;</script><img id="pixel" src="https://tracker.example/p.gif" alt=""><img id="allowed" src="${ALLOWED_IMAGES}/panel.png" alt=""></main>`,
    );
    fs.writeFileSync(path.join(site.outDir, 'injected.html'), html);
    const { page, violations } = await open('/injected.html');
    await page.waitForLoadState('load');
    // The image from the allowed origin is let through by the policy (it then fails only for want of a network).
    await expect.poll(() => violations).toEqual(expect.arrayContaining(['script-src-elem inline', 'img-src https://tracker.example/p.gif']));
    expect(violations.filter((violation) => violation.includes(ALLOWED_IMAGES))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await page.context().close();
  });
});
