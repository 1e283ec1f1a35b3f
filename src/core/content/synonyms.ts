import type { YamlSource } from './yaml-source.ts';
import type { Problem, SynonymGroups } from './types.ts';

/**
 * `synonyms.yaml` is a list of groups. A group is a list (`[refund, money back, 退款]`)
 * or one line with `=` between the words (`refund = money back = 退款`).
 */
export function parseSynonyms(source: YamlSource, file: string): { groups: SynonymGroups; problems: Problem[] } {
  const problems: Problem[] = [];
  const groups: SynonymGroups = [];
  if (source.value == null) return { groups, problems };
  if (!Array.isArray(source.value)) {
    problems.push({ file, line: 1, message: 'synonyms.yaml should be a list of groups', hint: 'write one group per line: `- [refund, money back, 退款]`', severity: 'error' });
    return { groups, problems };
  }
  source.value.forEach((item: unknown, index) => {
    if (Array.isArray(item) && item.some((word) => word !== null && typeof word === 'object')) {
      problems.push({ file, line: source.lineOf([index]), message: 'a synonym group holds a list or a map among its words', hint: 'write its words as text, one level deep: `- [refund, money back]`', severity: 'error' });
      return;
    }
    // An empty place (`[wifi, ]`) is YAML's null, not the word "null".
    const words = Array.isArray(item)
      ? item.map((word) => (word === null ? '' : String(word).trim()))
      : typeof item === 'string'
        ? item.split('=').map((word) => word.trim())
        : [];
    const line = source.lineOf([index]);
    // Search reads words in lower case: `WiFi` and `wifi` are one word.
    const usable: string[] = [];
    for (const word of words) if (word && !usable.some((kept) => kept.toLowerCase() === word.toLowerCase())) usable.push(word);
    if (usable.length < 2) {
      problems.push({ file, line, message: `a synonym group needs at least two ${words.filter(Boolean).length > 1 ? 'different ' : ''}words`, hint: 'write `- [refund, money back]` or `- refund = money back`', severity: 'error' });
      return;
    }
    for (const word of new Set(words.filter(Boolean))) {
      const repeats = words.filter((other) => other === word).length;
      if (repeats > 1) problems.push({ file, line, message: `"${word}" is listed ${repeats === 2 ? 'twice' : `${repeats} times`} in this group`, hint: 'list it once', severity: 'warning' });
    }
    groups.push(usable);
  });
  return { groups, problems };
}
