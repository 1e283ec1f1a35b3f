import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { externalLinkProblems, LINK_CHECK_USER_AGENT } from '../../../src/core/lint/external-links.ts';
import { openLinkCache } from '../../../src/core/lint/link-check-cache.ts';
import { refusedOrigin, startLinkServer, type LinkServer } from '../../support/link-server.ts';

let server: LinkServer;
let refused: string;
beforeAll(async () => {
  server = await startLinkServer();
  refused = await refusedOrigin();
});
afterAll(() => server.close());

// No gaps or retry pauses: the server is ours, and the limits are tested on their own. The timeout leaves
// room for a busy machine to answer every other request, and still runs out well before /slow answers.
const quick = { timeoutMs: 2_000, hostGapMs: 0, retryDelayMs: 0 };
const placesOf = (...paths: string[]) => paths.map((url, index) => ({ url: url.startsWith('http') ? url : `${server.origin}${url}`, file: 'faq/links.md', line: index + 1 }));
const summary = (problems: Awaited<ReturnType<typeof externalLinkProblems>>) => problems.map(({ line, severity, message }) => `${line} ${severity} ${message}`);

describe('checking external links', () => {
  it('passes pages that answer, after redirects, and after a HEAD the site refuses but a GET it answers', async () => {
    const problems = await externalLinkProblems(placesOf('/ok', '/moved', '/head-refused', '/ok#section'), quick);
    expect(problems).toEqual([]);
    expect(server.requests).toContain('HEAD /head-refused');
    expect(server.requests).toContain('GET /head-refused');
  });

  it('reports every dead link as an error at its place with the final status, and 429 and timeouts as warnings', async () => {
    const o = server.origin;
    const problems = await externalLinkProblems(
      placesOf('/missing', '/moved-to-missing', '/broken', '/loop-a', '/too-many/0', `${refused}/page`, '/limited', '/slow'),
      quick,
    );
    expect(summary(problems)).toEqual([
      `1 error broken link ${o}/missing — 404 Not Found`,
      `2 error broken link ${o}/moved-to-missing — 404 Not Found at ${o}/missing after 1 redirect`,
      `3 error broken link ${o}/broken — 500 Internal Server Error, twice`,
      `4 error broken link ${o}/loop-a — redirects in a loop (${o}/loop-a → ${o}/loop-b → ${o}/loop-a)`,
      `5 error broken link ${o}/too-many/0 — more than 10 redirects`,
      `6 error broken link ${refused}/page — connection refused`,
      `7 warning link not confirmed ${o}/limited — 429 Too Many Requests`,
      `8 warning link not confirmed ${o}/slow — no answer within 2 s`,
    ]);
    expect(problems[0]).toMatchObject({ file: 'faq/links.md', hint: 'fix the address, or remove the link' });
    expect(problems[5]).toMatchObject({ hint: 'nothing answers at that address: fix it, or remove the link' });
    expect(problems[6]).toMatchObject({ hint: 'the site turns away automated checks: open the link in a browser to confirm it' });
    // A 5xx is asked once more before it counts.
    expect(server.requests.filter((request) => request.endsWith(' /broken'))).toEqual(['HEAD /broken', 'GET /broken']);
    // A site too slow for HEAD is not made to wait out a GET as well.
    expect(server.requests.filter((request) => request.endsWith(' /slow'))).toEqual(['HEAD /slow']);
  });

  it('reports a page behind a login as broken, after asking it with GET too, and says why it may be', async () => {
    const problems = await externalLinkProblems(placesOf('/private'), quick);
    expect(problems).toEqual([
      {
        file: 'faq/links.md',
        line: 1,
        message: `broken link ${server.origin}/private — 403 Forbidden`,
        hint: 'the page asks for a login, or the site turns away automated checks: open it in a browser, and link to a public page',
        severity: 'error',
      },
    ]);
    expect(server.requests.filter((request) => request.endsWith(' /private'))).toEqual(['HEAD /private', 'GET /private']);
  });

  it('asks each address once, and reports it once per place it is written', async () => {
    const before = server.requests.filter((request) => request.endsWith(' /missing')).length;
    const url = `${server.origin}/missing`;
    const places = [
      { url, file: 'faq/a.md', line: 3 },
      { url, file: 'faq/a.md', line: 3 },
      { url: `${url}#top`, file: 'faq/a.md', line: 7 },
      { url, file: 'products.yaml', line: 2 },
    ];
    const problems = await externalLinkProblems(places, quick);
    expect(problems.map(({ file, line }) => `${file}:${line}`)).toEqual(['faq/a.md:3', 'faq/a.md:7', 'products.yaml:2']);
    expect(server.requests.filter((request) => request.endsWith(' /missing')).length - before).toBe(1);
  });

  it('never shows or sends a user name and password written in a link', async () => {
    const url = server.origin.replace('http://', 'http://editor:hunter2@');
    const problems = await externalLinkProblems([{ url: `${url}/ok?with-password`, file: 'faq/a.md', line: 1 }], quick);
    expect(summary(problems)).toEqual([`1 error broken link ${server.origin}/ok?with-password — carries a user name or password`]);
    expect(server.requests.filter((request) => request.includes('with-password'))).toEqual([]);
  });

  it('says a host name does not exist, or what else stopped the connection, as fetch reports it', async () => {
    // Node's fetch fails this way; a real unknown host would need the real network to ask DNS.
    const failing = (code: string) => (async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
    }) as typeof fetch;
    const place = [{ url: 'https://no-such-host.example/page', file: 'site.yaml', line: 4 }];
    expect(summary(await externalLinkProblems(place, { ...quick, fetch: failing('ENOTFOUND') }))).toEqual([
      '4 error broken link https://no-such-host.example/page — the host name does not exist (DNS)',
    ]);
    expect(summary(await externalLinkProblems(place, { ...quick, fetch: failing('CERT_HAS_EXPIRED') }))).toEqual([
      '4 error broken link https://no-such-host.example/page — could not connect (CERT_HAS_EXPIRED)',
    ]);
  });

  it('reports an address that cannot be a web address', async () => {
    const problems = await externalLinkProblems([{ url: 'https://acme .example/help', file: 'site.yaml', line: 9 }], quick);
    expect(problems).toEqual([
      { file: 'site.yaml', line: 9, message: 'broken link "https://acme .example/help" — not a valid web address', hint: 'fix the address: no spaces, and a host name after https://', severity: 'error' },
    ]);
  });

  it('names itself, and asks a host at most twice at once', async () => {
    const paths = Array.from({ length: 8 }, (_, index) => `/hold/${index}`);
    server.mostAtOnce = 0;
    expect(await externalLinkProblems(placesOf(...paths), quick)).toEqual([]);
    expect(server.mostAtOnce).toBe(2);
    expect([...server.userAgents]).toEqual([LINK_CHECK_USER_AGENT]);
  });
});

