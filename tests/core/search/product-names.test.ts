import { describe, expect, it } from 'vitest';
import { productName, unaskedProducts } from '../../../src/core/search/product-names.ts';
import { tokenize } from '../../../src/core/search/tokenize.ts';

const CATALOGUE = ['Tempo Thermostat', 'Tempo Plus Thermostat', 'Tempo Pro Thermostat', 'Latch Smart Lock', 'Spark Outdoor Smart Plug', 'Tempo 温控器', 'Tempo Plus 温控器'];
const TEMPO = 0;
const TEMPO_PLUS = 1;
const TEMPO_PRO = 2;
const LATCH = 3;
const SPARK_OUTDOOR = 4;
const TEMPO_ZH = 5;
const TEMPO_PLUS_ZH = 6;
const names = CATALOGUE.map(productName);

/** Whether an entry about these products is one the query did not ask for. */
function unasked(query: string, products: number[]): boolean {
  return unaskedProducts(names, new Set(tokenize(query, { keepStopwords: true }).map((token) => token.term)))(products);
}

describe('the products a query names', () => {
  it('are the plain model when the query says only the name the variants share', () => {
    expect(unasked('tempo energy use', [TEMPO])).toBe(false);
    expect(unasked('tempo energy use', [TEMPO_PLUS])).toBe(true);
    expect(unasked('tempo energy use', [TEMPO_PRO])).toBe(true);
  });

  it('are the variant the query names by its own word', () => {
    expect(unasked('tempo plus energy use', [TEMPO_PLUS])).toBe(false);
    expect(unasked('tempo plus energy use', [TEMPO])).toBe(true);
  });

  it('leave out products the query does not mention, but not products of another line it also names', () => {
    expect(unasked('tempo energy use', [LATCH])).toBe(true);
    expect(unasked('spark outdoor with the latch lock', [LATCH])).toBe(false);
    expect(unasked('spark outdoor with the latch lock', [SPARK_OUTDOOR])).toBe(false);
  });

  it('count an entry about several products as asked for when one of them is named and none is a model the query passed over', () => {
    expect(unasked('spark outdoor with the latch lock', [SPARK_OUTDOOR, LATCH])).toBe(false);
    expect(unasked('tempo with the latch lock', [TEMPO, LATCH])).toBe(false);
    expect(unasked('tempo with the latch lock', [TEMPO_PLUS, LATCH])).toBe(true);
  });

  it('never set aside an entry about no product, nor anything for a query that names none', () => {
    expect(unasked('tempo energy use', [])).toBe(false);
    expect(unasked('how long is delivery', [TEMPO_PLUS])).toBe(false);
  });

  it('are compared in Chinese by their character pairs too', () => {
    expect(unasked('tempo 温控器耗电吗', [TEMPO_ZH])).toBe(false);
    expect(unasked('tempo 温控器耗电吗', [TEMPO_PLUS_ZH])).toBe(true);
  });
});
