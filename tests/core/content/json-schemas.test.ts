import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentJsonSchemas } from '../../../src/core/content/json-schemas.ts';

describe('JSON Schemas for editors', () => {
  it('are committed exactly as the zod schemas generate them (run `npm run schemas` after changing a schema)', () => {
    for (const [name, schema] of Object.entries(contentJsonSchemas())) {
      expect(JSON.parse(fs.readFileSync(`schemas/${name}`, 'utf8')), name).toEqual(schema);
    }
  });

  it('describe the fields editors write, with the allowed audiences', () => {
    const entry = contentJsonSchemas()['entry.schema.json'] as { required: string[]; properties: Record<string, { description?: string; anyOf?: { enum?: string[] }[] }> };
    expect(entry.required).toEqual(['question', 'audience', 'category']);
    expect(entry.properties.question!.description).toBe('The question, as the customer would ask it.');
    expect(entry.properties.audience!.anyOf![0]!.enum).toEqual(['prospect', 'new', 'loyal']);
  });

  it('show a translator the English text of each interface text they write', () => {
    const interfaceText = contentJsonSchemas()['i18n.schema.json'] as { anyOf: { properties: Record<string, { description?: string; properties?: Record<string, { description?: string }> }> }[] };
    const keys = interfaceText.anyOf[0]!.properties;
    expect(keys.searchButton!.description).toBe('Search');
    expect(keys.ask!.properties!.send!.description).toBe('Send my question');
  });
});
