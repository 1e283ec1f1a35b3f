/** Fills `{name}` placeholders. Apart from the dictionaries, so browser scripts can use it without them. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
