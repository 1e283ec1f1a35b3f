import { formatBytes, formatCount, formatRatio, formatSeconds, formatTable } from './format.mjs';
import { TARGETS } from './targets.mjs';

/** The benchmark's figures as text for people: one table per corpus size, then the targets. */
export function formatReport(results) {
  const sections = [
    `Build benchmark — ${results.machine.cpus} cores, ${formatBytes(results.machine.memoryBytes)} memory, Node ${results.node}, ` +
      `load ${results.machine.loadAverageAtStart.map((load) => load.toFixed(2)).join(' ')} at start, ${results.runs} run(s) per build`,
  ];
  for (const result of results.sizes) sections.push(formatSize(result));
  if (results.targets.length > 0) sections.push(formatTargets(results.targets));
  for (const [name, other] of Object.entries(results.otherBenches)) {
    sections.push(`${name}: exit ${other.exitCode} in ${formatSeconds(other.wallMs)}\n${other.output.trimEnd()}`);
  }
  return sections.join('\n\n');
}

function formatSize(result) {
  const { ours, floor, ratio } = result;
  const title = `${formatCount(result.entries)} entries`;
  const lines = [];
  if (ours || floor) {
    // A site whose build failed shows as a dash, so the other's figures still print.
    const cell = (figures, format) => (figures ? format(figures) : '—');
    const rows = [
      [title, 'our site', 'floor', 'ours/floor'],
      ['wall time', cell(ours, (f) => formatSeconds(f.wallMs)), cell(floor, (f) => formatSeconds(f.wallMs)), cell(ratio, (r) => formatRatio(r.wall))],
      ['CPU time (process tree)', cell(ours, (f) => (f.cpuMs == null ? '—' : formatSeconds(f.cpuMs))), cell(floor, (f) => (f.cpuMs == null ? '—' : formatSeconds(f.cpuMs))), cell(ratio, (r) => (r.cpu == null ? '' : formatRatio(r.cpu)))],
      ['peak memory (process tree)', cell(ours, (f) => formatBytes(f.peakRssBytes)), cell(floor, (f) => formatBytes(f.peakRssBytes)), cell(ratio, (r) => formatRatio(r.memory))],
      ['HTML pages written', cell(ours, (f) => formatCount(f.pagesWritten)), cell(floor, (f) => formatCount(f.pagesWritten)), ''],
      ['pages per second', cell(ours, (f) => f.pagesPerSecond.toFixed(1)), cell(floor, (f) => f.pagesPerSecond.toFixed(1)), ''],
      ['dist size', cell(ours, (f) => formatBytes(f.distBytes)), cell(floor, (f) => formatBytes(f.distBytes)), ''],
      ['dist files', cell(ours, (f) => formatCount(f.distFiles)), cell(floor, (f) => formatCount(f.distFiles)), ''],
      // Hosts limit how many files a site may have: this says how far the content can grow on one.
      ['dist files per 10,000 entries', cell(ours, (f) => formatCount(Math.round((f.distFiles / result.entries) * 10_000))), cell(floor, (f) => formatCount(Math.round((f.distFiles / result.entries) * 10_000))), ''],
    ];
    lines.push(formatTable(rows));
  } else {
    lines.push(title);
  }
  if (result.pageWeight) {
    const weight = result.pageWeight;
    lines.push(
      `entry page weight (HTML + CSS + JS, gzip, ${weight.sampled} pages): max ${formatBytes(weight.maxGzipBytes)}, mean ${formatBytes(weight.meanGzipBytes)}`,
    );
    const missing = weight.pages.flatMap((page) => page.missing);
    if (missing.length > 0) lines.push(`  referenced but not in dist: ${[...new Set(missing)].join(', ')}`);
  }
  if (ours?.largestFile) lines.push(`largest file: ${formatBytes(ours.largestFile.bytes)}, ${ours.largestFile.path}`);
  if (result.largestPage) {
    const largest = result.largestPage;
    lines.push(`largest page (gzip, of ${formatCount(largest.pages)} pages): ${formatBytes(largest.gzipBytes)}, ${largest.page} (${formatBytes(largest.bytes)} unzipped)`);
  }
  if (result.offline) {
    const offline = result.offline;
    lines.push(`offline shell (gzip): ${formatBytes(offline.precacheGzipBytes)} precached in ${formatCount(offline.files)} files, worker ${formatBytes(offline.workerGzipBytes)}; a first visit downloads ${formatBytes(offline.firstVisitExtraGzipBytes)} more because of them`);
  }
  // A blank line apart, as tables of their own.
  if (result.pictures) lines.push(`\n${formatPictures(result)}`);
  if (result.members) lines.push(`\n${formatMembers(result)}`);
  for (const [part, message] of Object.entries(result.errors)) lines.push(`FAILED (${part}): ${message}`);
  return lines.join('\n');
}

