/** The few lines the command prints: enough to decide whether to open the report. */

import type { Insights } from './analyse.ts';
import { languages, number, percent, period, place, type ReadSummary } from './report-text.ts';

export function terminalSummary(insights: Insights, read: ReadSummary): string {
  const lines: string[] = [];
  lines.push(`${number(insights.events)} events, ${period(insights)} (${languages(insights.byLang) || 'none'}) from ${read.files.length} file(s)`);
  if (insights.droppedKeys) lines.push(`${number(insights.droppedKeys)} rare distinct questions left out to keep memory bounded`);
  if (read.filtered) lines.push(`${number(read.filtered)} events outside --since / --lang left out`);
  if (read.badLines) {
    lines.push(`${number(read.badLines)} bad line(s) skipped:`);
    for (const bad of read.named.slice(0, 10)) lines.push(`  ${place(bad)}: ${bad.problem}`);
    if (read.badLines > 10) lines.push(`  and ${number(read.badLines - 10)} more (all named in the report, up to ${read.named.length})`);
  }
  lines.push('', 'Missing questions:');
  for (const group of insights.missing.slice(0, 5)) lines.push(`  ${String(group.count).padStart(6)}  ${group.examples.map((example) => example.text).slice(0, 3).join(' · ')}`);
  lines.push('', 'Found but not chosen:');
  for (const group of insights.notChosen.slice(0, 5)) lines.push(`  ${String(group.searches).padStart(6)}  ${group.examples[0]?.text ?? ''}  → ${group.target ? `${group.target.id}, rank ${group.currentRank ?? '> 10'} today (${group.keywordsToAdd.length ? `add keywords: ${group.keywordsToAdd.join(', ')}` : 'no keyword to add'})` : 'no entry opened'}`);
  lines.push('', "Answers that don't help:");
  for (const entry of insights.unhelpful.slice(0, 5)) lines.push(`  ${entry.lang}:${entry.id}  helpful ${percent(entry.low)}–${percent(entry.high)} (${entry.yes} yes, ${entry.no} no)`);
  const changes = insights.demand.filter((entry) => entry.suggested !== entry.priority);
  lines.push('', `Priorities to change: ${changes.length}`);
  for (const entry of changes.slice(0, 5)) lines.push(`  ${entry.lang}:${entry.id}  ${entry.priority} → ${entry.suggested} (demand ${entry.demand})`);
  const total = insights.deflection.total;
  lines.push('', `Deflection: ${number(total.answered)} answered without contact, ${number(total.asked)} sent on (${percent(total.rate)})`);
  return lines.join('\n');
}
