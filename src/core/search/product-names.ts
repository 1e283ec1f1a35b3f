import { tokenize } from './tokenize.ts';

/** A product's name as a query is compared with it: the terms of its words, and of its pairs of CJK characters. */
export type ProductName = ReadonlySet<string>;

export function productName(name: string): ProductName {
  return new Set(tokenize(name).filter((token) => !token.parts).map((token) => token.term));
}

interface Fit {
  /** Words of the name the query says. */
  said: number;
  /** Words of the name it does not. */
  unsaid: number;
}

/**
 * Whether an entry is about products the query did not ask for, in a
 * catalogue of product lines with variants: `tempo` names the Tempo
 * Thermostat, not the Tempo Plus Thermostat, which the customer would have
 * called `tempo plus`. A product is named when the query says a word of its
 * name and no product sharing that word explains the query better: more of
 * its words for no more unsaid ones, or as many for fewer. An entry is not
 * asked for when it is about no product the query names, or about a model
 * the query passed over for another of its line (the Tempo Plus, for
 * `tempo`). An entry about no product, or any query that names none, is
 * never "not asked for".
 *
 * Returns a test of an entry's products (numbers into `names`).
 */
export function unaskedProducts(names: readonly ProductName[], asked: ReadonlySet<string>): (products: readonly number[]) => boolean {
  const naming = namingWords(names, asked);
  const fits: Fit[] = names.map((name) => {
    let said = 0;
    for (const term of name) if (asked.has(term)) said++;
    return { said, unsaid: name.size - said };
  });
  const mentioned = names.map((name) => [...name].some((term) => naming.has(term)));
  if (!mentioned.some(Boolean)) return () => false;
  const named = fits.map((fit, p) => mentioned[p] && !fits.some((other, o) => o !== p && explainsBetter(other, fit) && shareWord(names[p]!, names[o]!, naming)));
  const passedOver = mentioned.map((said, p) => said && !named[p]);
  return (products) => products.length > 0 && (!products.some((p) => named[p]) || products.some((p) => passedOver[p]));
}

/**
 * The query's words that can name a product. Not a word that names of three
 * lines or more share (`smart` of the Spark Smart Plug, the Latch Smart
 * Lock, the Chorus Smart Speaker; `plus`), a name's first word being its
 * line; nor one that most names share, three at least (a brand that starts
 * every name): `smart home` leaves the order alone, and `spark smart plug
 * with the latch` names both the Spark and the Latch.
 */
function namingWords(names: readonly ProductName[], asked: ReadonlySet<string>): Set<string> {
  const naming = new Set<string>();
  for (const term of asked) {
    const holders = names.filter((name) => name.has(term));
    const lines = new Set(holders.map((name) => name.values().next().value));
    if (holders.length && lines.size < 3 && !(holders.length >= 3 && holders.length > names.length / 2)) naming.add(term);
  }
  return naming;
}

/** More of the query's words for no more unsaid ones, or fewer unsaid ones for as many. */
function explainsBetter(other: Fit, fit: Fit): boolean {
  return (other.said > fit.said && other.unsaid <= fit.unsaid) || (other.said >= fit.said && other.unsaid < fit.unsaid);
}

function shareWord(a: ProductName, b: ProductName, words: ReadonlySet<string>): boolean {
  for (const term of a) if (words.has(term) && b.has(term)) return true;
  return false;
}