describe('the link cache', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-links-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('skips working links checked within a day, and asks broken ones again every time', async () => {
    const file = path.join(dir, 'checked.json');
    const hour = 60 * 60 * 1000;
    let clock = Date.UTC(2026, 10, 23, 9);
    const run = () => externalLinkProblems(placesOf('/ok?page=2', '/missing'), { ...quick, cache: openLinkCache(file, () => clock) });
    const asked = (page: string) => server.requests.filter((request) => request.endsWith(` ${page}`)).length;

    await run();
    const [okFirst, missingFirst] = [asked('/ok?page=2'), asked('/missing')];
    expect(okFirst).toBeGreaterThan(0);

    clock += 23 * hour;
    expect(summary(await run())).toEqual([`2 error broken link ${server.origin}/missing — 404 Not Found`]);
    expect(asked('/ok?page=2')).toBe(okFirst);
    expect(asked('/missing')).toBeGreaterThan(missingFirst);

    clock += 2 * hour;
    await run();
    expect(asked('/ok?page=2')).toBeGreaterThan(okFirst);
  });

  it('still reports every link when the cache cannot be written, and says so', async () => {
    fs.writeFileSync(path.join(dir, 'a-file'), '');
    const file = path.join(dir, 'a-file', 'checked.json');
    const problems = await externalLinkProblems(placesOf('/missing'), { ...quick, cache: openLinkCache(file, Date.now) });
    expect(problems.map(({ file: where, severity, message }) => `${where} ${severity} ${message}`)).toEqual([
      `faq/links.md error broken link ${server.origin}/missing — 404 Not Found`,
      expect.stringMatching(/ warning could not remember the working links \(E[A-Z]+\), so the next run asks them all again$/),
    ]);
    expect(problems[1]!.file).toBe(path.relative(process.cwd(), file));
  });

  it('reads a damaged cache file as an empty one', async () => {
    const file = path.join(dir, 'damaged.json');
    fs.writeFileSync(file, '{"version":1,"links":');
    const before = server.requests.length;
    expect(await externalLinkProblems(placesOf('/ok'), { ...quick, cache: openLinkCache(file, Date.now) })).toEqual([]);
    expect(server.requests.length).toBeGreaterThan(before);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).links).toHaveProperty([`${server.origin}/ok`, 'status'], 200);
  });
});
