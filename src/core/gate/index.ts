/**
 * The members-only section's cryptography, the same in Node (at build time)
 * and in browsers (after a returning customer enters a code): WebCrypto only.
 */
export { generateAccessCode, normalizeAccessCode, checkAccessCodes, secretWeakness, CODE_ALPHABET, SECRET_BITS, DEFAULT_TIERS, type ParsedCode, type TieredParsedCode } from './codes.ts';
export { createKeyring, deriveUnwrappingKey, unwrapTierKeys, unlockKeyring, saltFor, type TieredCode } from './keyring.ts';
export { encryptFile, decryptFile, paddedLength } from './envelope.ts';
export { opaqueId } from './opaque-id.ts';
export { GATE_FORMAT_VERSION, DEFAULT_ITERATIONS, type Keyring, type WrappedKey } from './format.ts';
export { toBase64Url, fromBase64Url, randomBytes, utf8, fromUtf8 } from './encoding.ts';
