import { STATUS_CODES } from 'node:http';
import type { Problem } from '../content/types.ts';
import type { LinkPlace } from './external-link-places.ts';
import type { LinkCache } from './link-check-cache.ts';
import { createRequestSlots } from './request-slots.ts';

export interface LinkCheckOptions {
  /** Node's global fetch unless given (tests pass their own only to count or refuse requests). */
  fetch?: typeof globalThis.fetch;
  /** Per request; a site that says nothing for this long is reported as a warning. */
  timeoutMs?: number;
  concurrency?: number;
  perHost?: number;
  /** Between two requests' starts on the same host. */
  hostGapMs?: number;
  /** Before asking a site that answered 5xx once more. */
  retryDelayMs?: number;
  maxRedirects?: number;
  /** Working addresses checked within a day are not asked again. */
  cache?: LinkCache;
}

export const LINK_CHECK_DEFAULTS = { timeoutMs: 10_000, concurrency: 8, perHost: 2, hostGapMs: 250, retryDelayMs: 1_000, maxRedirects: 10 };

/** Names the tool to the sites it asks, as polite crawlers do. */
export const LINK_CHECK_USER_AGENT = 'faq-site-link-check/1.0 (npm run check -- --links; checks links in a help center)';

/** What checking one address found: nothing to say, or a problem of some severity. */
export type LinkVerdict = { ok: true; status: number } | { ok: false; severity: 'error' | 'warning'; reason: string; hint: string };

/**
 * Checks every place's address over the network, each address once however
 * often it is written, and reports each broken one at every place it is
 * written (once per place): errors for dead links, warnings for links a
 * site would not confirm (429, no answer in time).
 */
export async function externalLinkProblems(places: readonly LinkPlace[], options: LinkCheckOptions = {}): Promise<Problem[]> {
  const verdicts = await checkAddresses(places.map((place) => place.url), options);
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const place of places) {
    const key = `${place.file}\n${place.line ?? ''}\n${place.url}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const verdict = verdicts.get(place.url)!;
    if (verdict.ok) continue;
    const what = verdict.severity === 'error' ? 'broken link' : 'link not confirmed';
    problems.push({ file: place.file, line: place.line, message: `${what} ${shown(place.url)} — ${verdict.reason}`, hint: verdict.hint, severity: verdict.severity });
  }
  const unsaved = saveCache(options.cache);
  return unsaved ? [...problems, unsaved] : problems;
}

/** A cache that cannot be written only costs time next run: said, but no reason to lose the report. */
function saveCache(cache: LinkCache | undefined): Problem | undefined {
  try {
    cache?.save();
    return undefined;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    return { file: cache!.file, message: `could not remember the working links (${reason}), so the next run asks them all again`, hint: 'make the folder writable, or pass --links-cache with a file you can write', severity: 'warning' };
  }
}

/** The verdict for each written address. */
export async function checkAddresses(urls: readonly string[], options: LinkCheckOptions = {}): Promise<Map<string, LinkVerdict>> {
  const settings = { ...LINK_CHECK_DEFAULTS, ...definedOnly(options) };
  const run = createRequestSlots({ limit: settings.concurrency, perHost: settings.perHost, hostGapMs: settings.hostGapMs });
  const checker: Checker = { ...settings, fetch: options.fetch ?? globalThis.fetch, run, cache: options.cache };
  // The fragment never reaches the server: `page#a` and `page#b` are one request.
  const byTarget = new Map<string, Promise<LinkVerdict>>();
  const verdicts = new Map<string, LinkVerdict>();
  await Promise.all(
    [...new Set(urls)].map(async (url) => {
      const target = requestTarget(url);
      if (typeof target !== 'string') {
        verdicts.set(url, target);
        return;
      }
      if (!byTarget.has(target)) byTarget.set(target, checkAddress(target, checker));
      verdicts.set(url, await byTarget.get(target)!);
    }),
  );
  return verdicts;
}

interface Checker extends Omit<typeof LINK_CHECK_DEFAULTS, 'concurrency' | 'perHost' | 'hostGapMs'> {
  fetch: typeof globalThis.fetch;
  run: ReturnType<typeof createRequestSlots>;
  cache?: LinkCache;
}

/** The address to request, or why none can be. */
function requestTarget(url: string): string | LinkVerdict {
  if (!URL.canParse(url)) return { ok: false, severity: 'error', reason: 'not a valid web address', hint: 'fix the address: no spaces, and a host name after https://' };
  const parsed = new URL(url);
  if (parsed.username || parsed.password) {
    return { ok: false, severity: 'error', reason: 'carries a user name or password', hint: 'remove them from the link: every reader would see them' };
  }
  parsed.hash = '';
  return parsed.href;
}

async function checkAddress(url: string, checker: Checker): Promise<LinkVerdict> {
  const cached = checker.cache?.freshStatus(url);
  if (cached !== undefined) return { ok: true, status: cached };
  const verdict = await followRedirects(url, checker);
  if (verdict.ok) checker.cache?.rememberWorking(url, verdict.status);
  return verdict;
}