/** Our site without pictures (built right after the warm build), then with them cold and warm. */
export function formatPictures(result) {
  const { pictures } = result;
  const { without, cold, warm } = pictures;
  const builds = [without, cold, warm];
  const phase = (name) => builds.map((figures) => (figures.log?.phases[name] == null ? '—' : formatSeconds(figures.log.phases[name])));
  const rows = [
    [`${formatCount(result.entries)} entries, ${formatCount(pictures.count)} pictures`, 'no pictures', 'pictures, cold', 'pictures, warm'],
    ['wall time', ...builds.map((figures) => formatSeconds(figures.wallMs))],
    ['  compared with no pictures', '', formatRatio(pictures.coldRatio), formatRatio(pictures.warmRatio)],
    ['  Astro: set-up (content loaded and checked)', ...phase('setupMs')],
    ['  Astro: bundles (Vite)', ...phase('entrypointsMs')],
    ['  Astro: pages', ...phase('pagesMs')],
    ['  Astro: pictures', ...phase('picturesMs')],
    ['  Astro: the rest (search, members-only files)', ...builds.map((figures) => (restOfAstro(figures) === null ? '—' : formatSeconds(restOfAstro(figures))))],
    ['  before and after Astro', ...builds.map((figures) => (figures.log?.phases.astroMs == null ? '—' : formatSeconds(figures.wallMs - figures.log.phases.astroMs)))],
    ['peak memory (process tree)', ...builds.map((figures) => formatBytes(figures.peakRssBytes))],
    ['pictures made / reused from cache', '', ...[cold, warm].map((figures) => `${formatCount(figures.log.pictures.made)} / ${formatCount(figures.log.pictures.reused)}`)],
    ['dist size', ...builds.map((figures) => formatBytes(figures.distBytes))],
  ];
  const output = `processed pictures in _astro/: ${formatCount(pictures.output.files)} files, ${formatBytes(pictures.output.bytes)}`;
  const limit = TARGETS.warmPicturesRatio;
  const verdict = `warm rebuild / no pictures: ${formatRatio(pictures.warmRatio)} (${pictures.warmRatio <= limit ? 'within' : 'MISSES'} ≤ ${formatRatio(limit)})`;
  return [formatTable(rows), output, verdict].join('\n');
}

/** What Astro's total holds beyond the phases it times: the integration's own outputs after the pages, mostly. */
function restOfAstro({ log }) {
  if (log?.phases.astroMs == null) return null;
  const { setupMs, entrypointsMs, pagesMs, picturesMs, astroMs } = log.phases;
  return Math.max(0, astroMs - (setupMs ?? 0) - entrypointsMs - (pagesMs ?? 0) - (picturesMs ?? 0));
}

/** The encrypted members-only section: what pictures inlined in its answers cost. */
export function formatMembers(result) {
  const sections = [['no pictures', result.members], ...(result.pictures ? [['pictures', result.pictures.members]] : [])];
  return formatTable([
    ['members-only files (_faq/m/)', ...sections.map(([heading]) => heading)],
    ['encrypted files', ...sections.map(([, members]) => formatCount(members.files))],
    ['total size', ...sections.map(([, members]) => formatBytes(members.bytes))],
    ['largest file', ...sections.map(([, members]) => formatBytes(members.largestBytes))],
  ]);
}

function formatTargets(targets) {
  const rows = [['target', 'limit', 'measured', '']];
  for (const target of targets) {
    const value = target.unit === 'ratio' ? formatRatio(target.value) : target.unit === 'bytes' ? formatBytes(target.value) : String(target.value);
    rows.push([target.name, target.limit, value, `${target.ok ? 'ok' : 'MISSED'}${target.note ? ` (${target.note})` : ''}`]);
  }
  return formatTable(rows);
}
