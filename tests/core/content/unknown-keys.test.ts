import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { unknownKeys } from '../../../src/core/content/unknown-keys.ts';
import { CategoriesSchema, SiteSchema } from '../../../src/core/content/schema.ts';

const keysOf = (schema: z.ZodType, value: unknown) => unknownKeys(schema, value).map(({ path, key }) => [...path, key].join('.'));

describe('the keys a schema would silently drop', () => {
  it('are found at the top, inside lists of maps and inside nested maps', () => {
    const schema = z.object({ name: z.string(), items: z.array(z.object({ id: z.string(), meta: z.object({ note: z.string() }).optional() })) });
    expect(keysOf(schema, { name: 'a', nmae: 'b', items: [{ id: 'x' }, { id: 'y', ide: 'z', meta: { noet: 'n' } }] })).toEqual(['nmae', 'items.1.ide', 'items.1.meta.noet']);
  });

  it('are none for values a schema takes whole: any key of a record, any key beside a catch-all', () => {
    expect(keysOf(z.object({ vars: z.record(z.string(), z.string()) }), { vars: { anything: 'goes' } })).toEqual([]);
    expect(keysOf(z.object({ id: z.string() }).catchall(z.string()), { id: 'a', extra: 'b' })).toEqual([]);
  });

  it('follow a value into the form of a choice it is written in, a list or a map', () => {
    const schema = z.object({ who: z.union([z.object({ name: z.string() }), z.array(z.object({ name: z.string() }))]) });
    expect(keysOf(schema, { who: { name: 'a', nam: 'b' } })).toEqual(['who.nam']);
    expect(keysOf(schema, { who: [{ name: 'a' }, { naem: 'b' }] })).toEqual(['who.1.naem']);
  });

  it('go through defaults, optional values and transforms, as in site.yaml and categories.yaml', () => {
    expect(keysOf(SiteSchema, { title: 'Help', defaultLang: 'en', languages: ['en'], gate: { audiences: ['loyal'], audeinces: [] } })).toEqual(['gate.audeinces']);
    expect(keysOf(CategoriesSchema, [{ id: 'a', title: 'A', children: [{ id: 'b', title: 'B', titel: 'C' }] }])).toEqual(['0.children.0.titel']);
  });

  it('name the keys that are known where an unknown one was written', () => {
    expect(unknownKeys(z.object({ id: z.string(), name: z.string() }), { id: 'a', colour: 'red' })).toEqual([{ path: [], key: 'colour', known: ['id', 'name'] }]);
  });
});
