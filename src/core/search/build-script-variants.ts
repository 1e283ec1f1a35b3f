import { Converter, Locale } from 'opencc-js/t2cn';
import { charClass, HAN } from '../cjk.ts';

/**
 * Chinese is written in simplified characters (mainland China, Singapore) and
 * in traditional ones (Taiwan, Hong Kong, Macau), and readers type in the
 * script they know, whichever the site is written in: 設定 for 设定 on a
 * mainland site, 发货 for 發貨 on a Taiwanese one. The two share no character
 * pair, so such a query would find nothing.
 *
 * The build works out, from OpenCC's tables, which characters are the same
 * character in another script, and which words Taiwan or Hong Kong says
 * another way; the index then says, for each character or pair the site
 * never writes, what the site writes instead. The browser carries no table:
 * it reads these in the term shards a query fetches anyway (`load-index.ts`).
 */

const HAN_CHARACTER = charClass(HAN);

/** The regional spellings OpenCC converts to simplified characters: standard traditional, Taiwan's and Hong Kong's. */
const TRADITIONAL_STANDARDS = ['t', 'tw', 'hk'] as const;

let families: ReadonlyMap<string, readonly string[]> | undefined;
let regional: readonly (readonly [string[], string[]])[] | undefined;

/**
 * Each Han character that has another form, with every form of it (itself
 * included): 发 發 髮, 里 裏 裡. Characters are grouped with their simplified
 * form under each regional standard, so Taiwan's 裡 and Hong Kong's 裏 are
 * one family with 里. Worked out once per process, in about a tenth of a
 * second.
 */
function characterFamilies(): ReadonlyMap<string, readonly string[]> {
  if (families) return families;
  const characters: string[] = [];
  // CJK Unified Ideographs and Extension A: every character OpenCC's character tables convert.
  for (let code = 0x3400; code <= 0x9fff; code++) if (code < 0x4dc0 || code >= 0x4e00) characters.push(String.fromCodePoint(code));
  const parent = new Map<string, string>();
  const root = (character: string): string => {
    let at = character;
    for (let next = parent.get(at); next !== undefined && next !== at; next = parent.get(at)) at = next;
    return at;
  };
  // One character a line: OpenCC's phrase tables cannot join two of them into a word.
  const lines = characters.join('\n');
  for (const from of TRADITIONAL_STANDARDS) {
    const converted = Converter({ from, to: 'cn' })(lines).split('\n');
    characters.forEach((character, i) => {
      const simplified = converted[i];
      // Only characters of one UTF-16 unit, which the browser can read by index; rarer ones are left as they are.
      if (!simplified || simplified === character || simplified.length !== 1) return;
      const [a, b] = [root(character), root(simplified)];
      if (a !== b) parent.set(a, b);
    });
  }
  const members = new Map<string, string[]>();
  for (const character of parent.keys()) {
    for (const member of [character, root(character)]) {
      const family = members.get(root(member)) ?? [];
      if (!family.includes(member)) family.push(member);
      members.set(root(member), family);
    }
  }
  const byCharacter = new Map<string, readonly string[]>();
  for (const family of members.values()) for (const member of family) byCharacter.set(member, family);
  families = byCharacter;
  return byCharacter;
}

/**
 * The two-character words Taiwan or Hong Kong says differently from the
 * mainland (`列印` and `打印`, `軟體` and `軟件`), each side in both scripts
 * (`打印`, `軟件` `软件`), from OpenCC's regional phrase tables. Longer words
 * and words of unequal length are left out: the browser reads a query's
 * pairs in place.
 */
