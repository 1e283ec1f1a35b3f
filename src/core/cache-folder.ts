/**
 * Where builds keep what they can reuse (processed pictures, pictures known
 * to decode), relative to the project: Astro's `cacheDir`. It lives outside
 * `node_modules` so that `npm ci` keeps it; docs/hosting.md shows how CI
 * hosts keep it between builds.
 */
export const CACHE_FOLDER = '.cache/astro';

/** Marks of pictures that decoded well, by digest: the next check skips them. */
export const DECODED_PICTURES_FOLDER = `${CACHE_FOLDER}/faq-decoded-pictures`;
