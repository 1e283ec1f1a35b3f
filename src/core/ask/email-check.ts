import { editDistance } from '../edit-distance.ts';

/**
 * A reply to a mistyped address never arrives, and the customer never learns
 * why: the ask page checks the address for the obvious slips before sending.
 * It does not judge whether an address exists, only whether it looks typed wrong.
 */
export type EmailCheck =
  | { kind: 'ok' }
  | { kind: 'empty' }
  /** Not an address at all: what is wrong, for the message shown under the field. */
  | { kind: 'invalid'; problem: 'missing-at' | 'several-at' | 'missing-name' | 'missing-domain' | 'space' }
  /** Looks like a common provider's domain misspelt: the address as it was probably meant. */
  | { kind: 'typo'; suggestion: string };

/**
 * Mail providers customers use most, in Europe, the Americas and China. An
 * address at one of these is never questioned; one a typo away from them is.
 */
export const COMMON_EMAIL_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'yahoo.com', 'ymail.com', 'hotmail.com', 'outlook.com', 'live.com', 'msn.com',
  'icloud.com', 'me.com', 'mac.com', 'aol.com', 'mail.com', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 't-online.de',
  'proton.me', 'protonmail.com', 'yandex.ru', 'mail.ru', 'orange.fr', 'free.fr', 'laposte.net', 'libero.it',
  'btinternet.com', 'comcast.net', 'verizon.net', 'att.net', 'yahoo.co.uk', 'hotmail.co.uk', 'yahoo.co.jp',
  'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'sina.com', 'sina.cn', 'sohu.com', 'aliyun.com', '139.com',
];

const KNOWN = new Set(COMMON_EMAIL_DOMAINS);

export function checkEmail(input: string): EmailCheck {
  const address = input.trim();
  if (!address) return { kind: 'empty' };
  if (/\s/.test(address)) return { kind: 'invalid', problem: 'space' };
  const at = address.split('@');
  if (at.length === 1) return { kind: 'invalid', problem: 'missing-at' };
  if (at.length > 2) return { kind: 'invalid', problem: 'several-at' };
  const [name, domain] = at as [string, string];
  if (!name) return { kind: 'invalid', problem: 'missing-name' };
  const lower = domain.toLowerCase().replace(/\.+$/, '');
  if (!lower) return { kind: 'invalid', problem: 'missing-domain' };
  if (KNOWN.has(lower)) return { kind: 'ok' };
  const meant = closestCommonDomain(lower);
  if (meant) return { kind: 'typo', suggestion: `${name}@${meant}` };
  // Checked after the typo search, so `gmailcom` is read as gmail.com rather than refused.
  if (!/^[^.]+(\.[^.]+)+$/.test(lower)) return { kind: 'invalid', problem: 'missing-domain' };
  return { kind: 'ok' };
}

/** Within one slip of a common domain (two for long names), or the same letters with the dot left out or moved. */
function closestCommonDomain(domain: string): string | undefined {
  let best: { domain: string; distance: number } | undefined;
  const undotted = domain.replace(/\./g, '');
  for (const known of COMMON_EMAIL_DOMAINS) {
    if (undotted === known.replace(/\./g, '')) return known;
    const limit = known.length >= 9 ? 2 : 1;
    const distance = editDistance(domain, known, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { domain: known, distance };
  }
  return best?.domain;
}
