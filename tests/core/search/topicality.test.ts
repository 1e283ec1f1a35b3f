import { describe, expect, it } from 'vitest';
import { answerTopicality, writtenTopicality } from '../../../src/core/search/topicality.ts';
import { tokenize } from '../../../src/core/search/tokenize.ts';
import { doc, idsFor, openIndex } from './search-fixtures.ts';

/** Twelve answers: six say "particular" once, six come back to "backup" three times. */
const answers = [
  ...Array.from({ length: 6 }, (_, i) => `In particular, step ${i} is the one to watch.`),
  ...Array.from({ length: 6 }, (_, i) => `Make a backup first. The backup ${i} keeps your data. Restore the backup later.`),
];

describe('topicality learned from the answers', () => {
  const topicality = answerTopicality(answers.map((text) => tokenize(text)), answers.length, 5);

  it('is zero or less for a word said once here and once there, and higher for a word answers come back to', () => {
    expect(topicality.get('particular')).toBeLessThan(0.05);
    expect(topicality.get('backup')).toBeGreaterThan(0.4);
  });

  it('says nothing of a word found in fewer answers than it needs to judge', () => {
    expect(topicality.has('watch')).toBe(true);
    expect(answerTopicality(answers.map((text) => tokenize(text)), answers.length, 7).has('particular')).toBe(false);
  });

  it('leaves Chinese and Japanese terms out: they are character pairs, not words', () => {
    const chinese = Array.from({ length: 6 }, () => tokenize('退货需要多久？退货很快。'));
    expect([...answerTopicality(chinese, 6, 5).keys()]).toEqual([]);
  });

  it('writes only the words said in passing, in whole hundredths', () => {
    const written = writtenTopicality(new Map([['particular', 0.012], ['often', 0.37], ['backup', 1.4]]), { minAnswers: 5, writtenBelow: 1, stepHundredths: 5 });
    expect(Object.fromEntries(written)).toEqual({ particular: 0, often: 35 });
  });
});

describe('ranking with topicality', () => {
  it('counts a word the answers say in passing less than an equally rare word they are about', async () => {
    const index = await openIndex([
      // Without topicality the two match equally, and the higher priority would come first.
      doc({ id: 'passing', question: 'Is there a particular setting for this?', priority: 90 }),
      doc({ id: 'topic', question: 'How do I restore from a backup?' }),
      ...answers.map((text, i) => doc({ id: `answer-${i}`, question: `Question ${i}`, text })),
    ]);
    const ids = await idsFor(index, 'particular backup');
    expect(ids.indexOf('topic')).toBeLessThan(ids.indexOf('passing'));
    expect(ids).toContain('passing');
  });

  it('changes nothing for a site whose answers are too few to tell', async () => {
    const index = await openIndex([
      doc({ id: 'passing', question: 'Is there a particular setting for this?', priority: 90 }),
      doc({ id: 'topic', question: 'How do I restore from a backup?' }),
      ...answers.slice(4, 8).map((text, i) => doc({ id: `answer-${i}`, question: `Question ${i}`, text })),
    ]);
    expect((await idsFor(index, 'particular backup')).slice(0, 2)).toEqual(['passing', 'topic']);
  });
});
