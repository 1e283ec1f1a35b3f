import type { UiStrings } from './strings.ts';

/** Interface text as an editor writes it in `i18n/<lang>.yaml`: any of the texts, at any depth. */
export type WrittenStrings = Written<UiStrings>;

export type Written<T> = T extends string | readonly string[] ? T : { [K in keyof T]?: Written<T[K]> };

/** One text of the interface: where it sits (`ask.send`) and what it says. */
export interface StringLeaf {
  path: string[];
  text: string | readonly string[];
}

/** Every text of a set of interface strings, depth first, in the order written. */
export function stringLeaves(strings: object, path: string[] = []): StringLeaf[] {
  return Object.entries(strings).flatMap(([key, value]): StringLeaf[] => {
    if (typeof value === 'string' || Array.isArray(value)) return [{ path: [...path, key], text: value as string | string[] }];
    return value && typeof value === 'object' ? stringLeaves(value as object, [...path, key]) : [];
  });
}

/** The shipped interface text with an editor's own texts in place of the ones they wrote. */
export function withWrittenStrings<T extends object>(shipped: T, written: Written<T> | undefined): T {
  if (!written) return shipped;
  const merged: Record<string, unknown> = { ...(shipped as Record<string, unknown>) };
  for (const [key, value] of Object.entries(written)) {
    if (value === undefined) continue;
    const base = (shipped as Record<string, unknown>)[key];
    merged[key] = typeof value === 'string' || Array.isArray(value) || !base || typeof base !== 'object' ? value : withWrittenStrings(base as object, value as object);
  }
  return merged as T;
}

/** The `{name}` placeholders a text is filled in with. */
export function placeholdersOf(text: string | readonly string[]): string[] {
  const texts = typeof text === 'string' ? [text] : text;
  return [...new Set(texts.flatMap((item) => [...item.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)))];
}
