import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulateEvents, type PlantedFacts } from '../../../bench/insights/simulate-events.ts';
import type { Insights } from '../../../src/core/insights/analyse.ts';
import { htmlReport } from '../../../src/core/insights/report-html.ts';
import { markdownReport } from '../../../src/core/insights/report-markdown.ts';
import type { ReadSummary } from '../../../src/core/insights/report-text.ts';
import { terminalSummary } from '../../../src/core/insights/report-terminal.ts';
import { generateCorpus, removeTemporaryFolders } from '../../support/astro-build.ts';
import { insightsOf, insightsSite } from '../../support/insights.ts';

afterAll(removeTemporaryFolders);

/** The report must surface every fact the simulator planted, on the demo and on the generated corpus alike. */
describe.each([
  ['the demo', () => 'content', 6000],
  ['the generated corpus', () => path.join(generateCorpus(400), 'content'), 8000],
])('insights over simulated events on %s', (_name, contentDir, events) => {
  let planted: PlantedFacts;
  let insights: Insights;
  let read: ReadSummary;
  let lines: string[];

  beforeAll(async () => {
    const site = await insightsSite(contentDir());
    lines = [];
    planted = await simulateEvents(site, { events, seed: 7 }, (line) => lines.push(line));
    ({ insights, read } = await insightsOf(site, lines));
  }, 120_000);

  it('reads every simulated event without a bad line', () => {
    expect(read.badLines).toBe(0);
    expect(insights.events).toBeGreaterThanOrEqual(events);
  });

  it('puts the topic the FAQ lacks first among missing questions, in English and Chinese as one group, with a ready command', () => {
    const [top] = insights.missing;
    const written = top!.examples.map((example) => example.text.toLowerCase());
    expect(written.some((text) => text.includes(planted.missingTopic.en))).toBe(true);
    expect(Object.keys(top!.byLang).sort()).toEqual(['en', 'zh']);
    expect(top!.byLang.zh).toBeGreaterThan(0);
    expect(top!.command).toMatch(/^npm run new -- ".+\?" --category [a-z/-]+ (--audience [a-z]+ ?)+/);
    expect(insights.missing.slice(1).every((group) => group.count < top!.count / 2)).toBe(true);
  });

  it('lists the entry readers open and vote down first among answers that do not help, with its interval and comments', () => {
    const [worst] = insights.unhelpful;
    expect(worst).toMatchObject({ lang: planted.unhelpful.lang, id: planted.unhelpful.id });
    expect(worst!.high).toBeLessThan(0.5);
    expect(worst!.low).toBeGreaterThan(0);
    expect(worst!.comments.length).toBeGreaterThan(0);
  });

  it('suggests a much higher priority for the entry readers need most', () => {
    const row = insights.demand.find((item) => item.lang === planted.lowPriority.lang && item.id === planted.lowPriority.id);
    expect(row?.priority).toBe(planted.lowPriority.priority);
    expect(row!.suggested).toBeGreaterThanOrEqual(planted.lowPriority.priority + 40);
    expect(insights.demand[0]?.id).toBe(planted.lowPriority.id);
  });

  it('shows the query whose answer ranks fourth as found but not chosen, with the entry readers opened at rank 4', () => {
    expect(planted.fourthRank.query).not.toBe('');
    const group = insights.notChosen.find((item) => item.examples.some((example) => example.text === planted.fourthRank.query));
    expect(group).toBeDefined();
    expect(group!.notOpened / group!.searches).toBeGreaterThan(0.5);
    expect(group!.opened[0]?.id).toBe(planted.fourthRank.entry);
    expect(group!.opened[0]!.averageRank).toBeGreaterThanOrEqual(3);
    expect(group!.target?.id).toBe(planted.fourthRank.entry);
    expect(group!.currentRank).toBe(4);
  });

  it('lets no planted e-mail address, phone number or order number through to any report', () => {
    expect(planted.personalData.some((item) => lines.join('\n').includes(item))).toBe(true);
    const reports = [markdownReport(insights, read), htmlReport(insights, read), terminalSummary(insights, read), JSON.stringify(insights, (_key, value) => (value instanceof Map ? [...value] : value))];
    for (const report of reports) {
      for (const item of planted.personalData) {
        expect(report).not.toContain(item);
        expect(report).not.toContain(item.replace(/\s/g, ''));
      }
      expect(report).not.toMatch(/[\w.]+@[\w-]+\.\w{2,}/);
    }
    expect(markdownReport(insights, read)).toMatch(/\[(email|phone|number)\]/);
  });
});