async function followRedirects(url: string, checker: Checker): Promise<LinkVerdict> {
  const visited = new Set([url]);
  let current = url;
  for (let redirects = 0; ; redirects += 1) {
    const answer = await ask(current, checker);
    if ('failure' in answer) return answer.failure;
    const next = redirectTarget(answer, current);
    if (next === undefined) return verdictFor(answer.status, current === url ? undefined : { at: current, redirects });
    if (visited.has(next)) return { ok: false, severity: 'error', reason: `redirects in a loop (${[...visited, next].join(' → ')})`, hint: 'link to the page the site means to show, or tell its owner' };
    if (redirects + 1 > checker.maxRedirects) return { ok: false, severity: 'error', reason: `more than ${checker.maxRedirects} redirects`, hint: 'link to the page the redirects end at, if any' };
    if (!/^https?:$/.test(new URL(next).protocol)) return { ok: true, status: answer.status };
    visited.add(next);
    current = next;
  }
}

type Failure = Extract<LinkVerdict, { ok: false }>;
/** What one request got: a status, or no answer at all (and whether only for lack of time). */
type Answer = { status: number; location: string | null } | { failure: Failure; timedOut: boolean };

/**
 * HEAD first, as it downloads nothing; GET when a site refuses HEAD (405,
 * 501, often 403) or drops it. A 5xx is asked once more, with GET, before it
 * counts: servers stumble.
 */
async function ask(url: string, checker: Checker): Promise<Answer> {
  let answer = await request(url, 'HEAD', checker);
  // A site too slow for HEAD is too slow for GET: asking again would only double the wait.
  const refused = 'status' in answer ? [403, 405, 501].includes(answer.status) : !answer.timedOut;
  if (refused) answer = await request(url, 'GET', checker);
  if ('status' in answer && answer.status >= 500) {
    await new Promise((resolve) => setTimeout(resolve, checker.retryDelayMs));
    answer = await request(url, 'GET', checker);
  }
  return answer;
}

async function request(url: string, method: 'HEAD' | 'GET', checker: Checker): Promise<Answer> {
  return checker.run(new URL(url).host, async () => {
    try {
      const response = await checker.fetch(url, {
        method,
        redirect: 'manual',
        headers: { 'user-agent': LINK_CHECK_USER_AGENT, accept: 'text/html,*/*;q=0.8' },
        signal: AbortSignal.timeout(checker.timeoutMs),
      });
      // Only the status matters: leaving a body unread would hold its connection open.
      await response.body?.cancel().catch(() => undefined);
      return { status: response.status, location: response.headers.get('location') };
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return { failure: timedOut ? timeoutFailure(checker) : networkFailure(error), timedOut };
    }
  });
}

function redirectTarget(answer: { status: number; location: string | null }, from: string): string | undefined {
  if (![301, 302, 303, 307, 308].includes(answer.status) || !answer.location) return undefined;
  return URL.canParse(answer.location, from) ? new URL(answer.location, from).href : undefined;
}

function verdictFor(status: number, redirected?: { at: string; redirects: number }): LinkVerdict {
  if (status < 400) return { ok: true, status };
  const where = redirected ? ` at ${redirected.at} after ${redirected.redirects} ${redirected.redirects === 1 ? 'redirect' : 'redirects'}` : '';
  const text = `${status}${STATUS_CODES[status] ? ` ${STATUS_CODES[status]}` : ''}${where}`;
  if (status === 429) return { ok: false, severity: 'warning', reason: text, hint: 'the site turns away automated checks: open the link in a browser to confirm it' };
  if (status === 401 || status === 403) return { ok: false, severity: 'error', reason: text, hint: 'the page asks for a login, or the site turns away automated checks: open it in a browser, and link to a public page' };
  if (status >= 500) return { ok: false, severity: 'error', reason: `${text}, twice`, hint: 'the site is failing: try again later, or link elsewhere' };
  return { ok: false, severity: 'error', reason: text, hint: 'fix the address, or remove the link' };
}

/** A warning, not an error: a slow or busy site says nothing certain about the page. */
function timeoutFailure(checker: Pick<Checker, 'timeoutMs'>): Failure {
  return { ok: false, severity: 'warning', reason: `no answer within ${checker.timeoutMs / 1000} s`, hint: 'the site may be slow or down: open the link in a browser; raise --links-timeout for slow sites' };
}

/** fetch's failures, in words an editor can act on. */
function networkFailure(error: unknown): Failure {
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const code = cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { ok: false, severity: 'error', reason: 'the host name does not exist (DNS)', hint: 'check the spelling of the address' };
  if (code === 'ECONNREFUSED') return { ok: false, severity: 'error', reason: 'connection refused', hint: 'nothing answers at that address: fix it, or remove the link' };
  const detail = code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return { ok: false, severity: 'error', reason: `could not connect (${detail})`, hint: 'fix the address, or remove the link' };
}

/** Addresses as messages show them: never with a user name or password. */
function shown(url: string): string {
  if (!URL.canParse(url)) return JSON.stringify(url);
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return parsed.href;
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