function regionalWords(): readonly (readonly [string[], string[]])[] {
  if (regional) return regional;
  const simplified = Converter({ from: 't', to: 'cn' });
  const spellings = (word: string) => [...new Set([word, simplified(word)])].filter((spelling) => spelling.length === 2);
  const tables = [Locale.from.twp, Locale.from.hkp].map((groups) => groups?.[0]?.[0]);
  regional = tables.flatMap((table) => (typeof table === 'string' ? table.split('|') : [])).flatMap((line) => {
    const [local, mainland] = line.split(' ');
    if (!local || !mainland || local.length !== 2 || mainland.length !== 2 || ![...local, ...mainland].every((character) => HAN_CHARACTER.test(character))) return [];
    return [[spellings(local), spellings(mainland)] as const];
  });
  return regional;
}

/**
 * How the index tells the browser to read a query typed in the other
 * script, from its terms and how many documents hold each:
 *
 * - each Han character the site never writes but whose counterpart in the
 *   other script it does, with those counterparts, the most used first (on a
 *   simplified site 設 → 设; on a traditional one 发 → 發髮). A character the
 *   site writes stays itself, even where it has another form;
 * - each pair of characters that the first counterparts would spell wrong,
 *   with the pair the site writes: a traditional site's 頭髮 is `头发` →
 *   `頭髮`, since 发 alone reads as 發; and where it writes both 后
 *   (empress) and 後 (after), its 以後 is `以后` → `以後`;
 * - each two-character word of another region, where the site uses the
 *   other region's word for it and not this one (on a mainland site `列印`
 *   and `軟體` → `打印` and `软件`).
 */
export function scriptVariants(documentFrequency: ReadonlyMap<string, number>): Map<string, string> {
  const table = characterFamilies();
  const uses = hanCharacterUses(documentFrequency);
  const variants = new Map<string, string>();
  const done = new Set<readonly string[]>();
  for (const character of uses.keys()) {
    const family = table.get(character);
    if (!family || done.has(family)) continue;
    done.add(family);
    const written = family.filter((member) => uses.has(member)).sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || (a < b ? -1 : 1));
    for (const member of family) if (!uses.has(member)) variants.set(member, written.join(''));
  }
  const asRead = (character: string) => [...(variants.get(character) ?? character)][0] ?? character;
  const pairs = new Map<string, { pair: string; frequency: number }>();
  for (const [term, frequency] of documentFrequency) {
    const [first, second] = term;
    if (term.length !== 2 || !first || !second || !HAN_CHARACTER.test(first) || !HAN_CHARACTER.test(second)) continue;
    for (const a of table.get(first) ?? [first]) {
      for (const b of table.get(second) ?? [second]) {
        const spelling = a + b;
        if (spelling === term || documentFrequency.has(spelling) || asRead(a) + asRead(b) === term) continue;
        const best = pairs.get(spelling);
        if (!best || frequency > best.frequency) pairs.set(spelling, { pair: term, frequency });
      }
    }
  }
  // A regional word the site does not use, where it uses the other region's (on a mainland site `列印` → `打印`).
  for (const [local, mainland] of regionalWords()) {
    for (const [words, others] of [[local, mainland], [mainland, local]] as const) {
      const written = words.filter((word) => documentFrequency.has(word)).sort((a, b) => (documentFrequency.get(b) ?? 0) - (documentFrequency.get(a) ?? 0))[0];
      if (!written) continue;
      for (const other of others) {
        if (!documentFrequency.has(other) && !pairs.has(other) && !words.includes(other) && [...other].map(asRead).join('') !== written) pairs.set(other, { pair: written, frequency: 0 });
      }
    }
  }
  for (const [spelling, { pair }] of pairs) variants.set(spelling, pair);
  return variants;
}

/** How often each Han character occurs in an index's terms, weighed by how many documents hold the term. */
function hanCharacterUses(documentFrequency: ReadonlyMap<string, number>): Map<string, number> {
  const uses = new Map<string, number>();
  for (const [term, frequency] of documentFrequency) {
    for (const character of term) if (HAN_CHARACTER.test(character)) uses.set(character, (uses.get(character) ?? 0) + frequency);
  }
  return uses;
}
