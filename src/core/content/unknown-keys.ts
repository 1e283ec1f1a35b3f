import type { ZodType } from 'zod';
import { withinOneEdit } from '../edit-distance.ts';
import { formatPath, type YamlSource } from './yaml-source.ts';
import type { Problem } from './types.ts';

/** A key the schema does not know, where it was written and the keys known there. */
export interface UnknownKey {
  path: PropertyKey[];
  key: string;
  known: string[];
}

interface SchemaDefinition {
  type: string;
  shape?: Record<string, ZodType>;
  catchall?: { _zod: { def: { type: string } } };
  element?: ZodType;
  innerType?: ZodType;
  in?: ZodType;
  options?: ZodType[];
  getter?: () => ZodType;
}

const definitionOf = (schema: ZodType) => (schema as unknown as { _zod: { def: SchemaDefinition } })._zod.def;
const isMap = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** What a schema reads once its wrappers (optional, default, transform…) are taken off. */
function baseType(schema: ZodType): string {
  const definition = definitionOf(schema);
  const inner = definition.innerType ?? definition.in ?? (definition.type === 'lazy' ? definition.getter!() : undefined);
  return inner ? baseType(inner) : definition.type;
}

/**
 * The keys of `value` that `schema` would silently drop: zod's objects strip
 * what they do not know, so a misspelt optional key (`descripton:`) would
 * vanish without a word. Follows the value into the schema's objects, lists
 * and wrappers; in a choice of forms, into the form the value matches.
 */
export function unknownKeys(schema: ZodType, value: unknown, path: PropertyKey[] = []): UnknownKey[] {
  // Text, numbers and the like hold no keys: most values of a front matter, which is read 50,000 times in a large site.
  if (value === null || typeof value !== 'object') return [];
  const definition = definitionOf(schema);
  switch (definition.type) {
    case 'object': {
      if (!isMap(value)) return [];
      const shape = (schema as unknown as { shape: Record<string, ZodType> }).shape;
      const known = Object.keys(shape);
      const keepsOthers = definition.catchall !== undefined && definitionOf(definition.catchall as unknown as ZodType).type !== 'never';
      return Object.entries(value).flatMap(([key, item]) => {
        if (!(key in shape)) return keepsOthers ? [] : [{ path, key, known }];
        return item !== null && typeof item === 'object' ? unknownKeys(shape[key]!, item, [...path, key]) : [];
      });
    }
    case 'array':
      if (!Array.isArray(value)) return [];
      return value.flatMap((item, index) => (item !== null && typeof item === 'object' ? unknownKeys(definition.element!, item, [...path, index]) : []));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return unknownKeys(definition.innerType!, value, path);
    case 'pipe':
      return unknownKeys(definition.in!, value, path);
    case 'lazy':
      return unknownKeys(definition.getter!(), value, path);
    case 'union': {
      // A list can only be read by a list form, a map by a map form; parse only to choose between several.
      const forms = definition.options!.filter((option) => Array.isArray(value) === (baseType(option) === 'array'));
      const matching = forms.length === 1 ? forms[0] : forms.find((option) => option.safeParse(value).success);
      return matching ? unknownKeys(matching, value, path) : [];
    }
    default:
      return [];
  }
}

/**
 * A warning for each key the schema would drop, on its line, naming the key
 * it is probably a misspelling of. Warnings, not errors: a site may keep
 * notes of its own beside the settings; `npm run check --strict` fails on them.
 */
export function unknownKeyWarnings(schema: ZodType, source: YamlSource, file: string, describeKnown?: (known: string[]) => string): Problem[] {
  return unknownKeys(schema, source.value).map(({ path, key, known }) => ({
    file,
    line: source.lineOf([...path, key]),
    message: `unknown key \`${formatPath([...path, key])}\` is ignored`,
    hint: keyMeant(key, known) ?? describeKnown?.(known) ?? `the keys understood here are ${known.join(', ')}`,
    severity: 'warning' as const,
  }));
}

/** Keys written in another case or style are the same word to an editor: `Search_Placeholder` is `searchPlaceholder`. */
const squash = (key: string) => key.toLowerCase().replace(/[-_\s]/g, '');

/** The key, or keys, an unknown one most likely stands for, as a hint. */
function keyMeant(key: string, known: readonly string[]): string | undefined {
  // One letter wrong, missing, added, or two swapped: enough to catch a typo.
  const close = known.find((candidate) => withinOneEdit(candidate, key) || squash(candidate) === squash(key));
  if (close) return `did you mean \`${close}\`?`;
  // The start of several (`search:` for `searchLabel`, `searchPlaceholder`…), as a group written as a map of its own.
  const starting = squash(key).length >= 3 ? known.filter((candidate) => squash(candidate).startsWith(squash(key))) : [];
  if (starting.length === 0) return undefined;
  return `did you mean one of ${starting.slice(0, 12).map((candidate) => `\`${candidate}\``).join(', ')}${starting.length > 12 ? '…' : ''}? Each is a key of its own at this level`;
}
