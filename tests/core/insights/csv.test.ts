import { describe, expect, it } from 'vitest';
import { createCsvReader, type CsvRecord } from '../../../src/core/insights/csv.ts';

describe('the streaming CSV reader', () => {
  it('reads quoted commas, doubled quotes and line breaks inside quotes, whatever the chunks, with each record\'s first line', () => {
    const text = 'type,query\r\nsearch,"gift card, plastic"\r\nasked,"She said ""hi""\nand left"\n\nsearch,last';
    for (const size of [1, 2, 3, 7, text.length]) {
      const records: CsvRecord[] = [];
      const reader = createCsvReader((record) => records.push(record));
      for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
      reader.end();
      expect(records, `chunks of ${size}`).toEqual([
        { fields: ['type', 'query'], line: 1 },
        { fields: ['search', 'gift card, plastic'], line: 2 },
        { fields: ['asked', 'She said "hi"\nand left'], line: 3 },
        { fields: ['search', 'last'], line: 6 },
      ]);
    }
  });
});
