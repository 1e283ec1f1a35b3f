import type { Browser, BrowserContext, BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import { watchForErrors } from './page-checks.ts';

/**
 * One tab for many checks, each starting as a first visit in a new page would.
 *
 * A new page costs Chromium a new renderer, half a second or more on CI's two
 * cores, and a file that opens one per check spends minutes on it. A reused
 * tab, before each visit: removes every listener the visit before added to
 * the page, leaves for about:blank, clears what the sites visited so far left
 * in the browser (cookies, local storage, IndexedDB, caches, service
 * workers; session storage, of the site the tab was last on), sets the viewport, puts the pointer back in the corner,
 * and loads the page with the HTTP cache off, as an empty cache would. What
 * stays is what the tab's context is made with (`isMobile`, `hasTouch`…).
 * `tests/browser/harness.test.ts` shows a visit finding nothing of the one before.
 */
export interface ReusedTab {
  /** The tab's one page: for what stays on it from visit to visit, such as an init script given once. */
  readonly page: Page;
  /** Makes the tab a new page again at `viewport`, as above; `errors` collects its errors from now on (see `watchForErrors`). Then go to a page. */
  fresh(viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }>;
  /** `fresh`, then opens `url`. */
  visit(url: string, viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function reusedTab(browser: Browser, options: BrowserContextOptions = {}): Promise<ReusedTab> {
  const context: BrowserContext = await browser.newContext(options);
  const page = await context.newPage();
  const session: CDPSession = await context.newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  // Every origin the tab has been to, from its pages' own requests: what they left is cleared before the next visit.
  const origins = new Set<string>();
  context.on('request', (request) => {
    const { origin } = new URL(request.url());
    if (origin.startsWith('http')) origins.add(origin);
  });
  const fresh = async (viewport: { width: number; height: number }) => {
    page.removeAllListeners();
    // Session storage is the tab's own, and Chromium 150 no longer clears it with the origin's data below:
    // it is emptied while the tab is still on the origin that wrote it.
    const here = new URL(page.url()).origin;
    if (here.startsWith('http')) await session.send('DOMStorage.clear', { storageId: { securityOrigin: here, isLocalStorage: false } });
    await page.goto('about:blank');
    await context.clearCookies();
    for (const origin of origins) await session.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    await session.send('Network.clearBrowserCache');
    await page.setViewportSize(viewport);
    // Where a new page's pointer is: nothing hovered that the visit before pointed at.
    await page.mouse.move(0, 0);
    return { page, errors: watchForErrors(page) };
  };
  return {
    page,
    fresh,
    async visit(url, viewport) {
      const visit = await fresh(viewport);
      await page.goto(url);
      return visit;
    },
    close: () => context.close(),
  };
}
