import { describe, expect, it } from 'vitest';
import { TopicalityCounter, writtenTopicality } from '../../../src/core/search/topicality.ts';
import { TOPICALITY } from '../../../src/core/search/settings.ts';
import { tokenize } from '../../../src/core/search/tokenize.ts';
import { doc, idsFor, openIndex } from './search-fixtures.ts';

/** Answers where "particular" is said once in each of six, and "backup" comes back three times in each of six. */
function answers(plain: number): string[] {
  return [
    ...Array.from({ length: 6 }, (_, i) => `In particular, step ${i} is the one to watch.`),
    ...Array.from({ length: 6 }, (_, i) => `Make a backup first. The backup ${i} keeps your data. Restore the backup later.`),
    ...Array.from({ length: plain }, (_, i) => `Answer number ${i} says something else.`),
  ];
}

function learn(texts: readonly string[], settings = { minIndexAnswers: 1, minAnswers: 5 }): Map<string, number> {
  const counter = new TopicalityCounter();
  for (const text of texts) counter.add(tokenize(text));
  return counter.topicality(texts.length, settings);
}

describe('topicality learned from the answers', () => {
  const topicality = learn(answers(0));

  it('is zero or less for a word said once here and once there, and higher for a word answers come back to', () => {
    expect(topicality.get('particular')).toBeLessThan(0.05);
    expect(topicality.get('backup')).toBeGreaterThan(0.4);
  });

  it('says nothing of a word found in fewer answers than it needs to judge', () => {
    expect(topicality.has('watch')).toBe(true);
    expect(learn(answers(0), { minIndexAnswers: 1, minAnswers: 7 }).has('particular')).toBe(false);
  });

  it('learns nothing from a site with too few answers for chance to even out', () => {
    expect(learn(answers(0), { minIndexAnswers: 13, minAnswers: 5 }).size).toBe(0);
    expect(learn(answers(1), { minIndexAnswers: 13, minAnswers: 5 }).size).toBeGreaterThan(0);
  });

  it('leaves Chinese and Japanese terms out: they are character pairs, not words', () => {
    expect([...learn(Array.from({ length: 6 }, () => '退货需要多久？退货很快。')).keys()]).toEqual([]);
  });

  it('writes only the words said in passing, in whole hundredths', () => {
    const written = writtenTopicality(new Map([['particular', 0.012], ['often', 0.37], ['backup', 1.4]]), { ...TOPICALITY, writtenBelow: 1, stepHundredths: 5 });
    expect(Object.fromEntries(written)).toEqual({ particular: 0, often: 35 });
  });
});

describe('ranking with topicality', () => {
  // Without topicality the two match equally, and the higher priority would come first.
  const askedAbout = [
    doc({ id: 'passing', question: 'Is there a particular setting for this?', priority: 90 }),
    doc({ id: 'topic', question: 'How do I restore from a backup?' }),
  ];
  const site = (plain: number) => [...askedAbout, ...answers(plain).map((text, i) => doc({ id: `answer-${i}`, question: `Question ${i}`, text }))];

  it('counts a word the answers say in passing less than an equally rare word they are about', async () => {
    const ids = await idsFor(await openIndex(site(TOPICALITY.minIndexAnswers)), 'particular backup');
    expect(ids.indexOf('topic')).toBeLessThan(ids.indexOf('passing'));
    expect(ids).toContain('passing');
  });

  it('changes nothing for a site with too few answers to tell', async () => {
    const ids = await idsFor(await openIndex(site(TOPICALITY.minIndexAnswers - 13)), 'particular backup');
    expect(ids.slice(0, 2)).toEqual(['passing', 'topic']);
  });
});
