import { describe, expect, it } from 'vitest';
import { initialismAlternatives, joinedWordAlternatives, numberAlternatives, runTogetherAlternatives, wordFormAlternatives } from '../../../src/core/search/word-variants.ts';
import { tokenize } from '../../../src/core/search/tokenize.ts';
import { doc, openIndex } from './search-fixtures.ts';

const index = await openIndex([
  doc({ id: 'a', question: 'Unsaturated resin for the garden table', text: 'Delete the old coat first.' }),
  doc({ id: 'b', question: 'Setting the office printer', text: 'Offset printing is not supported.' }),
  doc({ id: 'c', question: 'Make a backup before the setup', text: 'Fill in the form forth.' }),
  doc({ id: 'd', question: 'Show 20 results on two pages', text: 'Up to a hundred.' }),
]);

/** The joined words a query's words stand for, by the word as typed. */
function joined(query: string): Record<string, string[][]> {
  const words = tokenize(query, { keepStopwords: true });
  const found = joinedWordAlternatives(query, words, index.vocabulary);
  return Object.fromEntries(words.filter((word) => found.has(word)).map((word) => [word.word, (found.get(word) ?? []).map((alternative) => alternative.terms)]));
}

describe('word variants', () => {
  it('split a run-together word into the known words that make it', () => {
    expect(runTogetherAlternatives('unsaturatedresin', index.vocabulary).map((alternative) => alternative.terms)).toContainEqual(['unsaturat', 'resin']);
  });

  it('leave a word the index lacks whole rather than split it into short words it knows', async () => {
    const short = await openIndex([doc({ id: 'a', question: 'Turn off the car alarm', text: 'Set it up again.' })]);
    expect(runTogetherAlternatives('offset', short.vocabulary).map((alternative) => alternative.terms)).not.toContainEqual(['off', 'set']);
    expect(runTogetherAlternatives('carset', short.vocabulary).map((alternative) => alternative.terms)).not.toContainEqual(['car', 'set']);
  });

  it('leave a pasted run of letters longer than a word could be alone, however many known words it holds', () => {
    expect(runTogetherAlternatives('unsaturatedresin'.repeat(5), index.vocabulary)).toEqual([]);
  });

  it('join two words written apart into the one word the index holds, for each of the two', () => {
    expect(joined('back ups')).toEqual({ back: [['backup']], ups: [['backup']] });
  });

  it('join a word and the particle of a phrasal verb, but no other stopword', () => {
    expect(joined('set up the printer')).toEqual({ set: [['setup']], up: [['setup']] });
    expect(joined('for the form')).toEqual({});
    expect(joined('for me')).toEqual({});
  });

  it('join only words with nothing but spaces between them', () => {
    expect(joined('back, up')).toEqual({});
  });

  it('give a number written in words in digits, and in digits in words, where the index holds it so', () => {
    const terms = (word: string) => numberAlternatives(word, index.vocabulary).map((alternative) => alternative.terms);
    expect(terms('twenty')).toEqual([['20']]);
    expect(terms('2')).toEqual([['two']]);
    expect(terms('100')).toEqual([['hundr']]);
    expect(terms('thirty')).toEqual([]);
    expect(terms('one')).toEqual([]);
  });

  it('look other forms up by the letters typed, not by their stem', () => {
    const forms = wordFormAlternatives('offsets', 'offset', index.vocabulary).map((alternative) => alternative.terms[0]);
    expect(forms).not.toContain('offic');
    expect(wordFormAlternatives('deletion', 'deletion', index.vocabulary).map((alternative) => alternative.terms[0])).toEqual(['delet']);
  });

  it('read a two-letter initialism as the most common word of two known words with its initials', async () => {
    const site = await openIndex([
      doc({ id: 'a', question: 'Log in to Facebook with your password', text: 'Type the pass word twice; a key opens the board.' }),
      doc({ id: 'b', question: 'Share a Facebook post', text: 'Pick who sees it, face to face or in a book club.' }),
      doc({ id: 'c', question: 'Messages and keyboards', text: 'A new message opens on the keyboard.' }),
    ]);
    const read = (word: string) => initialismAlternatives(word, word, site.vocabulary, 0.9).map((alternative) => alternative.terms);
    expect(read('fb')).toEqual([['facebook']]);
    expect(read('pw')).toEqual([['password']]);
    expect(read('kb')).toEqual([['keyboard']]);
    // `mes` + `sage` are not words of the site: `ms` is not `message`.
    expect(read('ms')).toEqual([]);
    // Words with a vowel, and stopwords, are words rather than initials.
    expect(read('my')).toEqual([]);
    expect(read('fa')).toEqual([]);
  });

  it('leave an initialism the site itself uses alone unless the longer word is far more common', async () => {
    const site = await openIndex([
      doc({ id: 'a', question: 'Files over 500 KB', text: 'Shrink them first.' }),
      doc({ id: 'b', question: 'The keyboard shortcuts', text: 'Press a key on the board.' }),
      doc({ id: 'c', question: 'A keyboard for tablets', text: 'Any keyboard works.' }),
    ]);
    expect(initialismAlternatives('kb', 'kb', site.vocabulary, 0.9)).toEqual([]);
  });
});
