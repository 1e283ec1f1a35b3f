import { normalizeAccessCode } from './codes.ts';
import { concatBytes, fromBase64Url, randomBytes, toBase64Url, utf8 } from './encoding.ts';
import { CONTENT_KEY_BYTES, DEFAULT_ITERATIONS, GATE_FORMAT_VERSION, keyWrapAad, NONCE_BYTES, SALT_BYTES, saltInput, WRAPPED_KEY_BYTES, type Keyring } from './format.ts';

/** A code as the keyring needs it: which tiers (by number, in `gate.tiers` order) it opens. */
export interface TieredCode {
  prefix: string;
  secret: string;
  tiers: readonly number[];
}

/**
 * The code's PBKDF2 salt: the first 16 bytes of SHA-256 of its public prefix.
 * Stable from build to build, so the wrapping key a browser keeps still
 * unwraps the next build's content keys; public either way, and with an
 * 80-bit random secret there is nothing to precompute. Never from the secret.
 */
export async function saltFor(prefix: string): Promise<Uint8Array<ArrayBuffer>> {
  const digest = await crypto.subtle.digest('SHA-256', utf8(saltInput(prefix)));
  return new Uint8Array(digest).slice(0, SALT_BYTES);
}

/** PBKDF2-SHA-256 from the code's secret to an AES-256-GCM key that can only wrap, or only unwrap, and never be read. */
async function deriveWrappingKey(secret: string, prefix: string, iterations: number, usage: 'wrapKey' | 'unwrapKey'): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', utf8(secret), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: await saltFor(prefix), iterations }, material, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

/**
 * A fresh content key per tier for this build, and one item per code with
 * one slot per tier: the wrapped key of each tier the code opens, random bytes
 * of the same length for the others, so an item does not tell how many or
 * which tiers its code opens. Dropping a code and rebuilding locks it out.
 */
export async function createKeyring(codes: readonly TieredCode[], tierCount: number, options: { iterations?: number } = {}): Promise<{ contentKeys: CryptoKey[]; keyring: Keyring }> {
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const contentKeys = await Promise.all(
    Array.from({ length: tierCount }, () => crypto.subtle.generateKey({ name: 'AES-GCM', length: CONTENT_KEY_BYTES * 8 }, true, ['encrypt', 'decrypt'])),
  );
  const keys = await Promise.all(
    codes.map(async ({ prefix, secret, tiers }) => {
      const wrappingKey = await deriveWrappingKey(secret, prefix, iterations, 'wrapKey');
      const slots = await Promise.all(
        contentKeys.map(async (contentKey, tier) => {
          const nonce = randomBytes(NONCE_BYTES);
          if (!tiers.includes(tier)) return toBase64Url(concatBytes(nonce, randomBytes(WRAPPED_KEY_BYTES)));
          const wrapped = await crypto.subtle.wrapKey('raw', contentKey, wrappingKey, { name: 'AES-GCM', iv: nonce, additionalData: utf8(keyWrapAad(prefix, tier)) });
          return toBase64Url(concatBytes(nonce, new Uint8Array(wrapped)));
        }),
      );
      return { prefix, slots };
    }),
  );
  return { contentKeys, keyring: { version: GATE_FORMAT_VERSION, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations }, tiers: tierCount, keys } };
}

function checkVersion(keyring: Keyring): void {
  if (keyring.version !== GATE_FORMAT_VERSION || keyring.kdf.name !== 'PBKDF2') throw new Error(`unsupported members-only format ${keyring.version}`);
}

/**
 * The key a typed code derives, non-extractable and able only to unwrap: what
 * "Remember me" keeps. `undefined` for a code that is malformed or whose
 * prefix this build does not have. One key derivation, whatever the number of
 * codes: the prefix picks the item.
 */
export async function deriveUnwrappingKey(keyring: Keyring, typedCode: string): Promise<{ prefix: string; wrappingKey: CryptoKey } | undefined> {
  checkVersion(keyring);
  const code = normalizeAccessCode(typedCode);
  if (!code || !keyring.keys.some((key) => key.prefix === code.prefix)) return undefined;
  return { prefix: code.prefix, wrappingKey: await deriveWrappingKey(code.secret, code.prefix, keyring.kdf.iterations, 'unwrapKey') };
}

/**
 * This build's content keys that a kept or freshly derived wrapping key
 * opens, by tier number, each non-extractable and able only to decrypt;
 * `undefined` when the keyring has no item for the prefix (the code was
 * removed). An empty map: the key is not this prefix's code.
 */
export async function unwrapTierKeys(keyring: Keyring, prefix: string, wrappingKey: CryptoKey): Promise<Map<number, CryptoKey> | undefined> {
  checkVersion(keyring);
  const item = keyring.keys.find((key) => key.prefix === prefix);
  if (!item) return undefined;
  const opened = await Promise.all(
    item.slots.map(async (slot, tier) => {
      const bytes = fromBase64Url(slot);
      try {
        const key = await crypto.subtle.unwrapKey(
          'raw',
          bytes.slice(NONCE_BYTES),
          wrappingKey,
          { name: 'AES-GCM', iv: bytes.slice(0, NONCE_BYTES), additionalData: utf8(keyWrapAad(prefix, tier)) },
          { name: 'AES-GCM' },
          false,
          ['decrypt'],
        );
        return [tier, key] as const;
      } catch {
        return undefined; // random bytes, or a wrong secret for this prefix: the tag did not verify
      }
    }),
  );
  return new Map(opened.filter((pair) => pair !== undefined));
}

/** A typed code's content keys by tier number, or `undefined` for a wrong code. */
export async function unlockKeyring(keyring: Keyring, typedCode: string): Promise<{ prefix: string; wrappingKey: CryptoKey; tierKeys: Map<number, CryptoKey> } | undefined> {
  const derived = await deriveUnwrappingKey(keyring, typedCode);
  if (!derived) return undefined;
  const tierKeys = await unwrapTierKeys(keyring, derived.prefix, derived.wrappingKey);
  return tierKeys?.size ? { ...derived, tierKeys } : undefined;
}
