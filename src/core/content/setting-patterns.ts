/**
 * Shapes of the settings that end up in HTTP headers, nginx configuration and
 * the Content-Security-Policy. They are deliberately narrow: a value that
 * matches can never close a quote, end a line or start another directive.
 */

/** One path segment: URL-safe characters, and never `.` or `..` alone. */
const SEGMENT = String.raw`(?!\.\.?(?:/|$))[A-Za-z0-9._~-]+`;

/** `/`, `/help/`, `/docs/help/`; the trailing slash may be left out (`/help`). */
export const BASE_PATH_PATTERN = new RegExp(String.raw`^/(?:${SEGMENT}/)*(?:${SEGMENT})?$`);

/** A base path once normalized: starts and ends with `/`. */
export const NORMALIZED_BASE_PATH_PATTERN = new RegExp(String.raw`^/(?:${SEGMENT}/)*$`);

/** A DNS name in ASCII (punycode for international names). */
const HOST = String.raw`(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?::[0-9]{1,5})?`;

/** `https://cdn.example.com`, optionally with a port and a trailing slash; no path, no user name. */
export const HTTPS_ORIGIN_PATTERN = new RegExp(String.raw`^https://${HOST}/?$`);

/** An origin exactly as `new URL(…).origin` writes it, the only form allowed into a policy. */
export const POLICY_ORIGIN_PATTERN = new RegExp(String.raw`^https://${HOST}$`);

/**
 * `https://forms.example.com/f/abc123?site=help`: https only, no user name or
 * password, and only characters that mean the same in a header, an attribute
 * and a URL (no spaces, quotes, `;`, `,`, `$` or backslashes).
 */
export const HTTPS_ENDPOINT_PATTERN = new RegExp(String.raw`^https://${HOST}(?:/[A-Za-z0-9._~/?=&%:@+!*-]*)?$`);
