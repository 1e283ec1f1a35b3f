import { encodeNumbers } from './codec.ts';
import { tokenize } from './tokenize.ts';
import type { SearchDocument } from './types.ts';

/** The names of the products the documents are about, sorted: display records and term shards number them in this order. */
export function productNames(docs: readonly SearchDocument[]): string[] {
  return [...new Set(docs.flatMap((doc) => doc.products ?? []))].sort();
}

/** A product's name as a query is compared with it: the terms of its words, and of its pairs of CJK characters, the first word first. */
function productNameTerms(name: string): string[] {
  return [...new Set(tokenize(name).filter((token) => !token.parts).map((token) => token.term))];
}

/**
 * For each term of the product names, what a term shard says of it
 * (`ProductTerm` in `product-names.ts`), encoded: whether it names a product
 * (1) or not (0), then each product holding it with the number of words of
 * its name. A word does not name a product when the names of three lines or
 * more share it (`smart` of the Spark Smart Plug, the Latch Smart Lock, the
 * Chorus Smart Speaker; `plus`), a name's first word being its line; nor when
 * most names share it, three at least (a brand that starts every name).
 */
export function productTerms(names: readonly string[]): Map<string, string> {
  const nameTerms = names.map(productNameTerms);
  const holders = new Map<string, number[]>();
  nameTerms.forEach((terms, product) => {
    for (const term of terms) {
      const products = holders.get(term);
      if (products) products.push(product);
      else holders.set(term, [product]);
    }
  });
  const encoded = new Map<string, string>();
  for (const [term, products] of holders) {
    const lines = new Set(products.map((product) => nameTerms[product]?.[0]));
    const naming = lines.size < 3 && !(products.length >= 3 && products.length > names.length / 2);
    encoded.set(term, encodeNumbers([naming ? 1 : 0, ...products.flatMap((product) => [product, nameTerms[product]?.length ?? 0])]));
  }
  return encoded;
}
