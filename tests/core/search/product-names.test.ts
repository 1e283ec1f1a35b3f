import { describe, expect, it } from 'vitest';
import { productTerms } from '../../../src/core/search/build-product-names.ts';
import { decodeNumbers } from '../../../src/core/search/codec.ts';
import { unaskedProducts, type ProductTerm } from '../../../src/core/search/product-names.ts';
import { tokenize } from '../../../src/core/search/tokenize.ts';

const HOLLIS = ['Tempo Thermostat', 'Tempo Plus Thermostat', 'Tempo Pro Thermostat', 'Latch Smart Lock', 'Spark Smart Plug', 'Spark Outdoor Smart Plug', 'Chorus Smart Speaker', 'Glow Bulb'];
const [TEMPO, TEMPO_PLUS, TEMPO_PRO, LATCH, SPARK, SPARK_OUTDOOR] = [0, 1, 2, 3, 4, 5];
const SONOS = ['Sonos One', 'Sonos Arc', 'Sonos Arc Ultra', 'Sonos Move'];
const [ONE, ARC, ARC_ULTRA] = [0, 1, 2];
const HOLLIS_ZH = ['Tempo 温控器', 'Tempo Plus 温控器', 'Latch 智能门锁'];

/** Whether, in a catalogue of these product names, an entry about these products is one the query did not ask for. */
function unasked(catalogue: string[], query: string, products: number[]): boolean {
  const terms = new Map<string, ProductTerm>();
  for (const [term, encoded] of productTerms(catalogue)) {
    const [naming, ...holders] = decodeNumbers(encoded);
    terms.set(term, { naming: naming === 1, products: holders });
  }
  const said = new Set(tokenize(query, { keepStopwords: true }).map((token) => token.term));
  return unaskedProducts(said, (term) => terms.get(term))(products);
}

describe('the products a query names', () => {
  it('are the plain model when the query says only the name the variants share', () => {
    expect(unasked(HOLLIS, 'tempo energy use', [TEMPO])).toBe(false);
    expect(unasked(HOLLIS, 'tempo energy use', [TEMPO_PLUS])).toBe(true);
    expect(unasked(HOLLIS, 'tempo energy use', [TEMPO_PRO])).toBe(true);
  });

  it('are the variant the query names by its own word', () => {
    expect(unasked(HOLLIS, 'tempo plus energy use', [TEMPO_PLUS])).toBe(false);
    expect(unasked(HOLLIS, 'tempo plus energy use', [TEMPO])).toBe(true);
  });

  it('leave out products the query does not mention, but not products of another line it also names', () => {
    expect(unasked(HOLLIS, 'tempo energy use', [LATCH])).toBe(true);
    expect(unasked(HOLLIS, 'spark smart plug with the latch', [LATCH])).toBe(false);
    expect(unasked(HOLLIS, 'spark smart plug with the latch', [SPARK])).toBe(false);
    expect(unasked(HOLLIS, 'spark smart plug with the latch', [SPARK_OUTDOOR])).toBe(true);
  });

  it('count an entry about several products as asked for when one of them is named and none is a model the query passed over', () => {
    expect(unasked(HOLLIS, 'tempo with the latch lock', [TEMPO, LATCH])).toBe(false);
    expect(unasked(HOLLIS, 'tempo with the latch lock', [TEMPO_PLUS, LATCH])).toBe(true);
  });

  it('are none for a word that names of many lines share, or most names start with', () => {
    expect(unasked(HOLLIS, 'smart home set up', [LATCH])).toBe(false);
    expect(unasked(HOLLIS, 'smart home set up', [SPARK_OUTDOOR])).toBe(false);
    expect(unasked(SONOS, 'sonos wifi', [ARC_ULTRA])).toBe(false);
    expect(unasked(SONOS, 'sonos arc wifi', [ARC])).toBe(false);
    expect(unasked(SONOS, 'sonos arc wifi', [ARC_ULTRA])).toBe(true);
    expect(unasked(SONOS, 'sonos arc wifi', [ONE])).toBe(true);
  });

  it('never set aside an entry about no product, nor anything for a query that names none', () => {
    expect(unasked(HOLLIS, 'tempo energy use', [])).toBe(false);
    expect(unasked(HOLLIS, 'how long is delivery', [TEMPO_PLUS])).toBe(false);
  });

  it('are compared in Chinese by their character pairs too', () => {
    expect(unasked(HOLLIS_ZH, 'tempo 温控器耗电吗', [0])).toBe(false);
    expect(unasked(HOLLIS_ZH, 'tempo 温控器耗电吗', [1])).toBe(true);
  });
});
