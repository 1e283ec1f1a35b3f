/**
 * The members-only format, version 2 (documented in docs/members-format.md).
 * Every constant an independent implementation needs is here.
 */
export const GATE_FORMAT_VERSION = 2;

/** PBKDF2-SHA-256 iterations: OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const DEFAULT_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const NONCE_BYTES = 12;
export const CONTENT_KEY_BYTES = 32;
/** A wrapped content key: 32 bytes of key and AES-GCM's 16-byte tag. */
export const WRAPPED_KEY_BYTES = CONTENT_KEY_BYTES + 16;

/** The first four bytes of every encrypted file: "FAQ" and the format version. */
export const ENVELOPE_MAGIC = new Uint8Array([0x46, 0x41, 0x51, GATE_FORMAT_VERSION]);

/** Additional authenticated data: binds a ciphertext to its purpose, its version and its name (a code's slot: its prefix and the tier's number). */
export const keyWrapAad = (prefix: string, tier: number) => `faq-gate:v${GATE_FORMAT_VERSION}:key:${prefix}:${tier}`;
export const fileAad = (fileId: string) => `faq-gate:v${GATE_FORMAT_VERSION}:file:${fileId}`;
/** What a code's PBKDF2 salt is the hash of: public data only, never the secret. */
export const saltInput = (prefix: string) => `faq-gate:v${GATE_FORMAT_VERSION}:salt:${prefix}`;

/** The public part of a build's members-only section: which key derivation, how many tiers, and one item per access code. */
export interface Keyring {
  version: number;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number };
  /** How many tiers the site has: every item has this many slots. */
  tiers: number;
  keys: WrappedKey[];
}

export interface WrappedKey {
  /** The access code's public key-id prefix: which item to try. */
  prefix: string;
  /**
   * One per tier, in tier order, each base64url of a 12-byte nonce and the
   * 48-byte AES-256-GCM wrapping of that tier's content key; for a tier the
   * code does not open, 60 random bytes, which no key unwraps.
   */
  slots: string[];
}
