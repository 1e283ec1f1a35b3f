/**
 * The report as Markdown, to paste into a pull request next to the changes
 * `--apply` made. Readers' text is untrusted: it is put in code spans or
 * escaped, so it cannot add links, images or HTML to the page it is pasted in.
 */

import type { Insights } from './analyse.ts';
import { languages, number, percent, period, times, place, type ReadSummary } from './report-text.ts';

export function markdownReport(insights: Insights, read: ReadSummary): string {
  const out: string[] = [];
  out.push('# What readers told the FAQ', '');
  out.push(`${number(insights.events)} events from ${period(insights)} (${languages(insights.byLang)}), read from ${read.files.length} file(s); ${number(read.badLines)} bad line(s) skipped.`, '');

  if (insights.droppedKeys) out.push(`${number(insights.droppedKeys)} rare distinct questions were left out to keep memory bounded.`, '');
  out.push('## 1. Missing questions', '');
  if (!insights.missing.length) out.push('No searches without results and no questions sent on.', '');
  insights.missing.forEach((group, i) => {
    out.push(`### ${i + 1}. ${inline(group.examples[0]?.text ?? '')} — ${times(group.count)}`, '');
    out.push(`${number(group.searches)} searches without results, ${number(group.asks)} questions sent on (${languages(group.byLang)}).`, '');
    out.push(`Readers wrote: ${group.examples.map((example) => `${inline(example.text)} (${example.count})`).join(', ')}`, '');
    if (group.closest.length) out.push(`Closest entries: ${group.closest.map((entry) => `\`${entry.lang}:${entry.id}\` ${text(entry.question)}`).join('; ')}`, '');
    out.push('```sh', group.command, '```', '');
  });

  out.push('## 2. Found but not chosen', '');
  if (!insights.notChosen.length) out.push('Readers opened a result for every search that had some.', '');
  else {
    out.push('| readers searched | searches | opened nothing | readers opened (average rank) | rank today | keywords to add |', '| --- | --- | --- | --- | --- | --- |');
    for (const group of insights.notChosen) {
      const opened = group.opened.map((entry) => `\`${entry.lang}:${entry.id}\` ×${entry.count} (rank ${entry.averageRank.toFixed(1)})`).join(', ') || '–';
      const keywords = group.target && group.keywordsToAdd.length ? `\`${group.target.id}\`: ${group.keywordsToAdd.map(inline).join(', ')}` : '–';
      const today = group.target ? `\`${group.target.id}\` ${group.currentRank ?? '> 10'}` : '–';
      out.push(`| ${group.examples.slice(0, 3).map((example) => inline(example.text)).join(', ')} | ${number(group.searches)} | ${percent(group.notOpened / group.searches)} | ${opened} | ${today} | ${keywords} |`);
    }
    out.push('');
  }

  out.push('## 3. Answers that don\'t help', '');
  if (!insights.unhelpful.length) out.push('No entry is likely unhelpful on the votes so far.', '');
  else {
    out.push('| entry | yes | no | helpful rate (95% interval) | what readers said was missing |', '| --- | --- | --- | --- | --- |');
    for (const entry of insights.unhelpful) {
      out.push(`| \`${entry.lang}:${entry.id}\` ${text(entry.question)} | ${entry.yes} | ${entry.no} | ${percent(entry.yes / (entry.yes + entry.no))} (${percent(entry.low)}–${percent(entry.high)}) | ${entry.comments.map(inline).join('<br>') || '–'} |`);
    }
    out.push('');
  }

  out.push('## 4. Most-asked, learned', '');
  out.push('Demand counts opens from search and the ask page, answers that ended an ask, and helpful votes.', '');
  out.push('| entry | demand | per week | priority | suggested |', '| --- | --- | --- | --- | --- |');
  for (const entry of insights.demand.slice(0, 20)) {
    const change = entry.suggested !== entry.priority ? `**${entry.suggested}**` : `${entry.suggested}`;
    out.push(`| \`${entry.lang}:${entry.id}\` ${text(entry.question)} | ${number(entry.demand)} | ${entry.perWeek.toFixed(1)} | ${entry.priority} | ${change} |`);
  }
  out.push('');

  out.push('## 5. Deflection', '');
  const total = insights.deflection.total;
  out.push(`${number(total.answered)} questions answered on the ask page without contact, ${number(total.asked)} sent on: ${percent(total.rate)} answered without contact.`, '');
  out.push('| topic | answered | sent on | without contact |', '| --- | --- | --- | --- |');
  for (const row of insights.deflection.byTopic) out.push(`| ${text(row.label)} | ${row.answered} | ${row.asked} | ${percent(row.rate)} |`);
  out.push('', '| week of | answered | sent on | without contact |', '| --- | --- | --- | --- |');
  for (const row of insights.deflection.byWeek) out.push(`| ${row.label} | ${row.answered} | ${row.asked} | ${percent(row.rate)} |`);
  out.push('');

  if (read.badLines) {
    out.push('## Lines skipped', '');
    for (const bad of read.named) out.push(`- \`${place(bad)}\` ${text(bad.problem)}`);
    if (read.badLines > read.named.length) out.push(`- and ${number(read.badLines - read.named.length)} more`);
    out.push('');
  }
  return out.join('\n');
}

/** Readers' text as a code span: nothing inside is Markdown. Backticks and line breaks cannot end it early. */
function inline(value: string): string {
  // A pipe would end a table cell even inside a code span.
  const clean = value.replace(/[\r\n|]+/g, ' ').replace(/ {2,}/g, ' ').replace(/`/g, "'");
  return `\`${clean}\``;
}

/** Editors' text in a table cell: pipes and HTML escaped. */
function text(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
