/** A small SVG chart: wall time per stage against corpus size (log-scaled x), one line per stage. */
export interface ChartSeries {
  name: string;
  color: string;
  points: { x: number; y: number }[];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function lineChart(title: string, series: ChartSeries[], xLabel: string, yLabel: string): string {
  const [w, h, left, right, top, bottom] = [640, 360, 60, 170, 36, 44];
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const yMax = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.y))) * 1.08;
  const [lx0, lx1] = [Math.log10(xs[0] ?? 1), Math.log10(xs.at(-1) ?? 10)];
  const px = (x: number) => left + (lx1 === lx0 ? (w - left - right) / 2 : ((Math.log10(x) - lx0) / (lx1 - lx0)) * (w - left - right));
  const py = (y: number) => h - bottom - (y / yMax) * (h - top - bottom);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" font-family="sans-serif" font-size="12">`,
    `<rect width="${w}" height="${h}" fill="#fff"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="bold">${escape(title)}</text>`,
    `<line x1="${left}" y1="${h - bottom}" x2="${w - right}" y2="${h - bottom}" stroke="#333"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${h - bottom}" stroke="#333"/>`,
    `<text x="${(left + w - right) / 2}" y="${h - 8}" text-anchor="middle">${escape(xLabel)}</text>`,
    `<text x="14" y="${(top + h - bottom) / 2}" text-anchor="middle" transform="rotate(-90 14 ${(top + h - bottom) / 2})">${escape(yLabel)}</text>`,
  ];
  for (const x of xs) out.push(`<text x="${px(x)}" y="${h - bottom + 16}" text-anchor="middle">${x.toLocaleString('en')}</text>`);
  for (let i = 0; i <= 4; i++) {
    const y = (yMax / 1.08) * (i / 4);
    out.push(`<line x1="${left - 4}" y1="${py(y)}" x2="${w - right}" y2="${py(y)}" stroke="#ddd"/>`, `<text x="${left - 6}" y="${py(y) + 4}" text-anchor="end">${y.toFixed(y < 10 ? 1 : 0)}</text>`);
  }
  series.forEach((s, i) => {
    const d = s.points.map((p, j) => `${j ? 'L' : 'M'}${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"/>`);
    for (const p of s.points) out.push(`<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="3" fill="${s.color}"/>`);
    out.push(`<rect x="${w - right + 14}" y="${top + i * 20}" width="12" height="3" fill="${s.color}"/>`, `<text x="${w - right + 32}" y="${top + i * 20 + 5}">${escape(s.name)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
