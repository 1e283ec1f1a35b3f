import { randomBytes } from './encoding.ts';

/**
 * Access codes look like `K7QM-8D2F-XW4T-9B3H-ZP6C`: a 4-character public
 * key-id prefix (20 random bits) that says which wrapped key to try, then 16
 * characters (80 random bits) of secret. Crockford's base32 leaves out I, L, O
 * and U so a code read off an invoice can't be mistyped into another.
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const PREFIX_LENGTH = 4;
export const SECRET_LENGTH = 16;
/** Each character carries 5 bits: 16 characters are 80 bits, above the 64 an offline attack must face. */
export const SECRET_BITS = SECRET_LENGTH * 5;

export function generateAccessCode(): string {
  const characters = randomCharacters(PREFIX_LENGTH + SECRET_LENGTH);
  return characters.match(/.{4}/g)!.join('-');
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
