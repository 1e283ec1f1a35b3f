/**
 * The members-only format, version 1 (documented in docs/members-format.md).
 * Every constant an independent implementation needs is here.
 */
export const GATE_FORMAT_VERSION = 1;

/** PBKDF2-SHA-256 iterations: OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const DEFAULT_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const NONCE_BYTES = 12;
export const CONTENT_KEY_BYTES = 32;

/** The first four bytes of every encrypted file: "FAQ" and the format version. */
export const ENVELOPE_MAGIC = new Uint8Array([0x46, 0x41, 0x51, GATE_FORMAT_VERSION]);

/** Additional authenticated data: binds a ciphertext to its purpose, its version and its name. */
export const keyWrapAad = (prefix: string) => `faq-gate:v${GATE_FORMAT_VERSION}:key:${prefix}`;
export const fileAad = (fileId: string) => `faq-gate:v${GATE_FORMAT_VERSION}:file:${fileId}`;

/** The public part of a build's members-only section: which key derivation, and one wrapped key per access code. */
export interface Keyring {
  version: number;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number };
  keys: WrappedKey[];
}

export interface WrappedKey {
  /** The access code's public key-id prefix: which wrapped key to try. */
  prefix: string;
  /** base64url, 16 bytes. */
  salt: string;
  /** base64url, 12 bytes. */
  nonce: string;
  /** base64url: AES-256-GCM of the 32-byte content key, tag included. */
  wrapped: string;
}
