import type { ImportPlan } from './plan.ts';

/** The closing lines: entries per language and category, categories added, pictures copied, warnings. */
export function summarize(plan: ImportPlan, { out, dryRun }: { out: string; dryRun: boolean }): string {
  const perLang = countBy(plan.entries.map((entry) => entry.lang));
  const perCategory = countBy(plan.entries.map((entry) => `${entry.lang}  ${entry.category}`));
  const width = Math.max(0, ...[...perCategory.keys()].map((key) => key.length));
  const warnings = plan.problems.filter((problem) => problem.severity === 'warning').length;
  const membersOnly = plan.entries.filter((entry) => entry.membersOnly).length;
  const drafts = plan.entries.filter((entry) => entry.draft).length;
  const lines = [
    `${dryRun ? 'Would import' : 'Imported'} ${plural(plan.entries.length, 'entry', 'entries')} into ${out}/ (${[...perLang].map(([lang, count]) => `${lang} ${count}`).join(', ') || 'none'}):`,
    ...[...perCategory].map(([key, count]) => `  ${key.padEnd(width)}  ${count}`),
  ];
  if (membersOnly || drafts) lines.push(`of which ${[membersOnly ? `${membersOnly} members-only` : '', drafts ? plural(drafts, 'draft', 'drafts') : ''].filter(Boolean).join(' and ')}.`);
  if (plan.addedCategories.length) lines.push(`${dryRun ? 'Would add' : 'Added'} ${plural(plan.addedCategories.length, 'category', 'categories')} to categories.yaml: ${plan.addedCategories.join(', ')}.`);
  if (plan.copies.length) lines.push(`${dryRun ? 'Would copy' : 'Copied'} ${plural(plan.copies.length, 'picture', 'pictures')} next to ${plan.copies.length === 1 ? 'its entry' : 'their entries'}.`);
  if (plan.picturesToBringOver) lines.push(`${plural(plan.picturesToBringOver, 'picture', 'pictures')} to bring over by hand (each warning above says where to save it).`);
  lines.push(`${plural(warnings, 'warning', 'warnings')}${warnings ? ' (above)' : ''}. Review the files with git diff, then run npm run check.`);
  return lines.join('\n');
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
