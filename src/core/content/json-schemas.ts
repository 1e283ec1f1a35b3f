import { z } from 'zod';
import { CategoriesSchema, EntryFrontMatterSchema, ProductsSchema, SiteSchema } from './schema.ts';
import { InterfaceTextSchema } from './interface-text.ts';

/**
 * JSON Schemas of what editors write, generated from the same zod schemas the
 * build validates with, so an editor's completion and the build never disagree.
 */
export function contentJsonSchemas(): Record<string, unknown> {
  const toJson = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    title,
  });
  return {
    'site.schema.json': toJson(SiteSchema, 'site.yaml: help center settings'),
    'categories.schema.json': toJson(CategoriesSchema, 'categories.yaml: the catalogue tree'),
    'products.schema.json': toJson(ProductsSchema, 'products.yaml: product pages answers link to'),
    'entry.schema.json': toJson(EntryFrontMatterSchema, 'Front matter of one FAQ entry'),
    'i18n.schema.json': toJson(InterfaceTextSchema, 'i18n/<language>.yaml: the interface text of one language'),
  };
}
