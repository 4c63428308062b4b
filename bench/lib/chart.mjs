// The files/s column as a horizontal bar chart (SVG, log scale), written by the benchmark itself.

const COLORS = { ours: '#1565c0', peer: '#ef6c00', floor: '#9e9e9e' };
const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * @param rows `{ label, kind, filesPerSecond }`, drawn in this order
 * @param title the chart's heading
 */
export function barChart(rows, { title, subtitle }) {
  const labelWidth = 345;
  const plotWidth = 520;
  const rowHeight = 30;
  const top = 62;
  const height = top + rows.length * rowHeight + 74;
  const width = labelWidth + plotWidth + 90;
  const max = Math.max(...rows.map((r) => r.filesPerSecond));
  const lo = 1;
  const hi = 10 ** Math.ceil(Math.log10(max * 1.05));
  const x = (v) => labelWidth + (plotWidth * Math.log10(Math.max(v, lo) / lo)) / Math.log10(hi / lo);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="13">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="16" y="24" font-size="16" font-weight="bold">${escape(title)}</text>`,
    `<text x="16" y="44" fill="#555">${escape(subtitle)}</text>`,
  ];
  // Grid lines at 1, 3, 10, 30, ... files/s.
  for (let decade = lo; decade <= hi; decade *= 10) {
    for (const v of [decade, 3 * decade]) {
      if (v > hi) continue;
      const gx = x(v).toFixed(1);
      parts.push(`<line x1="${gx}" y1="${top - 6}" x2="${gx}" y2="${top + rows.length * rowHeight}" stroke="#e0e0e0"/>`);
      parts.push(`<text x="${gx}" y="${top + rows.length * rowHeight + 18}" text-anchor="middle" fill="#555">${v}</text>`);
    }
  }
  rows.forEach((r, i) => {
    const y = top + i * rowHeight;
    const w = Math.max(1, x(r.filesPerSecond) - labelWidth);
    parts.push(`<text x="${labelWidth - 10}" y="${y + 19}" text-anchor="end"${r.kind === 'ours' ? ' font-weight="bold"' : ''}>${escape(r.label)}</text>`);
    parts.push(`<rect x="${labelWidth}" y="${y + 5}" width="${w.toFixed(1)}" height="${rowHeight - 10}" fill="${COLORS[r.kind]}"/>`);
    parts.push(`<text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 19}">${r.filesPerSecond.toFixed(r.filesPerSecond < 100 ? 1 : 0)}</text>`);
  });
  const axisY = top + rows.length * rowHeight + 38;
  parts.push(`<text x="${labelWidth + plotWidth / 2}" y="${axisY}" text-anchor="middle" fill="#555">files per second, one thread (log scale)</text>`);
  const legend = [['ours', 'this library'], ['peer', 'other extractors'], ['floor', 'bare parse, no extraction']];
  legend.forEach(([kind, text], i) => {
    const lx = 16 + i * 170;
    parts.push(`<rect x="${lx}" y="${axisY + 13}" width="12" height="12" fill="${COLORS[kind]}"/>`);
    parts.push(`<text x="${lx + 18}" y="${axisY + 24}" fill="#333">${text}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
