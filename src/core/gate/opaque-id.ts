import { utf8 } from './encoding.ts';
import { CODE_ALPHABET } from './codes.ts';

/**
 * The public name of a members-only entry or file: HMAC-SHA-256 of the
 * language and id under a key that only the encrypted manifest holds, so a
 * name reveals nothing and can't be guessed from a slug.
 */
export async function opaqueId(linkKey: Uint8Array<ArrayBuffer>, ...parts: string[]): Promise<string> {
  const key = await crypto.subtle.importKey('raw', linkKey, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8(parts.join('\u0000'))));
  // 80 bits, as 16 base32 characters, lowercase for URLs.
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of mac.subarray(0, 10)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CODE_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.toLowerCase();
}
