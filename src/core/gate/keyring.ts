import { normalizeAccessCode, type ParsedCode } from './codes.ts';
import { fromBase64Url, randomBytes, toBase64Url, utf8 } from './encoding.ts';
import { CONTENT_KEY_BYTES, DEFAULT_ITERATIONS, GATE_FORMAT_VERSION, keyWrapAad, NONCE_BYTES, SALT_BYTES, type Keyring } from './format.ts';

/** PBKDF2-SHA-256 from the code's secret to an AES-256-GCM key that can only wrap or unwrap. */
async function deriveWrappingKey(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number, usage: 'wrapKey' | 'unwrapKey'): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', utf8(secret), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

/**
 * A fresh content key for this build, wrapped once per access code, each with
 * its own salt and nonce. Dropping a code and rebuilding locks it out.
 */
export async function createKeyring(codes: readonly ParsedCode[], options: { iterations?: number } = {}): Promise<{ contentKey: CryptoKey; keyring: Keyring }> {
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const contentKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: CONTENT_KEY_BYTES * 8 }, true, ['encrypt', 'decrypt']);
  const keys = await Promise.all(
    codes.map(async ({ prefix, secret }) => {
      const salt = randomBytes(SALT_BYTES);
      const nonce = randomBytes(NONCE_BYTES);
      const wrappingKey = await deriveWrappingKey(secret, salt, iterations, 'wrapKey');
      const wrapped = await crypto.subtle.wrapKey('raw', contentKey, wrappingKey, { name: 'AES-GCM', iv: nonce, additionalData: utf8(keyWrapAad(prefix)) });
      return { prefix, salt: toBase64Url(salt), nonce: toBase64Url(nonce), wrapped: toBase64Url(new Uint8Array(wrapped)) };
    }),
  );
  return { contentKey, keyring: { version: GATE_FORMAT_VERSION, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations }, keys } };
}

/**
 * The content key for a typed code, as a non-extractable key that can only
 * decrypt; `undefined` for a wrong code. One key derivation, whatever the
 * number of codes: the prefix picks the wrapped key.
 */
export async function unlockKeyring(keyring: Keyring, typedCode: string): Promise<CryptoKey | undefined> {
  if (keyring.version !== GATE_FORMAT_VERSION || keyring.kdf.name !== 'PBKDF2') throw new Error(`unsupported members-only format ${keyring.version}`);
  const code = normalizeAccessCode(typedCode);
  const entry = code && keyring.keys.find((key) => key.prefix === code.prefix);
  if (!code || !entry) return undefined;
  const unwrappingKey = await deriveWrappingKey(code.secret, fromBase64Url(entry.salt), keyring.kdf.iterations, 'unwrapKey');
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      fromBase64Url(entry.wrapped),
      unwrappingKey,
      { name: 'AES-GCM', iv: fromBase64Url(entry.nonce), additionalData: utf8(keyWrapAad(entry.prefix)) },
      { name: 'AES-GCM' },
      false,
      ['decrypt'],
    );
  } catch {
    return undefined; // the tag did not verify: a wrong secret for this prefix
  }
}
