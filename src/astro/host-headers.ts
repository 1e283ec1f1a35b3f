import type { SiteSettings } from '../core/content/types.ts';
import { NORMALIZED_BASE_PATH_PATTERN } from '../core/content/setting-patterns.ts';
import { contentSecurityPolicy } from '../core/security-policy.ts';
import type { Redirect } from '../core/site/model.ts';
import { SERVICE_WORKER_FILE } from '../core/output-folders.ts';

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
    // The browser compares the worker byte for byte on each visit: a cached copy would hide a new deploy.
    `${base}${SERVICE_WORKER_FILE}`,
    '  Cache-Control: no-cache',
    // `/members` without its slash is a path of its own to these hosts: the same rules as below it.
    ...(settings.gate.mode === 'host' ? [`${base}members`, `${base}members/*`].flatMap((path) => [path, '  Cache-Control: private, no-store', '  X-Robots-Tag: noindex']) : []),
    '',
  ].join('\n');
}

export interface RedirectRules {
  /** `gate.mode: host`: /members/ only for signed-in members. */
  hostedMembers: boolean;
  /** Old entry addresses of every language (`aliases:`), from the model. */
  redirects: readonly Redirect[];
}

/** Whether `_redirects` has anything to say: host mode's login rules, or aliases. */
export function needsRedirectsFile(rules: RedirectRules): boolean {
  return rules.hostedMembers || rules.redirects.length > 0;
}

/**
 * `_redirects` for Netlify and Cloudflare Pages. With `gate.mode: host`, only
 * signed-in users with the `member` role (Netlify Identity) reach /members/;
 * others get the login page. Each alias is a permanent redirect, with and
 * without its trailing slash; `!` because the old address also has a page of
 * its own (the meta-refresh fallback), which Netlify would otherwise serve
 * instead of applying the rule.
 */
export function redirectsFile(base: string, rules: RedirectRules): string {
  assertSafeBase(base);
  // `/members` without its slash is a path of its own to Netlify: guard it as well as everything below.
  const paths = [`${base}members`, `${base}members/*`];
  const members = rules.hostedMembers ? [...paths.map((path) => `${path}  200!  Role=member`), ...paths.map((path) => `${path}  ${base}login/  401!`)] : [];
  const aliases = rules.redirects.flatMap(({ from, to }) => {
    assertSafePath(from);
    assertSafePath(to);
    return [`${from}  ${to}  301!`, `${from.replace(/\/$/, '')}  ${to}  301!`];
  });
  return [...members, ...aliases, ''].join('\n');
}

/** The variable `nginx-redirects.conf` sets to an old address's new one, and `nginx-headers.conf` reads. */
const NGINX_REDIRECT_VARIABLE = '$faq_redirect';

/**
 * `nginx-redirects.conf`, included in nginx's `http` block (a `map` cannot
 * sit in a `server`): each old entry address, with and without its slash and
 * as `index.html`, to the entry's current one. nginx matches `$uri`, the
 * decoded and normalized path, so every spelling of the same path is found.
 */
export function nginxRedirectMap(redirects: readonly Redirect[]): string {
  const lines = redirects.flatMap(({ from, to }) => {
    assertSafePath(from);
    assertSafePath(to);
    return [from, from.replace(/\/$/, ''), `${from}index.html`].map((path) => `    ${path} ${to};`);
  });
  return [`map $uri ${NGINX_REDIRECT_VARIABLE} {`, '    default "";', ...lines, '}', ''].join('\n');
}

/**
 * The same policy for nginx. An `add_header` inside a location replaces the
 * outer ones, so every location repeats the security headers.
 */
export function nginxSnippet(settings: HeaderSettings, base: string, redirects: readonly Redirect[] = []): string {
  assertSafeBase(base);
  // Only with aliases, so a server that does not include nginx-redirects.conf yet keeps working until one is added.
  const redirect = redirects.length ? [`    if (${NGINX_REDIRECT_VARIABLE}) {`, `        return 301 ${NGINX_REDIRECT_VARIABLE};`, '    }'] : [];
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
    ...redirect,
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

/** Entry addresses are built from checked ids: this only guards against a change elsewhere letting a space, quote or `;` through. */
function assertSafePath(path: string): void {
  if (!/^\/[A-Za-z0-9\-._~%/]*$/.test(path)) {
    throw new Error(`refusing to write a redirect for the path ${JSON.stringify(path)}: only letters, digits, - _ . ~ % and slashes are allowed`);
  }
}

function assertSafeHeaderValue(name: string, value: string): void {
  if (/[^\x20-\x7e]|["\\$]/.test(value)) {
    throw new Error(`refusing to write the ${name} header: its value ${JSON.stringify(value)} contains a line break, a quote, a backslash or a $`);
  }
}
