/**
 * The budgets the project holds itself to. They are checked against the
 * largest corpus measured; the build-time ratio is defined at 10,000 entries.
 */
export const TARGETS = {
  timeRatioAt10k: 3,
  peakRssBytes: 1e9,
  distBytes: 200e6,
  entryPageGzipBytes: 30e3,
  warmPicturesRatio: 1.1,
};

const RATIO_SIZE = 10_000;

export function evaluateTargets(sizeResults) {
  const measured = sizeResults.filter((result) => result.ours && result.floor);
  if (measured.length === 0) return [];
  const largest = measured.reduce((a, b) => (b.entries > a.entries ? b : a));
  const ratioResult = measured.find((result) => result.entries === RATIO_SIZE) ?? largest;
  const heaviestPage = Math.max(...measured.map((result) => result.pageWeight?.maxGzipBytes ?? 0));
  const peakMemory = Math.max(...measured.map((result) => result.ours.peakRssBytes));
  const targets = [
    {
      name: 'build time, ours/floor',
      limit: `≤ ${TARGETS.timeRatioAt10k}× at ${RATIO_SIZE.toLocaleString('en')} entries`,
      value: ratioResult.ratio.wall,
      unit: 'ratio',
      entries: ratioResult.entries,
      ok: ratioResult.ratio.wall <= TARGETS.timeRatioAt10k,
      note: ratioResult.entries === RATIO_SIZE ? '' : `measured at ${ratioResult.entries.toLocaleString('en')} entries only`,
    },
    {
      name: 'peak memory (our build)',
      limit: '< 1 GB',
      value: peakMemory,
      unit: 'bytes',
      entries: largest.entries,
      ok: peakMemory < TARGETS.peakRssBytes,
      note: '',
    },
    {
      name: 'dist size (our site)',
      limit: '< 200 MB',
      value: largest.ours.distBytes,
      unit: 'bytes',
      entries: largest.entries,
      ok: largest.ours.distBytes < TARGETS.distBytes,
      note: '',
    },
    {
      name: 'entry page weight, gzip',
      limit: '< 30 kB',
      value: heaviestPage,
      unit: 'bytes',
      entries: largest.entries,
      ok: heaviestPage > 0 && heaviestPage < TARGETS.entryPageGzipBytes,
      note: 'heaviest sampled page',
    },
  ];
  const withPictures = measured.filter((result) => result.pictures);
  if (withPictures.length > 0) {
    const pictured = withPictures.find((result) => result.entries === RATIO_SIZE) ?? withPictures.reduce((a, b) => (b.entries > a.entries ? b : a));
    targets.push({
      name: 'warm rebuild with pictures / without',
      limit: `≤ ${TARGETS.warmPicturesRatio.toFixed(2)}× at ${RATIO_SIZE.toLocaleString('en')} entries`,
      value: pictured.pictures.warmRatio,
      unit: 'ratio',
      entries: pictured.entries,
      ok: pictured.pictures.warmRatio <= TARGETS.warmPicturesRatio,
      note: `${pictured.pictures.count.toLocaleString('en')} pictures${pictured.entries === RATIO_SIZE ? '' : `, measured at ${pictured.entries.toLocaleString('en')} entries only`}`,
    });
    const peakWithPictures = Math.max(...withPictures.map((result) => Math.max(result.pictures.cold.peakRssBytes, result.pictures.warm.peakRssBytes)));
    targets.push({
      name: 'peak memory (our build with pictures)',
      limit: '< 1 GB',
      value: peakWithPictures,
      unit: 'bytes',
      entries: pictured.entries,
      ok: peakWithPictures < TARGETS.peakRssBytes,
      note: 'cold or warm',
    });
  }
  return targets;
}
