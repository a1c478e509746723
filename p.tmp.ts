import { RULES } from './rules/index.js';
import { claimOf, subjectOf, wrtOf } from './rules/claims.js';
import { toTex } from './properties/engine/tex.js';
const GREEK = new Set(['alpha','beta','gamma','delta','epsilon','varepsilon','zeta','eta','theta','vartheta','iota','kappa','lambda','mu','nu','xi','rho','sigma','tau','upsilon','phi','varphi','chi','psi','omega','Gamma','Delta','Theta','Lambda','Xi','Pi','Sigma','Upsilon','Phi','Psi','Omega']);
const FNS = new Set(['det','log','ln','exp','tanh','sin','cos','sqrt','odot','oslash','otimes','circ','sum']);
function sym(tex: string) {
  let s = tex.replace(/\\text\{[^}]*\}/g, ' ').replace(/\\mathbb\{R\}(\^\{[^}]*\}|\^\w)?/g, ' ').replace(/\^\{\\circ\s*/g, '^{\\hpow ');
  const bold = new Set<string>(), greek = new Set<string>(), fns = new Set<string>();
  s = s.replace(/\\(?:mathbf|boldsymbol|bm)\s*(?:\{\s*\\?([A-Za-z]+|\d)\s*\}|\\([A-Za-z]+)|([A-Za-z0-9]))/g, (_, a, b, c) => { bold.add(a ?? b ?? c); return ' '; });
  s = s.replace(/\\(?:mathrm|operatorname)\{([A-Za-z]+)\}/g, (_, n) => { fns.add(n === 'tr' ? 'Tr' : n); return ' '; });
  for (const [, c] of s.matchAll(/\\([A-Za-z]+)/g)) {
    if (c === 'sigma') fns.add('σ'); else if (GREEK.has(c)) greek.add(c); else if (FNS.has(c)) fns.add(c); else if (c === 'hpow') fns.add('hpow');
  }
  return { bold, greek, fns };
}
const diff = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x));
let n = 0;
for (const r of RULES) {
  const shapes = { ...r.shapes, ...Object.fromEntries(wrtOf(r).map((w) => [`d${w}`, r.shapes[w]!])) };
  const g = sym(toTex(subjectOf(r), { shapes }) + ' ' + toTex(claimOf(r), { shapes }));
  const h = sym(r.latex);
  const out: string[] = [];
  for (const k of ['bold', 'greek', 'fns'] as const) {
    const miss = diff(g[k], h[k]), extra = diff(h[k], g[k]);
    if (miss.length) out.push(`${k} missing in latex: ${miss.join(' ')}`);
    if (extra.length) out.push(`${k} extra in latex: ${extra.join(' ')}`);
  }
  if (out.length) { n++; console.log(`${r.id} [${r.kind}] ${out.join(' | ')}`); }
}
console.log(n, 'of', RULES.length);
