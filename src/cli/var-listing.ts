import type { Content } from '../core/content/types.ts';

/**
 * Which entries use each site variable, for `npm run check -- --vars`: before
 * changing a fact, an editor sees every answer it changes.
 */
export function formatVarListing(content: Pick<Content, 'site' | 'varUses'>): string {
  const names = Object.keys(content.site.vars ?? {}).sort();
  if (names.length === 0) return 'No variables: site.yaml has no vars:.';
  const lines = [`Variables (${names.length}) and the entries that use them:`];
  for (const name of names) {
    const uses = (content.varUses ?? []).filter((use) => use.name === name);
    const entries = new Set(uses.map((use) => `${use.entryId} (${use.lang})`));
    lines.push(`  {{ vars.${name} }}: ${uses.length === 0 ? 'not used' : `${entries.size} ${entries.size === 1 ? 'entry' : 'entries'}`}`);
    for (const use of uses) lines.push(`    ${use.line ? `${use.file}:${use.line}` : use.file} (${use.lang})`);
  }
  return lines.join('\n');
}
