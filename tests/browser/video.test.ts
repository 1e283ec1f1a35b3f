import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readOutput } from '../support/astro-build.ts';
import { serveBuiltSite, type ServedSite } from '../support/served-site.ts';
import { seriousAccessibilityViolations, watchForErrors, watchForPolicyViolations } from '../support/page-checks.ts';
import { focusIsVisible, tabTo } from '../support/keyboard.ts';

/** The demo help center, which enables YouTube videos in its site.yaml. */
let site: ServedSite;

beforeAll(async () => {
  site = await serveBuiltSite({ contentDir: process.env.DEMO || undefined, reuse: true });
});

afterAll(() => site?.close());

const PLAYER = 'https://www.youtube-nocookie.com';

/** The demo's entry with a video, found from the built export. */
function videoEntryUrl(lang: string): string {
  const { entries } = JSON.parse(readOutput(site.outDir, 'faq.json')) as { entries: { url: string; lang: string; id: string }[] };
  const entry = entries.find((candidate) => candidate.id === 'thermo-install-video' && candidate.lang === lang);
  if (!entry) throw new Error(`the demo needs its ${lang} video entry, thermo-install-video`);
  // faq.json gives the public address; the test serves the site locally.
  return site.url(new URL(entry.url).pathname);
}

async function open(lang: string): Promise<{ page: Page; errors: string[]; violations: string[]; thirdParty: string[] }> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const errors = watchForErrors(page);
  const violations = await watchForPolicyViolations(page);
  const origin = new URL(site.url('/')).origin;
  const thirdParty: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) thirdParty.push(request.url());
  });
  // The tests have no network: the player answers with a page of its own, so a request to it is seen and succeeds.
  await context.route(`${PLAYER}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Player</title><p>Player</p>' }));
  await page.goto(videoEntryUrl(lang));
  return { page, errors, violations, thirdParty };
}

describe('a video in an answer', () => {
  it('asks the provider for nothing until the reader presses play, then plays in the privacy-friendly player', async () => {
    const { page, errors, violations, thirdParty } = await open('en');
    const button = page.getByRole('button', { name: 'Play video: Installing Lumen Thermo, step by step' });
    await expect.poll(() => button.isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(thirdParty).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);
    // Readers without script still have the link to the video.
    expect(await page.locator('faq-video a[href="https://www.youtube.com/watch?v=aqz-KE-bpKQ"]').count()).toBe(1);

    const poster = await page.locator('.video-poster').boundingBox();
    await tabTo(page, 'button.video-play');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    const player = page.locator('faq-video iframe');
    await expect.poll(() => player.count()).toBe(1);
    // The player takes the poster's place at its size: nothing below it moves.
    expect(await player.boundingBox()).toEqual(poster);
    expect(await player.getAttribute('src')).toBe(`${PLAYER}/embed/aqz-KE-bpKQ?autoplay=1`);
    expect(await player.getAttribute('title')).toBe('Installing Lumen Thermo, step by step');
    // Focus follows into the player the reader started.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
    await expect.poll(() => thirdParty).toEqual([`${PLAYER}/embed/aqz-KE-bpKQ?autoplay=1`]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has a translated button and no serious accessibility problem, callouts included', async () => {
    const { page, errors } = await open('zh');
    const button = page.getByRole('button', { name: '播放视频：一步一步安装 Lumen Thermo' });
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await page.getByRole('note', { name: '警告' }).count()).toBe(1);
    expect(await page.getByRole('note', { name: '提示' }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await button.click();
    await expect.poll(() => page.locator('faq-video iframe').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the page from scrolling sideways at 320 px', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(videoEntryUrl('en'));
    await expect.poll(() => page.locator('button.video-play').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});
