import { randomBytes } from './encoding.ts';

/**
 * Access codes look like `K7QM-8D2F-XW4T-9B3H-ZP6C`: a 4-character public
 * key-id prefix (20 random bits) that says which wrapped key to try, then 16
 * characters (80 random bits) of secret. Crockford's base32 leaves out I, L, O
 * and U so a code read off an invoice can't be mistyped into another.
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PREFIX_LENGTH = 4;
const SECRET_LENGTH = 16;
/** Each character carries 5 bits: 16 characters are 80 bits, above the 64 an offline attack must face. */
export const SECRET_BITS = SECRET_LENGTH * 5;

export function generateAccessCode(): string {
  for (;;) {
    const characters = randomCharacters(PREFIX_LENGTH + SECRET_LENGTH);
    // About one random secret in a million looks made up (see secretWeakness); draw again rather than hand out a code the build refuses.
    if (secretWeakness(characters.slice(PREFIX_LENGTH)) === undefined) return characters.match(/.{4}/g)!.join('-');
  }
}

function randomCharacters(count: number): string {
  // 32 symbols divide 256 evenly, so taking each byte modulo 32 is unbiased.
  return [...randomBytes(count)].map((byte) => CODE_ALPHABET[byte % 32]).join('');
}

export interface ParsedCode {
  prefix: string;
  secret: string;
}

/** Reads a code as a person typed it: any case, spaces or dashes, O for 0 and I or L for 1. */
export function normalizeAccessCode(input: string): ParsedCode | undefined {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== PREFIX_LENGTH + SECRET_LENGTH) return undefined;
  if ([...cleaned].some((character) => !CODE_ALPHABET.includes(character))) return undefined;
  return { prefix: cleaned.slice(0, PREFIX_LENGTH), secret: cleaned.slice(PREFIX_LENGTH) };
}

/**
 * Why a secret looks typed by a person rather than drawn at random, or
 * `undefined`. Each rule stands for a pattern people choose (`0000…`,
 * `2024…0001`, `ABCDABCD…`, `0123456789AB…`, a phone number) and is so unlikely
 * for 16 random characters that all of them together refuse about one random
 * secret in a million: `npm run codes` draws again when that happens.
 */
export function secretWeakness(secret: string): string | undefined {
  const characters = [...secret];
  // Random: about 12 distinct characters out of 16; 5 or fewer, about 3 in 10⁸.
  if (new Set(characters).size < 6) return 'it uses fewer than 6 different characters';
  // Random: 16 digits in a row, about 1 in 10⁸.
  if (/^[0-9]+$/.test(secret)) return 'it is only digits';
  // Random: the same character 6 times in a row, about 3 in 10⁷.
  if (longestStride(characters, [0]) >= 6) return 'it repeats one character 6 or more times in a row';
  // Random: 6 characters in alphabet order, up or down, about 7 in 10⁷.
  if (longestStride(characters, [1, -1]) >= 6) return 'it has 6 or more characters in alphabet order';
  // Random: a block repeated to fill the secret (`ABCDABCD…`), at most 1 in 10¹².
  for (let period = 1; period <= characters.length / 2; period++) {
    if (characters.every((character, index) => index < period || character === characters[index - period])) return 'it repeats a block of characters';
  }
  return undefined;
}

/** The most characters in a row that step through the alphabet by one same stride (0: `AAAA`, 1: `ABCD`, -1: `DCBA`). */
function longestStride(characters: string[], strides: number[]): number {
  let longest = 1;
  let current = 1;
  let previousStride: number | undefined;
  for (let index = 1; index < characters.length; index++) {
    const stride = CODE_ALPHABET.indexOf(characters[index]!) - CODE_ALPHABET.indexOf(characters[index - 1]!);
    if (!strides.includes(stride)) current = 1;
    else current = stride === previousStride && current > 1 ? current + 1 : 2;
    previousStride = stride;
    longest = Math.max(longest, current);
  }
  return longest;
}

/** The tier a code opens when the codes input names none, and the only tier of a site without `gate.tiers`. */
export const DEFAULT_TIERS: readonly string[] = ['members'];

