/**
 * What a term says about the products whose names hold it, as a term shard
 * carries it (`build-product-names.ts`): each product's number (as display
 * records give it) with the number of words of its name, and whether the
 * word can name a product at all (`smart`, which the names of many lines
 * share, cannot).
 */
export interface ProductTerm {
  naming: boolean;
  /** Product number, then how many words its name has, for each product whose name holds the term. */
  products: readonly number[];
}

interface Fit {
  /** Words of the name the query says. */
  said: number;
  /** Words of the name it does not. */
  unsaid: number;
  /** Whether one of the words said can name a product. */
  mentioned: boolean;
}

/**
 * Whether an entry is about products the query did not ask for, in a
 * catalogue of product lines with variants: `tempo` names the Tempo
 * Thermostat, not the Tempo Plus Thermostat, which the customer would have
 * called `tempo plus`. A product is named when the query says a naming word
 * of its name and no product sharing a naming word the query says explains
 * the query better: more of its words for no more unsaid ones, or as many
 * for fewer. An entry is not asked for when it is about no product the query
 * names, or about a model the query passed over for another of its line (the
 * Tempo Plus, for `tempo`). An entry about no product, or any query that
 * names none, is never "not asked for".
 *
 * `termOf` gives what the index says of a term; returns a test of an entry's
 * products (numbers, as its display record gives them).
 */
export function unaskedProducts(asked: ReadonlySet<string>, termOf: (term: string) => ProductTerm | undefined): (products: readonly number[]) => boolean {
  const fits = new Map<number, Fit>();
  const naming: number[][] = [];
  for (const term of asked) {
    const found = termOf(term);
    if (!found) continue;
    const holders: number[] = [];
    for (let i = 0; i + 1 < found.products.length; i += 2) {
      const product = found.products[i]!;
      const fit = fits.get(product) ?? { said: 0, unsaid: found.products[i + 1]!, mentioned: false };
      fit.said++;
      fit.unsaid--;
      fit.mentioned ||= found.naming;
      fits.set(product, fit);
      holders.push(product);
    }
    if (found.naming) naming.push(holders);
  }
  if (!naming.length) return () => false;
  const named = new Set<number>();
  const passedOver = new Set<number>();
  for (const [product, fit] of fits) {
    if (!fit.mentioned) continue;
    const rivals = new Set(naming.filter((holders) => holders.includes(product)).flat());
    const beaten = [...rivals].some((other) => other !== product && explainsBetter(fits.get(other)!, fit));
    (beaten ? passedOver : named).add(product);
  }
  return (products) => products.length > 0 && (!products.some((p) => named.has(p)) || products.some((p) => passedOver.has(p)));
}

/** More of the query's words for no more unsaid ones, or fewer unsaid ones for as many. */
function explainsBetter(other: Fit, fit: Fit): boolean {
  return (other.said > fit.said && other.unsaid <= fit.unsaid) || (other.said >= fit.said && other.unsaid < fit.unsaid);
}
