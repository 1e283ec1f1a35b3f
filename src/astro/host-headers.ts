import type { SiteSettings } from '../core/content/types.ts';
import { NORMALIZED_BASE_PATH_PATTERN } from '../core/content/setting-patterns.ts';
import { contentSecurityPolicy } from '../core/security-policy.ts';

export { contentSecurityPolicy } from '../core/security-policy.ts';

type HeaderSettings = Pick<SiteSettings, 'feedback' | 'gate' | 'images'>;

/**
 * `_headers` for Netlify and Cloudflare Pages. Both combine every rule that
 * matches a path, so the site-wide rule sets no Cache-Control: hosts already
 * revalidate pages, and only hashed assets get a long, immutable lifetime.
 */
export function headersFile(settings: HeaderSettings, base: string): string {
  assertSafeBase(base);
  return [
    `${base}*`,
    ...securityHeaders(settings).map(([name, value]) => `  ${name}: ${value}`),
    `${base}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${base}embed/*`,
    '  Access-Control-Allow-Origin: *',
    // `/members` without its slash is a path of its own to these hosts: the same rules as below it.
    ...(settings.gate.mode === 'host' ? [`${base}members`, `${base}members/*`].flatMap((path) => [path, '  Cache-Control: private, no-store', '  X-Robots-Tag: noindex']) : []),
    '',
  ].join('\n');
}

/**
 * `gate.mode: host` on Netlify: only signed-in users with the `member` role
 * (Netlify Identity) reach /members/; others get the login page.
 */
export function redirectsFile(base: string): string {
  assertSafeBase(base);
  // `/members` without its slash is a path of its own to Netlify: guard it as well as everything below.
  const paths = [`${base}members`, `${base}members/*`];
  return [...paths.map((path) => `${path}  200!  Role=member`), ...paths.map((path) => `${path}  ${base}login/  401!`), ''].join('\n');
}

/**
 * The same policy for nginx. An `add_header` inside a location replaces the
 * outer ones, so every location repeats the security headers.
 */
export function nginxSnippet(settings: HeaderSettings, base: string): string {
  assertSafeBase(base);
  const security = securityHeaders(settings).map(([name, value]) => `    add_header ${name} "${value}" always;`);
  // A regular expression, not a prefix: `members` without its slash, in any case, with doubled slashes (should
  // merge_slashes be off) and `members/index.html` must all ask for the login. nginx matches it against the decoded,
  // normalized path, so `%6Dembers`, `members%2F` and `./` come here too; regular expressions win over the plain
  // prefix locations below.
  const members = settings.gate.mode === 'host'
    ? [
        `location ~* "^${membersPathPattern(base)}" {`,
        '    auth_basic "Returning customers";',
        '    auth_basic_user_file /etc/nginx/faq-members.htpasswd;',
        ...security,
        '    add_header Cache-Control "private, no-store" always;',
        '    add_header X-Robots-Tag "noindex" always;',
        '    try_files $uri $uri/index.html $uri/ =404;',
        '}',
      ]
    : [];
  return [
    ...members,
    `location ${base} {`,
    ...security,
    '    add_header Cache-Control "no-cache" always;',
    '    try_files $uri $uri/index.html $uri/ =404;',
    `    error_page 404 ${base}404.html;`,
    '}',
    `location ${base}_astro/ {`,
    ...security,
    '    add_header Cache-Control "public, max-age=31536000, immutable" always;',
    '}',
    `location ${base}embed/ {`,
    ...security,
    '    add_header Access-Control-Allow-Origin "*" always;',
    '}',
    '',
  ].join('\n');
}

/** `/help/` → `/+help/+members(?:/|$)`: the members folder however many slashes separate the parts. */
function membersPathPattern(base: string): string {
  const parts = base.split('/').filter(Boolean).map((part) => part.replace(/[.*+?^${}()|[\]\\/"';\s]/g, '\\$&'));
  return `${['', ...parts, 'members'].join('/+')}(?:/|$)`;
}

function securityHeaders(settings: Pick<SiteSettings, 'feedback' | 'images'>): [string, string][] {
  const headers: [string, string][] = [
    ['Content-Security-Policy', contentSecurityPolicy(settings)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
  ];
  for (const [name, value] of headers) assertSafeHeaderValue(name, value);
  return headers;
}

/*
 * The settings are validated when site.yaml and BASE_PATH are read. These
 * checks are the second line: whatever reaches this file, nothing can end a
 * line of `_headers`, close an nginx quote or block, or name a variable.
 */
function assertSafeBase(base: string): void {
  if (!NORMALIZED_BASE_PATH_PATTERN.test(base)) {
    throw new Error(`refusing to write host configuration for the base path ${JSON.stringify(base)}: only letters, digits, - _ . ~ between slashes are allowed, like /help/`);
  }
}

function assertSafeHeaderValue(name: string, value: string): void {
  if (/[^\x20-\x7e]|["\\$]/.test(value)) {
    throw new Error(`refusing to write the ${name} header: its value ${JSON.stringify(value)} contains a line break, a quote, a backslash or a $`);
  }
}
