import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteContext } from '../../../src/core/insights/site-context.ts';
import { parseSince } from '../../../src/core/insights/read-events.ts';
import { removeTemporaryFolders } from '../../support/astro-build.ts';
import { insightsOf, insightsSite } from '../../support/insights.ts';

afterAll(removeTemporaryFolders);

let site: SiteContext;
beforeAll(async () => {
  site = await insightsSite('content');
});

const search = (query: string, extra: Record<string, unknown> = {}) => JSON.stringify({ type: 'search', at: '2026-11-20T10:15Z', lang: 'en', page: '/search/', query, results: 0, opened: null, rank: null, ...extra });

describe('reading exports', () => {
  it('counts and names every bad line by file and line, skips it, and keeps reading', async () => {
    const lines = [
      search('gift card'),
      '{"type": "search", "query": ',
      JSON.stringify({ type: 'page-view', at: '2026-11-20T10:15Z', lang: 'en', page: '/' }),
      JSON.stringify({ type: 'helpful', at: '2026-11-20T10:15Z', lang: 'en', page: '/q/x/' }),
      JSON.stringify({ type: 'helpful', at: '2026-11-20T10:15Z', lang: 'en', page: '/q/x/', entry: 'no-such-entry', helpful: false }),
      JSON.stringify({ version: 2, events: [] }),
      '',
      search('gift cards'),
    ];
    const { insights, read, file } = await insightsOf(site, lines);
    expect(read.badLines).toBe(5);
    expect(read.named).toEqual([
      { file, line: 2, problem: 'not JSON' },
      { file, line: 3, problem: 'unknown type "page-view" (expected one of search, helpful, ask-suggested, answered, asked)' },
      { file, line: 4, problem: 'missing or wrong "entry", "helpful"' },
      { file, line: 5, problem: 'entry "no-such-entry" does not exist in en (removed or renamed without an alias)' },
      { file, line: 6, problem: 'a batch of version 2 (this command reads version 1)' },
    ]);
    expect(insights.events).toBe(2);
    expect(insights.missing[0]?.count).toBe(2);
  });

  it('keeps the good events of a batch with a bad one and names the bad one within its line', async () => {
    const batch = JSON.stringify({ version: 1, events: [JSON.parse(search('gift card')), { type: 'search', at: 'yesterday', lang: 'en', page: '/', query: 'x', results: 0, opened: null, rank: null }] });
    const { insights, read, file } = await insightsOf(site, [batch]);
    expect(insights.events).toBe(1);
    expect(read.named).toEqual([{ file, line: 1, problem: 'event 2: "at" is not a UTC time like 2026-11-30T10:15Z: "yesterday"' }]);
  });

  it('reads what pages sent before these events existed: "no-results" searches and helpful votes dated to the day', async () => {
    const older = [
      JSON.stringify({ type: 'no-results', query: 'gift card', lang: 'en', page: '/search/', at: '2026-11-23' }),
      JSON.stringify({ type: 'helpful', entry: 'return-window', lang: 'en', helpful: true, page: '/q/return-window/', at: '2026-11-23' }),
    ];
    const { insights, read } = await insightsOf(site, older);
    expect(read.badLines).toBe(0);
    expect(insights.byType).toEqual({ search: 1, helpful: 1 });
    expect(insights.missing[0]).toMatchObject({ count: 1, searches: 1 });
    expect(insights.first).toBe('2026-11-23T00:00Z');
  });

  it('drops control characters from readers\' text, so the terminal summary cannot be made to obey them', async () => {
    const { insights } = await insightsOf(site, [search('gift\u001b[2J\u001b]0;owned\u0007 card'), search('gift\u001b[2J\u001b]0;owned\u0007 card')]);
    const [text] = insights.missing[0]!.examples.map((example) => example.text);
    expect(text).toBe('gift [2J ]0;owned card');
  });

  it('skips a line too long to be an event without holding it in memory, and reads on', async () => {
    const { insights, read, file } = await insightsOf(site, [search('x'.repeat(2 << 20)), search('gift card')]);
    expect(read.named).toEqual([{ file, line: 1, problem: 'longer than 1 MB' }]);
    expect(insights.events).toBe(1);
  });

  it('counts an event naming an entry by an old id (one of its aliases) for the entry under its current id', async () => {
    const votes = Array.from({ length: 4 }, () => JSON.stringify({ type: 'helpful', at: '2026-11-20T10:15Z', lang: 'en', page: '/q/track-order/', entry: 'track-order', helpful: false }));
    const { insights, read } = await insightsOf(site, votes);
    expect(read.badLines).toBe(0);
    expect(insights.unhelpful.map((entry) => entry.id)).toEqual(['where-is-my-order']);
  });

  it('removes e-mail addresses, phone numbers and long numbers from readers\' text again on input', async () => {
    const { insights } = await insightsOf(site, [search('refund for order 4417 8812 0934 5521 mail me at anna@example.org'), search('refund for order 4417 8812 0934 5521 mail me at anna@example.org'), search('call +44 7700 900123 about my refund')]);
    const texts = insights.missing.flatMap((group) => group.examples.map((example) => example.text));
    expect(texts).toContain('refund for order [number] mail me at [email]');
    expect(texts).toContain('call [phone] about my refund');
  });

  it('reads CSV with one column per field, as form back ends store posted fields, and CSV with the JSON in one column', async () => {
    const fields = [
      'created_at,type,lang,page,query,results,opened,rank,entry,helpful,comment',
      '2026-11-20 10:15:42,search,en,/search/,"gift card, plastic",0,,,,,',
      '2026-11-20 10:16:00,helpful,en,/q/refund-timing/,,,,,refund-timing,false,"It says ""soon"", but when?"',
    ];
    const { insights, read } = await insightsOf(site, fields, { name: 'netlify.csv' });
    expect(read.badLines).toBe(0);
    expect(insights.byType).toEqual({ search: 1, helpful: 1 });
    expect(insights.missing[0]?.examples[0]?.text).toBe('gift card, plastic');
    expect(insights.first).toBe('2026-11-20T10:15Z');

    const payload = ['id,created_at,body', `1,2026-11-21T08:00:00Z,"${JSON.stringify({ version: 1, events: [JSON.parse(search('gift card'))] }).replace(/"/g, '""')}"`, '2,2026-11-21T08:00:00Z,{not json'];
    const fromJson = await insightsOf(site, payload, { name: 'formspree.csv' });
    expect(fromJson.insights.events).toBe(1);
    expect(fromJson.read.named.map((bad) => [bad.line, bad.problem])).toEqual([[3, 'a JSON cell that is not JSON']]);
  });

  it('keeps only events since a date and of one language when asked', async () => {
    const lines = [search('gift card', { at: '2026-10-01T09:00Z' }), search('gift card', { at: '2026-11-25T09:00Z' }), search('礼品卡', { at: '2026-11-25T09:00Z', lang: 'zh', page: '/zh/search/' })];
    const recent = await insightsOf(site, lines, { since: '2026-11-01T00:00Z' });
    expect(recent.insights.events).toBe(2);
    expect(recent.read.filtered).toBe(1);
    const chinese = await insightsOf(site, lines, { lang: 'zh' });
    expect(chinese.insights.byLang).toEqual({ zh: 1 });
  });

  it('reads --since as a number of days or weeks back, or a date, and names anything else', () => {
    const now = new Date('2026-11-30T12:00:00Z');
    expect(parseSince('30d', now)).toEqual({ since: '2026-10-31T12:00Z' });
    expect(parseSince('2w', now)).toEqual({ since: '2026-11-16T12:00Z' });
    expect(parseSince('2026-11-01', now)).toEqual({ since: '2026-11-01T00:00Z' });
    expect(parseSince('last month', now)).toEqual({ problem: '--since "last month" is not a period like 30d or 12w, or a date like 2026-11-01' });
  });
});
