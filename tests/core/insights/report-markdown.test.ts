import { afterAll, describe, expect, it } from 'vitest';
import { markdownReport } from '../../../src/core/insights/report-markdown.ts';
import { removeTemporaryFolders } from '../../support/astro-build.ts';
import { insightsOf, insightsSite } from '../../support/insights.ts';

afterAll(removeTemporaryFolders);

describe('the Markdown report', () => {
  it('keeps readers\' text inside code spans, where a link, an image, HTML or a table pipe is only text', async () => {
    const site = await insightsSite('content');
    const hostile = 'zebra `x` ![y](https://evil.example/p.png) <img src=x> | [click](javascript:alert(1))';
    const line = JSON.stringify({ type: 'search', at: '2026-11-20T10:15Z', lang: 'en', page: '/search/', query: hostile, results: 0, opened: null, rank: null });
    const { insights, read } = await insightsOf(site, [line, line]);
    const report = markdownReport(insights, read);
    expect(report).toContain("### 1. `zebra 'x' ![y](https://evil.example/p.png) <img src=x> [click](javascript:alert(1))` — 2 times");
    expect(report).toContain("Readers wrote: `zebra 'x' ![y](https://evil.example/p.png) <img src=x> [click](javascript:alert(1))` (2)");
  });
});
