// The tables, as Markdown for RESULTS.md and as plain text for the terminal.
import { SCORED_FIELDS } from './accuracy.mjs';
import { SIZES } from './scaling.mjs';

const fmt = (v, digits) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
const ratio = (v, ref) => (Number.isFinite(v) && Number.isFinite(ref) && ref > 0 ? `${fmt(v / ref, v / ref < 0.1 ? 3 : 2)}×` : '–');
/** Three significant digits, enough for figures that move by a few percent from run to run. */
const sig = (v) => (!Number.isFinite(v) ? '–' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The speed table: each figure with its ratio to this library's default row. */
export function speedTable(results, referenceId) {
  const ref = results.find((r) => r.id === referenceId)?.stats;
  const header = ['extractor', 'files/s', 'MB/s', 'ms/page median', 'ms/page p95', 'peak RSS MiB', 'peak heap MiB', 'failed pages'];
  const rows = results.map(({ label, kind, stats: s }) => [
    kind === 'ours' ? `**${label}**` : label,
    `${sig(s.filesPerSecond)} (${ratio(s.filesPerSecond, ref?.filesPerSecond)})`,
    `${sig(s.mbPerSecond)} (${ratio(s.mbPerSecond, ref?.mbPerSecond)})`,
    `${sig(s.medianMs)} (${ratio(s.medianMs, ref?.medianMs)})`,
    `${sig(s.p95Ms)} (${ratio(s.p95Ms, ref?.p95Ms)})`,
    `${fmt(s.peakRssMiB, 0)} (${ratio(s.peakRssMiB, ref?.peakRssMiB)})`,
    `${fmt(s.peakHeapMiB, 0)} (${ratio(s.peakHeapMiB, ref?.peakHeapMiB)})`,
    String(s.failures),
  ]);
  return table(header, rows);
}

export function versionsTable(results) {
  return table(
    ['extractor', 'packages', 'RSS at start of row MiB'],
    results.map((r) => [r.label, r.packages.join(', '), fmt(r.stats.startRssMiB, 0)]),
  );
}

export function stagesTable(stages) {
  return table(
    ['parser', 'stage', 'ms/page (mean)', 'share'],
    stages.map((s) => [s.mode, s.stage === 'whole parseArticle' ? `**${s.stage}**` : s.stage, fmt(s.meanMs, 2), `${fmt(100 * s.share, 0)} %`]),
  );
}

export function accuracyTable(results, accuracy) {
  const header = ['extractor', ...SCORED_FIELDS.map((f) => (f === 'body' ? 'body (word F1)' : `${f} (accuracy)`)), 'crashed'];
  const rows = results
    .filter((r) => accuracy[r.id])
    .map((r) => {
      const a = accuracy[r.id];
      if (a.error) return [r.label, ...SCORED_FIELDS.map(() => '–'), `scorer failed: ${a.error}`];
      return [r.kind === 'ours' ? `**${r.label}**` : r.label, ...SCORED_FIELDS.map((f) => (a.fields[f] ? `${fmt(a.fields[f].value, 3)} (n=${a.fields[f].count})` : '–')), String(a.crashed)];
    });
  return table(header, rows);
}

const sizeLabel = (size) => (size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`);

/** One table per series: ms per MB at each size, and the largest over the smallest. */
export function scalingTable(results, cellsByRow) {
  const header = ['extractor', ...SIZES.map((s) => `${sizeLabel(s)} ms/MB`), 'max / min'];
  const rows = results
    .filter((r) => cellsByRow[r.id])
    .map((r) => {
      const cells = cellsByRow[r.id];
      const values = cells.filter((c) => Number.isFinite(c.msPerMb)).map((c) => c.msPerMb);
      const spread = values.length >= 2 ? `${fmt(Math.max(...values) / Math.min(...values), 2)}×` : '–';
      const show = (c) => (Number.isFinite(c.msPerMb) ? sig(c.msPerMb) : c.status === 'timeout' ? 'over 45 s' : c.status === 'skipped' ? 'not run' : c.status);
      return [r.kind === 'ours' ? `**${r.label}**` : r.label, ...cells.map(show), spread];
    });
  return table(header, rows);
}
