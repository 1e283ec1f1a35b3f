import { concatBytes, randomBytes, utf8 } from './encoding.ts';
import { ENVELOPE_MAGIC, fileAad, NONCE_BYTES } from './format.ts';

/**
 * Encrypted sizes fall into buckets so that a file's length doesn't give away
 * which answer it holds: powers of two from 4 KiB, then whole 256 KiB steps.
 */
export function paddedLength(length: number): number {
  const needed = length + 4;
  if (needed <= 256 * 1024) {
    let bucket = 4096;
    while (bucket < needed) bucket *= 2;
    return bucket;
  }
  return Math.ceil(needed / (256 * 1024)) * 256 * 1024;
}

function pad(plaintext: Uint8Array): Uint8Array<ArrayBuffer> {
  const padded = new Uint8Array(paddedLength(plaintext.length));
  new DataView(padded.buffer).setUint32(0, plaintext.length);
  padded.set(plaintext, 4);
  return padded;
}

function unpad(padded: Uint8Array): Uint8Array {
  const length = new DataView(padded.buffer, padded.byteOffset, padded.byteLength).getUint32(0);
  if (length > padded.length - 4) throw new Error('invalid padding');
  return padded.subarray(4, 4 + length);
}

/** `FAQ` + version, a fresh 96-bit nonce, then AES-256-GCM of the padded plaintext with the file's id as additional data. */
export async function encryptFile(contentKey: CryptoKey, fileId: string, plaintext: Uint8Array | string): Promise<Uint8Array<ArrayBuffer>> {
  const nonce = randomBytes(NONCE_BYTES);
  const data = typeof plaintext === 'string' ? utf8(plaintext) : plaintext;
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: utf8(fileAad(fileId)) }, contentKey, pad(data));
  return concatBytes(ENVELOPE_MAGIC, nonce, new Uint8Array(ciphertext));
}

/** Throws when the file was altered, or is another file's ciphertext put in its place. */
export async function decryptFile(contentKey: CryptoKey, fileId: string, envelope: Uint8Array): Promise<Uint8Array> {
  if (envelope.length < ENVELOPE_MAGIC.length + NONCE_BYTES + 16 || ENVELOPE_MAGIC.some((byte, index) => envelope[index] !== byte)) {
    throw new Error('not an encrypted members-only file of this format');
  }
  const nonce = envelope.slice(ENVELOPE_MAGIC.length, ENVELOPE_MAGIC.length + NONCE_BYTES);
  const ciphertext = envelope.slice(ENVELOPE_MAGIC.length + NONCE_BYTES);
  const padded = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonce, additionalData: utf8(fileAad(fileId)) }, contentKey, ciphertext);
  return unpad(new Uint8Array(padded));
}
