import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** Console errors, uncaught exceptions and failed requests of a page: a test asserts there are none. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  // A browser asks for /favicon.ico by itself on a page that names no icon (the page at an old address, which leaves at once): not the site's error.
  const isFavicon = (url: string) => new URL(url, 'http://page.invalid/').pathname.endsWith('/favicon.ico');
  page.on('console', (message) => {
    if (message.type() === 'error' && !isFavicon(message.location().url || '/')) errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  // A cancelled request (net::ERR_ABORTED) is the browser's doing or the page's choice: an icon still loading when the reader
  // leaves, a search that drops a stale fetch. A file the site fails to serve shows as an HTTP error or another net:: error.
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} ${error}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !isFavicon(response.url())) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

/** Content-Security-Policy violations of a page, as `directive blocked-uri`: a test asserts which there are. Call before `goto`. */
export async function watchForPolicyViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page; returns the serious and critical violations, readable in a failure message. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the browser's debugging protocol: an inline <script> would be (rightly) blocked by the pages' own policy.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/**
 * What makes a page scroll sideways at its viewport's width: the page's own
 * scroll width, and the first few visible elements sticking out past the
 * right edge (as `tag.class`). What sticks out inside a box that scrolls on
 * its own, such as a wide table or a code block, does not count.
 */
export async function sidewaysOverflow(page: Page): Promise<{ width: number; wider: string[] }> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth + 0.5;
    const insideScrollBox = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) if (getComputedStyle(parent).overflowX !== 'visible') return true;
      return false;
    };
    return {
      width: document.documentElement.scrollWidth,
      wider: [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => element.getBoundingClientRect().right > edge && element.checkVisibility() && !insideScrollBox(element))
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
        .slice(0, 5),
    };
  });
}

/** One layout shift: how much it moved, and what moved (each element as `tag#id.class` with its box before → after). */
export interface LayoutShift {
  value: number;
  moved: string[];
}

/**
 * Counts a page's layout shifts from its first paint on: call before
 * `goto`, so the observer is in place before the page's own scripts. The
 * returned function waits two frames (a shift is reported with the frame
 * that paints it) and gives every shift so far, with what moved, so a
 * failure says where to look.
 */
export async function countLayoutShifts(page: Page): Promise<() => Promise<LayoutShift[]>> {
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
    const shifts: { value: number; moved: string[] }[] = [];
    (window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
    const box = (rect: DOMRectReadOnly) => `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
    const name = (node: Node | undefined) => {
      if (!(node instanceof Element)) return node ? node.nodeName : '(removed)';
      return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${[...node.classList].map((item) => `.${item}`).join('')}`;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({ value: entry.value, moved: (entry.sources ?? []).map((source) => `${name(source.node)} ${box(source.previousRect)} → ${box(source.currentRect)}`) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () =>
    page.evaluate(
      () => new Promise<LayoutShift[]>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { layoutShifts: LayoutShift[] }).layoutShifts)))),
    );
}
