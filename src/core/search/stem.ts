/**
 * A light English stemmer: plurals and the -ed/-ing forms only, so `returns`,
 * `returned` and `returning` all find `return`, while words keep enough of
 * their shape for prefixes and one-letter typos to still work on them.
 * Heavier stemmers (Porter's `generalization` → `gener`) merge words that
 * customers mean differently and make typo matching unpredictable.
 */

const VOWEL = /[aeiouy]/;

/**
 * Words too common to tell questions apart; dropping them keeps the index small.
 * `done` is not one: it says a state customers ask about (`mark a card as done`);
 * nor is `only`, which says the filter they want (`show only archived mail`).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('a an the and or but of to in on at by for with from into about as than then so ' +
    'is are was were be been being am it its this that these those there here ' +
    'i me my mine you your yours we us our ours he him his she her they them their ' +
    'do does did doing have has had having ' +
    'how what why when where which who whom whose ' +
    'can could will would shall should may might must ' +
    'if else just also too very any some such own same other each both all ' +
    'up down out over under again further once s t').split(' '),
);

function undouble(word: string): string {
  const last = word.charAt(word.length - 1);
  // Porter's rule: `stopped` → `stop`, but `installed` keeps its double l.
  return word.length > 2 && last === word.charAt(word.length - 2) && !'lsz'.includes(last) && !VOWEL.test(last)
    ? word.slice(0, -1)
    : word;
}

/**
 * British and American spellings of a stem meet (`colour` and `color`,
 * `organis` and `organiz`), and so do the stems of a verb that doubles its l
 * (`cancel`, `cancell`): readers write the spelling they learned, whichever
 * the site uses. The rules apply to stems, so every form of a word that met
 * its others still does. They were checked against Debian's word lists
 * (English, French, German, Spanish, Italian, Portuguese): of the words they
 * bring together, all but a rare few are one word; `-cour` and `-tour`
 * words keep their u (French `parcours`, `retour`), and `spell`, `tell` and
 * `sell` their two l's (`misspelled`, `resell`).
 */
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/(?<=[a-z]{3})iz(?=(er|ation|ational)?$)/, 'is'], // organize, organization
  [/(?<=[a-z]{2})yz(?=(er)?$)/, 'ys'], // analyze
  [/(?<=[a-z]{2}[^cjt]o)u(?=r(it|abl[ey]?|er|ful|less|y|hood|ation|al|ist|ism)?$)/, ''], // colour, favourite, neighbourhood
  [/(?<=[a-z]{3}en)s$/, 'c'], // license, defense
  [/(?<=[aeiou][^aeiou]*[^aeioupst]el)l(?=(er|ous)?$)/, ''], // cancelled, traveller, marvellous
  [/(?<=[a-z]{4}og)ue?$/, ''], // catalogue, dialogue
];
/** What every rule needs: most stems have none of it, and skip the rules (a build stems every word it indexes). */
const SPELLING_HINT = /[iy]z|our|ens$|ell|og/;

/** Stems one folded word (see `foldWord`). Words with digits are codes and stay as they are. */
export function stemWord(word: string): string {
  if (word.length < 3 || /\d/.test(word)) return word;
  let stem = word;
  if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('sses')) stem = stem.slice(0, -2);
  else if (/(?:ch|sh|x|zz)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && stem.length > 3 && !/(?:ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);

  if (stem.endsWith('ied') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('eed')) {
    // `need`, `speed`, `agreed`: the e's belong to the word.
  } else if (stem.endsWith('ed') && VOWEL.test(stem.slice(0, -2)) && stem.length > 3) stem = undouble(stem.slice(0, -2));
  else if (stem.endsWith('ing') && VOWEL.test(stem.slice(0, -3)) && stem.length > 4) stem = undouble(stem.slice(0, -3));

  // `receive`, `received` and `receiving` meet at `receiv`.
  if (stem.endsWith('e') && stem.length > 2 && !VOWEL.test(stem.charAt(stem.length - 2))) stem = stem.slice(0, -1);
  return SPELLING_HINT.test(stem) ? SPELLINGS.reduce((spelled, [rule, spelling]) => spelled.replace(rule, spelling), stem) : stem;
}
