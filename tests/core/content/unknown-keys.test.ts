import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { unknownKeyWarnings } from '../../../src/core/content/unknown-keys.ts';
import { parseYamlSource } from '../../../src/core/content/yaml-source.ts';

const Settings = z.object({ title: z.string(), searchLabel: z.string(), searchPlaceholder: z.string(), searchButton: z.string(), shortName: z.string() }).partial();

function hints(yaml: string, describeKnown?: (known: string[]) => string) {
  return unknownKeyWarnings(Settings, parseYamlSource(yaml, 'settings.yaml'), 'settings.yaml', describeKnown).map(({ line, message, hint }) => ({ line, message, hint }));
}

describe('a key the settings do not know', () => {
  it('is taken for the key one typing slip away', () => {
    expect(hints('titel: Help\n')).toEqual([{ line: 1, message: 'unknown key `titel` is ignored', hint: 'did you mean `title`?' }]);
  });

  it('is taken for the key written in another case or with dashes, underscores or spaces', () => {
    expect(hints('short_name: Help\nSearch-Placeholder: Ask\n').map(({ hint }) => hint)).toEqual(['did you mean `shortName`?', 'did you mean `searchPlaceholder`?']);
  });

  it('written as a group of the keys it starts, is shown those keys, each one of its own', () => {
    expect(hints('search:\n  placeholder: Ask\n')).toEqual([
      { line: 1, message: 'unknown key `search` is ignored', hint: 'did you mean one of `searchLabel`, `searchPlaceholder`, `searchButton`? Each is a key of its own at this level' },
    ]);
  });

  it('like no known key, is told the keys understood, or where to find them', () => {
    expect(hints('colour: red\n').map(({ hint }) => hint)).toEqual(['the keys understood here are title, searchLabel, searchPlaceholder, searchButton, shortName']);
    expect(hints('colour: red\n', (known) => `see the ${known.length} keys in the manual`).map(({ hint }) => hint)).toEqual(['see the 5 keys in the manual']);
  });
});
