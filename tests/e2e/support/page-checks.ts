import type { Page } from 'playwright-core';

export interface PageProblem {
  kind: 'console error' | 'uncaught exception' | 'failed request' | 'HTTP error';
  message: string;
}

export interface PageProblemsOptions {
  /**
   * Responses a test expects to be errors, such as the 404 it navigates to on
   * purpose; the favicon probe Chromium makes on its own is always ignored.
   */
  allowResponse?: (url: string, status: number) => boolean;
}

export interface PageProblems {
  /** Everything that went wrong so far, in order. */
  readonly list: PageProblem[];
  /** One line per problem, or an empty string: a readable assertion message. */
  format(): string;
  /** Forgets what was collected, e.g. after an expected error. */
  clear(): void;
}

/**
 * Collects console errors, uncaught exceptions, failed requests and HTTP
 * errors of a page from the moment it is called, so a test can assert that
 * a visit went cleanly: `expect(problems.list, problems.format()).toEqual([])`.
 */
export function watchPageProblems(page: Page, options: PageProblemsOptions = {}): PageProblems {
  const list: PageProblem[] = [];
  const allowResponse = options.allowResponse ?? (() => false);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    if (isAllowedLoadFailure(message.text(), url, allowResponse)) return;
    list.push({ kind: 'console error', message: `${message.text()}${url ? ` (${url}:${lineNumber})` : ''}` });
  });
  page.on('pageerror', (error) => list.push({ kind: 'uncaught exception', message: error.stack ?? error.message }));
  page.on('requestfailed', (request) => {
    list.push({ kind: 'failed request', message: `${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'unknown error'}` });
  });
  page.on('response', (response) => {
    const status = response.status();
    const url = response.url();
    if (status < 400 || isFaviconProbe(url) || allowResponse(url, status)) return;
    list.push({ kind: 'HTTP error', message: `${status} ${response.request().method()} ${url}` });
  });
  return {
    list,
    format: () => list.map((problem) => `${problem.kind}: ${problem.message}`).join('\n'),
    clear: () => void list.splice(0),
  };
}

/**
 * Chromium also logs every error response as a console error ("Failed to load
 * resource: … status of 404"); one the test allows must not come back this way.
 */
function isAllowedLoadFailure(text: string, url: string, allowResponse: (url: string, status: number) => boolean): boolean {
  const status = /^Failed to load resource: .*status of (\d{3})/.exec(text)?.[1];
  if (!status || !url) return false;
  return isFaviconProbe(url) || allowResponse(url, Number(status));
}

/** Chromium asks for /favicon.ico by itself when a page declares none; that is not the site's request. */
function isFaviconProbe(url: string): boolean {
  return new URL(url).pathname === '/favicon.ico';
}
