/** Decimal units throughout, so the figures compare directly with the targets (1 GB = 10⁹ bytes). */
export function formatBytes(bytes) {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} B`;
}

export function formatSeconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function formatRatio(ratio) {
  return `${ratio.toFixed(2)}×`;
}

export function formatCount(count) {
  return count.toLocaleString('en');
}

/** Left-aligned first column, right-aligned figures: a table that reads in a terminal and a CI log. */
export function formatTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? String(cell ?? '').padEnd(widths[column]) : String(cell ?? '').padStart(widths[column])))
        .join('   ')
        .trimEnd(),
    )
    .join('\n');
}
