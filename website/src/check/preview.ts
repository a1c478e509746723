/**
 * LaTeX of what the reader typed, rendered by KaTeX: the live preview and the counterexample's
 * matrices. Loaded on demand by the Check page (KaTeX and the mathjs parser are most of its JS).
 */
import katex from 'katex';
import { toTex } from '../../../properties/engine/tex.js';
import { splitPairs, type CheckState } from '../../../properties/presentation/url.js';

/** HTML of a formula; a TeX error shows as KaTeX's red source text rather than throwing. */
export function renderTex(tex: string, display = false): string {
  return katex.renderToString(tex, { displayMode: display, throwOnError: false, strict: 'ignore', output: 'html' });
}

/** The preview of the fields: the claim as a formula, and a note for each field that does not parse yet. */
export interface Preview {
  /** The claim as a display formula, with `⋯` for a side that is empty or does not parse. */
  claim: string;
  /** The declared variables with their shapes and assumptions, one formula each. */
  variables: string[];
  /** Why a field does not parse yet, by field. */
  problems: Partial<Record<'f' | 'claim' | 'wrt', string>>;
}

const PAIR = /^\s*([A-Za-z][A-Za-z0-9_]*)\s*=\s*(.+?)\s*$/;

/** `3x4` → `\mathbb{R}^{3\times 4}`, `n` → `\mathbb{R}^{n}`, `1` → `\mathbb{R}`. */
function spaceTex(shape: string): string | undefined {
  const parts = shape
    .replace(/×/g, 'x')
    .split('x')
    .map((p) => p.trim());
  if (parts.length > 2 || parts.some((p) => !/^([1-9]\d*|[a-wyz])$/.test(p))) return undefined;
  if (parts.length === 1 || parts[1] === '1') return parts[0] === '1' ? '\\mathbb{R}' : `\\mathbb{R}^{${parts[0]}}`;
  return `\\mathbb{R}^{${parts[0]}\\times ${parts[1]}}`;
}

/** A mathjs parse message for people: `Unexpected end of expression (char 6)` → `… at character 6`. */
function parseProblem(e: unknown): string {
  const msg = (e as Error).message ?? String(e);
  return msg.replace(/\s*\(char (\d+)\)/, ' at character $1');
}

export function preview(s: CheckState): Preview {
  const shapes: Record<string, string> = {};
  for (const item of splitPairs(s.shapes)) {
    const m = PAIR.exec(item);
    if (m) shapes[m[1]!] = m[2]!;
  }
  const wrt =
    s.kind === 'identity'
      ? []
      : s.wrt
          .split(',')
          .map((w) => w.trim())
          .filter(Boolean);
  const texShapes: Record<string, string> = { ...shapes };
  if (s.kind === 'differential' || s.kind === 'hessian') for (const w of wrt) if (shapes[w]) texShapes[`d${w}`] = shapes[w]!;
  const problems: Preview['problems'] = {};
  const side = (field: 'f' | 'claim'): string => {
    const text = s[field];
    if (text.trim() === '') return '\\cdots';
    try {
      return toTex(text, { shapes: texShapes });
    } catch (e) {
      problems[field] = parseProblem(e);
      return '\\cdots';
    }
  };
  const f = side('f');
  const g = s.kind === 'derive' ? '' : side('claim');
  let w = '';
  if (s.kind !== 'identity' && s.wrt.trim() !== '') {
    try {
      w = wrt.map((x) => toTex(x, { shapes: texShapes })).join(', ');
    } catch (e) {
      problems.wrt = parseProblem(e);
    }
  }
  const q = '\\overset{?}{=}';
  const claim =
    s.kind === 'derive'
      ? `\\frac{\\partial}{\\partial ${w || '\\,\\cdot\\,'}}\\left[${f}\\right] = \\;?`
      : s.kind === 'gradient'
        ? `\\frac{\\partial}{\\partial ${w || '\\,\\cdot\\,'}}\\left[${f}\\right] ${q} ${g}`
        : s.kind === 'differential'
          ? `d\\left[${f}\\right] ${q} ${g}`
          : s.kind === 'hessian'
            ? // The map form uses dW; the matrix form (a column W) does not.
              wrt.length === 1 && new RegExp(`\\bd${wrt[0]}\\b`).test(s.claim)
              ? `d\\left(\\nabla_{${w}}\\left[${f}\\right]\\right) ${q} ${g}`
              : `\\frac{\\partial^2}{\\partial ${w || '\\,\\cdot\\,'}\\,\\partial ${w || '\\,\\cdot\\,'}^\\top}\\left[${f}\\right] ${q} ${g}`
            : `${f} ${q} ${g}`;
  const assume: Record<string, string[]> = {};
  for (const item of splitPairs(s.assume)) {
    const m = PAIR.exec(item);
    if (m)
      (assume[m[1]!] ??= []).push(
        ...m[2]!
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean),
      );
  }
  const vars: string[] = [];
  for (const [name, shape] of Object.entries(shapes)) {
    const space = spaceTex(shape);
    if (!space) continue;
    let nameTex: string;
    try {
      nameTex = toTex(name, { shapes: texShapes });
    } catch {
      continue;
    }
    const as = assume[name]?.length ? `\\ (\\text{${assume[name]!.join(', ').replace(/[^A-Za-z, ]/g, '')}})` : '';
    vars.push(`${nameTex} \\in ${space}${as}`);
  }
  return { claim, variables: vars, problems };
}
