/**
 * The refutation-rate plots of the reliability page, as SVG strings (no plotting dependency): one
 * small panel per gradient rule, refutation rate against δ on a log axis, both kinds of
 * perturbation, with the target marked and, where gradcheck was measured in the same run, the δ
 * below which it let the scaled claim through on that rule. Written on one line with no
 * blank lines, so that CommonMark keeps it a single raw HTML block.
 */
import type { DetectionResult } from '../../properties/presentation/benchResults.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n2 = (x: number) => (Math.round(x * 10) / 10).toString();

/** Colours that stay apart for colour-blind readers (Okabe–Ito). */
export const COLORS = { scale: '#0072B2', random: '#D55E00', gradcheck: '#999999', target: '#009E73' } as const;

export interface GridOptions {
  /** Panels per row. @defaultValue 4 */
  columns?: number;
  /** Width of the whole figure in px. @defaultValue 960 */
  width?: number;
  /**
   * gradcheck's measured threshold per rule id (G·(1+δ)): δ below it was let through. No band is
   * drawn for a rule without one (gradcheck not measured, or never refuting).
   */
  gradcheck?: Readonly<Record<string, number | null>>;
  /** The target threshold. @defaultValue 1e-7 */
  targetDelta?: number;
  /** Checks per δ and cases per check, for the legend. */
  runs?: number;
  casesPerRun?: number;
}

