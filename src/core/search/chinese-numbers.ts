/**
 * Chinese numbers that count something, written in characters or in digits:
 * customers and pages write `第四季` and `第4季`, `三年级` and `3年级`, as it
 * comes. The two share no pair of characters, so each finds the other only
 * with help. Only numbers after 第 (an ordinal) or before a counter that
 * numbers a series (年级, 章, 单元, 版…) are read: `四季` (the seasons) and
 * `四川` stay words.
 */
const DIGITS = '零一二三四五六七八九';
const NUMERAL = `[${DIGITS}〇两兩十]+`;
// Simplified, then traditional, for sites in Taiwan or Hong Kong.
const COUNTERS = '年级|章|单元|版|册|期|届|部|关|课|节|个月|年級|單元|冊|屆|關|課|節|個月';
const IN_CHARACTERS = new RegExp(`(?<=第)${NUMERAL}|${NUMERAL}(?=${COUNTERS})`, 'gu');
const IN_DIGITS = new RegExp(`(?<=第)\\d{1,2}(?!\\d)|(?<!\\d)\\d{1,2}(?=${COUNTERS})`, 'gu');

/** A digit written as a character (`两` and `兩` are 2, `〇` 0), or -1. */
const digitOf = (character: string) => (character === '两' || character === '兩' ? 2 : character === '〇' ? 0 : DIGITS.indexOf(character));

/** The value of a number below 100 written in characters (`四`, `十`, `十二`, `二十`, `二十一`), if it is one. */
function valueOf(numeral: string): number | undefined {
  const ten = numeral.indexOf('十');
  if (ten < 0) return numeral.length === 1 ? digitOf(numeral) : undefined;
  if (ten > 1 || numeral.length - ten > 2) return undefined;
  const tens = ten === 0 ? 1 : digitOf(numeral.charAt(0));
  const ones = ten === numeral.length - 1 ? 0 : digitOf(numeral.charAt(ten + 1));
  return tens < 0 || ones < 0 ? undefined : tens * 10 + ones;
}

/** A number below 100 in characters, as it is most often written (`4` → `四`, `12` → `十二`, `21` → `二十一`). */
function inCharacters(value: number): string {
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  if (!tens) return DIGITS.charAt(ones);
  return `${tens === 1 ? '' : DIGITS.charAt(tens)}十${ones ? DIGITS.charAt(ones) : ''}`;
}

/** The query with its counting numbers written the other way (`第四季` → `第4季`, `3年级` → `三年级`), or the query itself. */
export function otherNumbers(query: string): string {
  const inDigits = query.replace(IN_CHARACTERS, (numeral) => String(valueOf(numeral) ?? numeral));
  return inDigits !== query ? inDigits : query.replace(IN_DIGITS, (digits) => inCharacters(Number(digits)));
}
