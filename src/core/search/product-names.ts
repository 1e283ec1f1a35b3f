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
  const fits: Fit[] = names.map((name) => {
    let said = 0;
    for (const term of name) if (asked.has(term)) said++;
    return { said, unsaid: name.size - said };
  });
  if (!fits.some((fit) => fit.said > 0)) return () => false;
  const named = fits.map(
    (fit, p) =>
      fit.said > 0 &&
      !fits.some((other, o) => o !== p && explainsBetter(other, fit) && sharesSaidWord(names[p]!, names[o]!, asked)),
  );
  const passedOver = fits.map((fit, p) => fit.said > 0 && !named[p]);
  return (products) => products.length > 0 && (!products.some((p) => named[p]) || products.some((p) => passedOver[p]));
}

/** More of the query's words for no more unsaid ones, or fewer unsaid ones for as many. */
function explainsBetter(other: Fit, fit: Fit): boolean {
  return (other.said > fit.said && other.unsaid <= fit.unsaid) || (other.said >= fit.said && other.unsaid < fit.unsaid);
}

function sharesSaidWord(a: ProductName, b: ProductName, asked: ReadonlySet<string>): boolean {
  for (const term of a) if (asked.has(term) && b.has(term)) return true;
  return false;
}