/** Small multiples: one panel per rule. */
export function detectionGridSvg(rules: readonly DetectionResult[], o: GridOptions = {}): string {
  const columns = o.columns ?? 4;
  const width = o.width ?? 960;
  const target = o.targetDelta ?? 1e-7;
  const deltas = [...new Set(rules.flatMap((r) => [...r.kinds.scale.rates, ...r.kinds.random.rates].map((p) => p.delta)))].sort((a, b) => b - a);
  const lo = Math.log10(Math.min(...deltas)),
    hi = Math.log10(Math.max(...deltas));
  const legendH = 62,
    axisH = 4;
  const cellW = width / columns,
    cellH = 104;
  const rows = Math.ceil(rules.length / columns);
  const height = legendH + rows * cellH + axisH;
  const pad = { l: 30, r: 16, t: 18, b: 26 };
  const pw = cellW - pad.l - pad.r,
    ph = cellH - pad.t - pad.b;
  // δ decreases to the right: the eye follows the perturbation as it shrinks.
  const x = (d: number) => pad.l + ((hi - Math.log10(d)) / (hi - lo)) * pw;
  const y = (rate: number) => pad.t + (1 - rate) * ph;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="Refutation rate against the relative error δ, one panel per gradient rule" style="max-width:${width}px;font-family:system-ui,sans-serif;background:#fff">`,
  );
  // Legend.
  const lg = (cx: number, color: string, dash: string, label: string) =>
    `<line x1="${cx}" y1="16" x2="${cx + 26}" y2="16" stroke="${color}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/><text x="${cx + 32}" y="20" font-size="13" fill="#222">${esc(label)}</text>`;
  parts.push(lg(10, COLORS.scale, '', 'claim G·(1+δ)'));
  parts.push(lg(170, COLORS.random, '5 3', 'claim G + R with ‖R‖ = δ‖G‖'));
  parts.push(`<line x1="430" y1="16" x2="456" y2="16" stroke="${COLORS.target}" stroke-width="1.5" stroke-dasharray="2 2"/><text x="462" y="20" font-size="13" fill="#222">target: δ = 1e-7</text>`);
  if (o.gradcheck)
    parts.push(
      `<rect x="600" y="8" width="26" height="16" fill="${COLORS.gradcheck}" fill-opacity="0.25" stroke="${COLORS.gradcheck}"/><text x="632" y="20" font-size="13" fill="#222">δ that gradcheck let through (G·(1+δ), measured)</text>`,
    );
  const checks = o.runs !== undefined ? `${o.runs} checks${o.casesPerRun !== undefined ? ` of ${o.casesPerRun} random cases` : ''}` : 'the checks';
  parts.push(`<text x="10" y="44" font-size="12.5" fill="#333">Each panel: the share of ${esc(checks)} that refute the almost-right claim (vertical, 0–100%),</text>`);
  parts.push(`<text x="10" y="59" font-size="12.5" fill="#333">against its relative error δ (horizontal, log scale, from 1e-1 on the left to 1e-12 on the right).</text>`);
  // The frame, bands, markers and axes are the same in every panel: drawn once, then reused.
  const axes: string[] = [`<defs><g id="mcv-reliability-panel">`];
  axes.push(`<line x1="${n2(x(target))}" y1="${pad.t}" x2="${n2(x(target))}" y2="${pad.t + ph}" stroke="${COLORS.target}" stroke-width="1.2" stroke-dasharray="2 2"/>`);
  axes.push(`<rect x="${pad.l}" y="${pad.t}" width="${n2(pw)}" height="${ph}" fill="none" stroke="#bbb"/>`);
  axes.push(`<line x1="${pad.l}" y1="${n2(y(0.5))}" x2="${n2(pad.l + pw)}" y2="${n2(y(0.5))}" stroke="#e4e4e4"/>`);
  for (const t of [0, 0.5, 1]) axes.push(`<text x="${pad.l - 3}" y="${n2(y(t) + 3.5)}" font-size="9" text-anchor="end" fill="#555">${t * 100}%</text>`);
  for (const d of deltas) {
    const e = Math.round(Math.log10(d));
    axes.push(`<line x1="${n2(x(d))}" y1="${pad.t + ph}" x2="${n2(x(d))}" y2="${pad.t + ph + 3}" stroke="#999"/>`);
    if (e % 3 === 0 || e === -1) axes.push(`<text x="${n2(x(d))}" y="${pad.t + ph + 13}" font-size="9.5" text-anchor="middle" fill="#444">1e${e}</text>`);
  }
  axes.push('</g></defs>');
  parts.push(axes.join(''));
  rules.forEach((r, i) => {
    const ox = (i % columns) * cellW,
      oy = legendH + Math.floor(i / columns) * cellH;
    const g: string[] = [`<g transform="translate(${n2(ox)},${n2(oy)})">`, `<use href="#mcv-reliability-panel"/>`];
    // gradcheck's blind region on this rule: δ below its measured threshold (right of the marker).
    const gc = o.gradcheck?.[r.id];
    if (gc) {
      g.push(`<rect x="${n2(x(gc))}" y="${pad.t}" width="${n2(pad.l + pw - x(gc))}" height="${ph}" fill="${COLORS.gradcheck}" fill-opacity="0.13"/>`);
      g.push(`<line x1="${n2(x(gc))}" y1="${pad.t}" x2="${n2(x(gc))}" y2="${pad.t + ph}" stroke="${COLORS.gradcheck}" stroke-width="1"/>`);
    }
    g.push(`<text x="${pad.l}" y="12" font-size="11.5" font-weight="600" fill="#222">${esc(r.id.length > 31 ? r.id.slice(0, 30) + '…' : r.id)}</text>`);
    for (const [kind, dash] of [
      ['scale', ''],
      ['random', '5 3'],
    ] as const) {
      const rates = r.kinds[kind].rates.filter((p) => p.runs > 0);
      g.push(
        `<polyline points="${rates.map((p) => `${n2(x(p.delta))},${n2(y(p.refuted / p.runs))}`).join(' ')}" fill="none" stroke="${COLORS[kind]}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      );
      // Dots only where some check let the wrong claim through: that is where the curve says something.
      for (const p of rates) if (p.refuted < p.runs) g.push(`<circle cx="${n2(x(p.delta))}" cy="${n2(y(p.refuted / p.runs))}" r="2" fill="${COLORS[kind]}"/>`);
    }
    g.push('</g>');
    parts.push(g.join(''));
  });
  parts.push('</svg>');
  return parts.join('');
}
