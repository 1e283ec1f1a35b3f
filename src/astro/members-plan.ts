import { checkAccessCodes, DEFAULT_TIERS, opaqueId, randomBytes, fromBase64Url, type TieredParsedCode } from '../core/gate/index.ts';
import { EditorError } from '../core/content/problems.ts';
import type { Content, Entry } from '../core/content/types.ts';
import { DEMO_CODES_FILE, REFRESH_DEMO_FINGERPRINT, type AccessCodes } from './access-codes.ts';

/** What the build will do with members-only entries, decided before anything is written. */
export type MembersPlan =
  | { mode: 'encrypt'; codes: TieredParsedCode[]; tiers: readonly string[]; codesSource: string; linkKey: Uint8Array<ArrayBuffer>; opaqueIds: Map<Entry, string> }
  | { mode: 'host' }
  | { mode: 'omit'; reason: string }
  | { mode: 'off' };

/** The members-only section can't be built as configured: no codes, weak codes, a short link key. */
class MembersConfigurationError extends EditorError {}

/**
 * Fails closed: members-only entries and no access codes stop the build,
 * unless the editor asked explicitly to leave the entries out.
 */
export async function planMembers(content: Content, accessCodes: AccessCodes, env: NodeJS.ProcessEnv = process.env): Promise<MembersPlan> {
  const membersOnly = content.entries.filter((entry) => entry.membersOnly);
  // No gated audience makes an entry members-only, but `access:` still does.
  if (content.site.gate.audiences.length === 0 && membersOnly.length === 0) return { mode: 'off' };
  // The host's own login guards /members/: nothing to encrypt, no codes to check.
  if (content.site.gate.mode === 'host') return { mode: 'host' };
  if (env.FAQ_OMIT_MEMBERS === '1') return { mode: 'omit', reason: 'FAQ_OMIT_MEMBERS=1' };
  if (accessCodes.codes.length === 0) {
    if (membersOnly.length === 0) return { mode: 'omit', reason: 'no members-only entries and no access codes' };
    throw new MembersConfigurationError(
      `${membersOnly.length} members-only ${membersOnly.length === 1 ? 'entry needs' : 'entries need'} access codes, and none were given. ` +
        'Generate codes with `npm run codes -- --count 3` and pass them as FAQ_ACCESS_CODES="…" or one per line in .faq-codes (git ignores it). ' +
        'To build without the members-only section, set FAQ_OMIT_MEMBERS=1.' +
        (accessCodes.notTheDemo
          ? ` (The demo's public code in ${DEMO_CODES_FILE} opens only the demo's exact content, and this content differs from it. ` +
            `If you are editing the demo itself, refresh its fingerprint with \`${REFRESH_DEMO_FINGERPRINT}\`.)`
          : ''),
    );
  }
  const tiers = content.site.gate.tiers ?? DEFAULT_TIERS;
  const { codes, problems } = checkAccessCodes(accessCodes.codes, tiers);
  if (problems.length) throw new MembersConfigurationError(`The access codes from ${accessCodes.source} can't be used:\n${problems.join('\n')}`);
  // Deep links to members-only entries stay valid across builds only with a fixed link key.
  const linkKey = env.FAQ_LINK_KEY ? fromBase64Url(env.FAQ_LINK_KEY) : randomBytes(32);
  if (linkKey.length < 16) throw new MembersConfigurationError('FAQ_LINK_KEY must be at least 16 bytes, base64url-encoded (for example: openssl rand -base64 32 | tr "+/" "-_" | tr -d "=")');
  const opaqueIds = new Map<Entry, string>();
  for (const entry of membersOnly) opaqueIds.set(entry, await opaqueId(linkKey, 'entry', entry.lang, entry.id));
  return { mode: 'encrypt', codes, tiers, codesSource: accessCodes.source, linkKey, opaqueIds };
}

/**
 * A tier with entries that no code opens is built all the same (nobody can
 * read it until codes are issued): worth a line in the build log, which is
 * private, so it may name the tier.
 */
export function tiersWithoutCodes(plan: Extract<MembersPlan, { mode: 'encrypt' }>): string[] {
  return plan.tiers.flatMap((tier, number) => {
    const entries = [...plan.opaqueIds.keys()].filter((entry) => entry.tiers.includes(tier)).length;
    if (!entries || plan.codes.some((code) => code.tiers.includes(number))) return [];
    return [`members-only tier "${tier}": ${entries} ${entries === 1 ? 'entry' : 'entries'}, and no access code opens ${entries === 1 ? 'it' : 'them'} — issue codes with \`npm run codes -- --tier ${tier}\``];
  });
}
