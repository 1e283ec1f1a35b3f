/** `en-US`, `en_us`, `zh-CN` → `en`, `zh`: the site's languages are primary language tags. */
export function languageOf(value: string): string | undefined {
  const primary = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