/** A checked code, and the tiers (numbers in `gate.tiers` order) it opens. */
export interface TieredParsedCode extends ParsedCode {
  tiers: number[];
}

/**
 * The build's check of its codes, as the codes input writes them: `CODE` opens
 * the default (first) tier, `CODE:partners+pro` the tiers it names. Messages
 * name a code by its position and public prefix only: a code never appears in
 * a log.
 */
export function checkAccessCodes(codes: readonly string[], tierNames: readonly string[] = DEFAULT_TIERS): { codes: TieredParsedCode[]; problems: string[] } {
  const problems: string[] = [];
  const parsed: TieredParsedCode[] = [];
  const prefixes = new Map<string, number>();
  const secrets = new Set<string>();
  codes.forEach((line, index) => {
    const place = `access code ${index + 1}`;
    const colon = line.indexOf(':');
    const code = colon < 0 ? line : line.slice(0, colon);
    const result = normalizeAccessCode(code);
    if (tierNames.includes(line.trim())) {
      // `CODE:members,partners`: the comma ended the code, and its second tier reads as a code of its own.
      problems.push(`${place} is "${line.trim()}", a tier, not a code — join a code's tiers with +, as CODE:${tierNames.slice(0, 2).join('+')}: commas and new lines separate codes`);
      return;
    }
    if (!result && /[;|]/.test(line)) {
      problems.push(`${place} has a ; or | in it — separate codes with commas or new lines`);
      return;
    }
    if (!result) {
      problems.push(
        `${place} is not in the generated format (4 characters, then 16, from ${CODE_ALPHABET}) — generate strong codes with \`npm run codes\`: the encrypted files are public, so a weak code can be guessed offline, one try after another, with no server to stop it`,
      );
      return;
    }
    const weakness = secretWeakness(result.secret);
    if (weakness) {
      problems.push(
        `${place} (${result.prefix}-…) is too predictable: ${weakness} — generate strong codes with \`npm run codes\`: the encrypted files are public, so a predictable code can be guessed offline, one try after another, with no server to stop it`,
      );
      return;
    }
    const tiers = tiersOf(colon < 0 ? undefined : line.slice(colon + 1), tierNames, `${place} (${result.prefix}-…)`, problems);
    if (!tiers) return;
    if (secrets.has(result.secret)) {
      problems.push(`${place} (${result.prefix}-…) repeats the secret of another code — give every customer group its own code from \`npm run codes\``);
      return;
    }
    if (prefixes.has(result.prefix)) {
      problems.push(`${place} (${result.prefix}-…) has the same prefix as access code ${prefixes.get(result.prefix)! + 1} — every code needs its own prefix; generate a new one with \`npm run codes\``);
      return;
    }
    prefixes.set(result.prefix, index);
    secrets.add(result.secret);
    parsed.push({ ...result, tiers });
  });
  return { codes: parsed, problems };
}

/** The tier numbers after a code's colon (`partners+pro`), or the default tier without one; `undefined` after reporting a mistake. */
function tiersOf(written: string | undefined, tierNames: readonly string[], place: string, problems: string[]): number[] | undefined {
  if (written === undefined) return [0];
  const names = written.split('+').map((name) => name.trim());
  const known = tierNames.join(', ');
  if (names.some((name) => !name)) {
    problems.push(`${place} has an empty tier name after its colon — write CODE:tier or CODE:tier+tier with tiers from gate.tiers in site.yaml (${known}), or the code alone for the default tier "${tierNames[0]}"`);
    return undefined;
  }
  const unknown = names.filter((name) => !tierNames.includes(name));
  if (unknown.length) {
    // A tier name is not a secret, but a code mistyped with a colon inside it would put part of its secret here: show only what reads as a tier name.
    const shown = unknown.map((name) => (/^[a-z][a-z0-9-]{0,39}$/.test(name) ? `"${name}"` : 'a name that is not a tier name (not shown)')).join(', ');
    problems.push(`${place} names an unknown tier: ${shown} — use tiers that gate.tiers in site.yaml lists (${known}), as CODE:${tierNames[0]}+…, or add the tier to gate.tiers`);
    return undefined;
  }
  return [...new Set(names.map((name) => tierNames.indexOf(name)))].sort((a, b) => a - b);
}
