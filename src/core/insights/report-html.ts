/**
 * The report as one self-contained HTML file: its style inline, its charts
 * inline SVG, no script and nothing fetched, so it opens from disk or as a
 * CI artifact, on a phone too. Readers' text is escaped everywhere.
 */

import type { Insights } from './analyse.ts';
import { escapeXml } from '../xml.ts';
import { languages, number, percent, period, times, place, type ReadSummary } from './report-text.ts';

const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --line: #d0d0d0; --answered: #1f6f43; --asked: #8a3b12; --bar: #24528f; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, sans-serif; color: var(--ink); background: #fff; margin: 0 auto; padding: 1rem; max-width: 60rem; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; } h2 { font-size: 1.3rem; margin-top: 2rem; border-top: 1px solid var(--line); padding-top: 1rem; } h3 { font-size: 1.05rem; margin-bottom: .25rem; }
p, li { color: var(--ink); } .muted { color: var(--muted); }
code, pre { font-family: ui-monospace, monospace; font-size: .9em; background: #f3f3f3; border-radius: 4px; }
code { padding: 0 .2em; } pre { padding: .6rem; white-space: pre-wrap; word-break: break-all; }
.table { overflow-x: auto; } .table:focus-visible, a:focus-visible { outline: 3px solid #24528f; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; min-width: 34rem; font-size: .95rem; } th, td { overflow-wrap: break-word; text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: .35rem .5rem; }
th { font-weight: 600; } td.n, th.n { text-align: right; white-space: nowrap; }
svg { display: block; width: 100%; height: auto; max-width: 32rem; } svg text { font: 13px system-ui, sans-serif; fill: var(--ink); }
.legend span { display: inline-block; width: .9em; height: .9em; vertical-align: -.1em; margin: 0 .3em 0 .8em; }
.group { border-left: 4px solid var(--bar); padding-left: .75rem; margin: 1.25rem 0; }
`;

export function htmlReport(insights: Insights, read: ReadSummary): string {
  const body = [
    `<h1>What readers told the FAQ</h1>`,
    `<p>${number(insights.events)} events from ${escapeXml(period(insights))} (${escapeXml(languages(insights.byLang) || 'none')}), read from ${read.files.length} file(s); ${number(read.badLines)} bad line(s) skipped.</p>`,
    insights.droppedKeys ? `<p>${number(insights.droppedKeys)} rare distinct questions were left out to keep memory bounded.</p>` : '',
    `<nav aria-label="Sections"><ol><li><a href="#missing">Missing questions</a></li><li><a href="#not-chosen">Found but not chosen</a></li><li><a href="#unhelpful">Answers that don't help</a></li><li><a href="#demand">Most-asked, learned</a></li><li><a href="#deflection">Deflection</a></li></ol></nav>`,
    missingSection(insights),
    notChosenSection(insights),
    unhelpfulSection(insights),
    demandSection(insights),
    deflectionSection(insights),
    badLinesSection(read),
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>FAQ insights, ${escapeXml(period(insights))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function missingSection(insights: Insights): string {
  const parts = [`<section aria-labelledby="missing"><h2 id="missing">1. Missing questions</h2>`];
  if (!insights.missing.length) parts.push('<p>No searches without results and no questions sent on.</p>');
  else {
    parts.push('<p>Searches that found nothing and questions readers sent on anyway, grouped across spellings, plurals, typos and languages.</p>');
    parts.push(barChart('missing-chart', 'Most frequent missing questions', insights.missing.slice(0, 8).map((group) => ({ label: group.examples[0]?.text ?? '', value: group.count }))));
    insights.missing.forEach((group, i) => {
      parts.push(`<div class="group"><h3>${i + 1}. ${text(group.examples[0]?.text ?? '')} <span class="muted">— ${times(group.count)}</span></h3>`);
      parts.push(`<p>${number(group.searches)} searches without results, ${number(group.asks)} questions sent on (${escapeXml(languages(group.byLang))}).</p>`);
      parts.push(`<p>Readers wrote: ${group.examples.map((example) => `<q lang="${attr(example.lang)}">${text(example.text)}</q> (${example.count})`).join(', ')}</p>`);
      if (group.closest.length) parts.push(`<p>Closest entries: ${group.closest.map((entry) => `<code>${text(entry.id)}</code> <span lang="${attr(entry.lang)}">${text(entry.question)}</span>`).join('; ')}</p>`);
      parts.push(`<pre><code>${text(group.command)}</code></pre></div>`);
    });
  }
  return `${parts.join('\n')}</section>`;
}

function notChosenSection(insights: Insights): string {
  const parts = [`<section aria-labelledby="not-chosen"><h2 id="not-chosen">2. Found but not chosen</h2>`];
  if (!insights.notChosen.length) parts.push('<p>Readers opened a result for every search that had some.</p>');
  else {
    parts.push('<p>Searches that had results but where readers opened nothing, or opened an answer far down the list: likely ranking misses.</p>');
    const rows = insights.notChosen.map((group) => [
      group.examples.slice(0, 3).map((example) => `<q lang="${attr(example.lang)}">${text(example.text)}</q>`).join(', '),
      num(group.searches),
      num(percent(group.notOpened / group.searches)),
      group.opened.map((entry) => `<code>${text(entry.id)}</code> ×${entry.count} (rank ${entry.averageRank.toFixed(1)})`).join(', ') || '–',
      group.target ? `<code>${text(group.target.id)}</code> ${group.currentRank ?? '&gt; 10'}` : '–',
      group.target && group.keywordsToAdd.length ? `<code>${text(group.target.id)}</code>: ${group.keywordsToAdd.map(text).join(', ')}` : '–',
    ]);
    parts.push(table('Found but not chosen', ['readers searched', 'searches', 'opened nothing', 'readers opened (average rank)', 'rank today', 'keywords to add'], rows, [1, 2]));
  }
  return `${parts.join('\n')}</section>`;
}

function unhelpfulSection(insights: Insights): string {
  const parts = [`<section aria-labelledby="unhelpful"><h2 id="unhelpful">3. Answers that don't help</h2>`];
  if (!insights.unhelpful.length) parts.push('<p>No entry is likely unhelpful on the votes so far.</p>');
  else {
    parts.push('<p>The helpful rate with its 95% Wilson interval: the true rate probably lies in it. Entries whose interval lies lowest come first.</p>');
    parts.push(intervalChart(insights));
    const rows = insights.unhelpful.map((entry) => [
      `<code>${text(entry.id)}</code> <span lang="${attr(entry.lang)}">${text(entry.question)}</span>`,
      num(entry.yes),
      num(entry.no),
      num(`${percent(entry.yes / (entry.yes + entry.no))} (${percent(entry.low)}–${percent(entry.high)})`),
      entry.comments.map((comment) => `<q lang="${attr(entry.lang)}">${text(comment)}</q>`).join('<br>') || '–',
    ]);
    parts.push(table("Answers that don't help", ['entry', 'yes', 'no', 'helpful (95% interval)', 'what readers said was missing'], rows, [1, 2, 3]));
  }
  return `${parts.join('\n')}</section>`;
}

function demandSection(insights: Insights): string {
  const rows = insights.demand.slice(0, 20).map((entry) => [
    `<code>${text(entry.id)}</code> <span lang="${attr(entry.lang)}">${text(entry.question)}</span>`,
    num(number(entry.demand)),
    num(entry.perWeek.toFixed(1)),
    num(entry.priority),
    num(entry.suggested === entry.priority ? String(entry.suggested) : `<strong>${entry.suggested}</strong>`),
  ]);
  return `<section aria-labelledby="demand"><h2 id="demand">4. Most-asked, learned</h2>
<p>Demand counts opens from search and the ask page, answers that ended an ask, and helpful votes, per week of the period. A suggested priority in bold differs from the current one; <code>npm run insights -- --apply</code> writes it.</p>
${table('Most-asked, learned', ['entry', 'demand', 'per week', 'priority', 'suggested'], rows, [1, 2, 3, 4])}</section>`;
}

function deflectionSection(insights: Insights): string {
  const { total, byTopic, byWeek } = insights.deflection;
  const topicRows = byTopic.map((row) => [text(row.label), num(row.answered), num(row.asked), num(percent(row.rate))]);
  const weekRows = byWeek.map((row) => [text(row.label), num(row.answered), num(row.asked), num(percent(row.rate))]);
  return `<section aria-labelledby="deflection"><h2 id="deflection">5. Deflection</h2>
<p>${number(total.answered)} questions answered on the ask page without contact, ${number(total.asked)} sent on: <strong>${percent(total.rate)}</strong> answered without contact.</p>
${weekChart(insights)}
${table('Deflection per topic', ['topic', 'answered', 'sent on', 'without contact'], topicRows, [1, 2, 3])}
${table('Deflection per week', ['week of', 'answered', 'sent on', 'without contact'], weekRows, [1, 2, 3])}</section>`;
}

function badLinesSection(read: ReadSummary): string {
  if (!read.badLines) return '';
  const items = read.named.map((bad) => `<li><code>${text(place(bad))}</code> ${text(bad.problem)}</li>`);
  if (read.badLines > read.named.length) items.push(`<li>and ${number(read.badLines - read.named.length)} more</li>`);
  return `<section aria-labelledby="skipped"><h2 id="skipped">Lines skipped</h2><ul>${items.join('')}</ul></section>`;
}

function table(caption: string, headings: string[], rows: string[][], numeric: number[]): string {
  const head = headings.map((heading, i) => `<th scope="col"${numeric.includes(i) ? ' class="n"' : ''}>${text(heading)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => (cell.startsWith('<td') ? cell : `<td>${cell}</td>`)).join('')}</tr>`).join('\n');
  // A table wider than a phone scrolls inside its own box, which keyboards can reach.
  return `<div class="table" role="region" aria-label="${attr(caption)}" tabindex="0"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function barChart(id: string, title: string, bars: { label: string; value: number }[]): string {
  // About a phone's width, so the text stays the page's size there rather than shrinking with the chart.
  const width = 400;
  const rowHeight = 28;
  const labelWidth = 170;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = bars.length * rowHeight + 8;
  const rows = bars.map((bar, i) => {
    const y = i * rowHeight + 4;
    const barWidth = Math.max(2, ((width - labelWidth - 60) * bar.value) / max);
    const label = bar.label.length > 22 ? `${bar.label.slice(0, 21)}…` : bar.label;
    return `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${text(label)}</text><rect x="${labelWidth}" y="${y + 4}" width="${barWidth.toFixed(1)}" height="18" fill="#24528f"/><text x="${(labelWidth + barWidth + 6).toFixed(1)}" y="${y + 17}">${bar.value}</text>`;
  });
  const description = bars.map((bar) => `${bar.label}: ${bar.value}`).join('; ');
  return `<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}"><title id="${id}-title">${text(title)}</title><desc id="${id}-desc">${text(description)}</desc>${rows.join('')}</svg>`;
}

function intervalChart(insights: Insights): string {
  const width = 400;
  const rowHeight = 26;
  const labelWidth = 170;
  const scale = (value: number) => labelWidth + value * (width - labelWidth - 20);
  const rows = insights.unhelpful.map((entry, i) => {
    const y = i * rowHeight + 24;
    const rate = entry.yes / (entry.yes + entry.no);
    const label = entry.id.length > 22 ? `${entry.id.slice(0, 21)}…` : entry.id;
    return `<text x="${labelWidth - 8}" y="${y + 5}" text-anchor="end">${text(label)}</text><line x1="${scale(entry.low).toFixed(1)}" x2="${scale(entry.high).toFixed(1)}" y1="${y}" y2="${y}" stroke="#8a3b12" stroke-width="4"/><circle cx="${scale(rate).toFixed(1)}" cy="${y}" r="5" fill="#1a1a1a"/>`;
  });
  const height = insights.unhelpful.length * rowHeight + 30;
  const axis = [0, 0.5, 1].map((tick) => `<text x="${scale(tick)}" y="12" text-anchor="middle">${percent(tick)}</text>`).join('');
  const description = insights.unhelpful.map((entry) => `${entry.id}: helpful ${percent(entry.low)} to ${percent(entry.high)}`).join('; ');
  return `<svg role="img" aria-labelledby="helpful-title helpful-desc" viewBox="0 0 ${width} ${height}"><title id="helpful-title">Helpful rate with its 95% interval</title><desc id="helpful-desc">${text(description)}</desc>${axis}${rows.join('')}</svg>`;
}

function weekChart(insights: Insights): string {
  const weeks = insights.deflection.byWeek;
  if (!weeks.length) return '';
  const width = 400;
  const height = 200;
  const chartTop = 10;
  const chartBottom = 170;
  const max = Math.max(1, ...weeks.map((week) => week.answered + week.asked));
  const slot = (width - 40) / weeks.length;
  const barWidth = Math.max(2, slot * 0.7);
  const bars = weeks.map((week, i) => {
    const x = 40 + i * slot;
    const answeredHeight = ((chartBottom - chartTop) * week.answered) / max;
    const askedHeight = ((chartBottom - chartTop) * week.asked) / max;
    const labelEvery = Math.ceil(weeks.length / 6);
    const label = i % labelEvery === 0 ? `<text x="${(x + barWidth / 2).toFixed(1)}" y="190" text-anchor="middle">${week.label.slice(5)}</text>` : '';
    return `<rect x="${x.toFixed(1)}" y="${(chartBottom - answeredHeight).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${answeredHeight.toFixed(1)}" fill="#1f6f43"/><rect x="${x.toFixed(1)}" y="${(chartBottom - answeredHeight - askedHeight).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${askedHeight.toFixed(1)}" fill="#8a3b12"/>${label}`;
  });
  const description = weeks.map((week) => `week of ${week.label}: ${week.answered} answered, ${week.asked} sent on`).join('; ');
  return `<p class="legend">Per week:<span style="background:#1f6f43"></span>answered without contact<span style="background:#8a3b12"></span>sent on</p>
<svg role="img" aria-labelledby="weeks-title weeks-desc" viewBox="0 0 ${width} ${height}"><title id="weeks-title">Asks answered without contact and sent on, per week</title><desc id="weeks-desc">${text(description)}</desc><text x="4" y="${chartTop + 10}">${max}</text><line x1="38" x2="${width}" y1="${chartBottom}" y2="${chartBottom}" stroke="#4a4a4a"/>${bars.join('')}</svg>`;
}

function num(value: string | number): string {
  return `<td class="n">${value}</td>`;
}

function text(value: string): string {
  return escapeXml(value);
}

function attr(value: string): string {
  return escapeXml(value);
}
