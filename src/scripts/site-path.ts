/** A path inside the help center, under the base it was built for (`/help/` + `_faq/m/`). */
export function onThisSite(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path}`;
}
