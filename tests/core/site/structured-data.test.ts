import { describe, expect, it } from 'vitest';
import { entryStructuredData } from '../../../src/core/site/structured-data.ts';
import type { EntryView } from '../../../src/core/site/model.ts';

const entry = (fields: Partial<EntryView>) => ({ id: 'return-window', question: 'How long do I have to return an item?', text: 'Thirty days from delivery.', ...fields }) as EntryView;

describe("an entry page's structured data", () => {
  it('is a schema.org FAQPage of the one question, its answer as text and the date it changed', () => {
    expect(JSON.parse(entryStructuredData(entry({ updated: '2026-10-01' })))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'How long do I have to return an item?', dateModified: '2026-10-01', acceptedAnswer: { '@type': 'Answer', text: 'Thirty days from delivery.' } }],
    });
  });

  it('leaves the date out when the entry has none', () => {
    expect(JSON.parse(entryStructuredData(entry({}))).mainEntity[0]).not.toHaveProperty('dateModified');
  });

  it('cannot close its script element, whatever the question and answer say, and still reads as what they say', () => {
    const question = 'Why does </script><script>alert(1)</script> show?';
    const text = 'Type <!-- or </SCRIPT > here.';
    const data = entryStructuredData(entry({ question, text }));
    expect(data).not.toContain('<');
    const parsed = JSON.parse(data);
    expect(parsed.mainEntity[0].name).toBe(question);
    expect(parsed.mainEntity[0].acceptedAnswer.text).toBe(text);
  });
});
