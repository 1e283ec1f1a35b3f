import type { SiteSettings } from './content/types.ts';
import { POLICY_ORIGIN_PATTERN } from './content/setting-patterns.ts';
import { playerOrigin } from './markdown/video-links.ts';

type PolicySettings = Pick<SiteSettings, 'feedback' | 'images'> & Partial<Pick<SiteSettings, 'videos' | 'gate'>>;

/** Directives a `<meta http-equiv>` policy cannot carry: browsers ignore them there. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/**
 * The security policy of every page: scripts, styles, fonts and data only from
 * the site itself (plus the feedback endpoint), images from the site and the
 * origins `images.origins` allows (and, with an encrypted members-only
 * section, the decrypted pictures the page makes itself), frames only from the players of the video
 * providers `videos.providers` enables (none without). The one source of both the header and the
 * `<meta>` policy, so the two never drift.
 */
function directives(settings: PolicySettings): [string, string[]][] {
  const connect = settings.feedback ? [policyOrigin(new URL(settings.feedback.endpoint).origin)] : [];
  const images = (settings.images?.origins ?? []).map(policyOrigin);
  // Pictures of members-only answers are decrypted in the page and shown from blob: addresses it creates itself.
  if (settings.gate?.mode === 'encrypt' && settings.gate.audiences.length > 0) images.push('blob:');
  const frames = (settings.videos?.providers ?? []).map(videoPlayerOrigin);
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", ...images]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...connect]],
    ['frame-src', frames.length > 0 ? [...new Set(frames)] : ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
}

/** The policy as the `Content-Security-Policy` header sends it. */
export function contentSecurityPolicy(settings: PolicySettings): string {
  return serialize(directives(settings));
}

/** The same policy for `<meta http-equiv="Content-Security-Policy">`, for hosts that send no headers. */
export function metaContentSecurityPolicy(settings: PolicySettings): string {
  return serialize(directives(settings).filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name)));
}

function serialize(list: [string, string[]][]): string {
  return list.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * Settings are validated when site.yaml is read; this refuses anything else
 * that could end a directive (`;`), add a source (a space) or break the header.
 */
function policyOrigin(origin: string): string {
  if (!POLICY_ORIGIN_PATTERN.test(origin)) throw new Error(`refusing to put ${JSON.stringify(origin)} into the Content-Security-Policy: only https origins such as https://cdn.example.com are allowed`);
  return origin;
}

/** Only a provider the product knows reaches the policy, as its player's fixed origin: a setting never writes into it. */
function videoPlayerOrigin(provider: string): string {
  const origin = playerOrigin(provider);
  if (origin === undefined) throw new Error(`refusing to put the video provider ${JSON.stringify(provider)} into the Content-Security-Policy: only youtube and vimeo are known`);
  return policyOrigin(origin);
}
