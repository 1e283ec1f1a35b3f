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

/**
 * The build's check of its codes. Messages name a code by its position and
 * public prefix only: a code never appears in a log.
 */
export function checkAccessCodes(codes: readonly string[]): { codes: ParsedCode[]; problems: string[] } {
  const problems: string[] = [];
  const parsed: ParsedCode[] = [];
  const prefixes = new Map<string, number>();
  const secrets = new Set<string>();
  codes.forEach((code, index) => {
    const place = `access code ${index + 1}`;
    const result = normalizeAccessCode(code);
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
    parsed.push(result);
  });
  return { codes: parsed, problems };
}
