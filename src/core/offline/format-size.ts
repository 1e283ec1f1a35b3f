/** A download size as a reader of the language writes it: `240 kB`, `1.2 MB` (decimal units, as phone plans count). */
export function formatSize(bytes: number, lang: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
