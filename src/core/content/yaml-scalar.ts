import { COMMON_HAN } from '../cjk.ts';

/** Plain words, everyday Han characters and punctuation that means nothing to YAML inside a value. */
const PLAIN = new RegExp(`^[\\p{L}\\p{N}${COMMON_HAN}][\\w ?？.'’()\\-${COMMON_HAN}]*$`, 'u');
/** Plain text YAML would read as something else: a boolean, null, or a number. */
const NOT_TEXT = /^(?:true|false|null|yes|no|on|off|~|[-+]?(?:\d[\d_]*)?\.?\d+(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)$/i;

/**
 * Text that YAML reads back as the same text, in a block or inside a `[…]`
 * list alike: plain when nothing in it means more to YAML, else quoted as
 * JSON, which YAML reads. Every file this project writes for editors
 * (new entries and sites, imports, keywords from insights) goes through it.
 */
export function yamlScalar(text: string): string {
  return PLAIN.test(text) && !/\s$/.test(text) && !NOT_TEXT.test(text) ? text : JSON.stringify(text);
}
