/**
 * False alarms over many seeds (a script, not part of `npm test`: minutes, not seconds).
 *
 *   npx tsx scripts/verify-seeds.ts --seeds 200                 # held-out claims + whole catalogue
 *   npx tsx scripts/verify-seeds.ts --seeds 200 --only held-out # the held-out claims only
 *   npx tsx scripts/verify-seeds.ts --seeds 200 --only catalogue --from 100
 *   npx tsx scripts/verify-seeds.ts --seeds 200 --only catalogue --rule orthogonal-inverse
 *
 * The held-out claims are correct statements a user would check first (the defining identities of
 * the assumptions) that are not rules of the catalogue. Every refutation is printed with its seed;
 * the exit status is 1 if there was any.
 */
import { checkClaim, type ClaimInput } from '../properties/oracle/check.js';
import { checkRule } from '../properties/derive/checkRule.js';
import { RULES } from '../rules/index.js';

/** Correct claims, each checked with its own seed from 1 to --seeds. */
export const HELD_OUT: readonly ClaimInput[] = [
  { kind: 'identity', expr: "Q'*Q", claim: 'eye(n)', shapes: { Q: 'nxn' }, assume: { Q: 'orthogonal' } },
  { kind: 'identity', expr: "Q*Q'", claim: 'eye(n)', shapes: { Q: 'nxn' }, assume: { Q: 'orthogonal' } },
  { kind: 'identity', expr: 'inv(Q)', claim: "Q'", shapes: { Q: 'nxn' }, assume: { Q: 'orthogonal' } },
  { kind: 'identity', expr: 'abs(det(Q))', claim: '1', shapes: { Q: 'nxn' }, assume: { Q: 'orthogonal' } },
  { kind: 'identity', expr: 'norm(Q*x)', claim: 'norm(x)', shapes: { Q: 'nxn', x: 'n' }, assume: { Q: 'orthogonal' } },
  { kind: 'identity', expr: "S'", claim: 'S', shapes: { S: 'nxn' }, assume: { S: 'symmetric' } },
  { kind: 'identity', expr: "A'", claim: 'A', shapes: { A: 'nxn' }, assume: { A: 'spd' } },
  { kind: 'identity', expr: 'A*inv(A)', claim: 'eye(n)', shapes: { A: 'nxn' }, assume: { A: 'spd' } },
  { kind: 'identity', expr: 'inv(A)*A', claim: 'eye(n)', shapes: { A: 'nxn' }, assume: { A: 'invertible' } },
  { kind: 'identity', expr: "ones(k)'*y", claim: '1', shapes: { y: 'k' }, assume: { y: 'onehot' } },
  { kind: 'identity', expr: 'y .* y', claim: 'y', shapes: { y: 'k' }, assume: { y: 'onehot' } },
  { kind: 'identity', expr: "D'", claim: 'D', shapes: { D: 'nxn' }, assume: { D: 'diagonal' } },
  // The spectral norm: invariant under transposition and orthogonal factors.
  { kind: 'identity', expr: 'norm(X,2)', claim: "norm(X',2)", shapes: { X: 'mxn' } },
  { kind: 'identity', expr: 'norm(Q*X,2)', claim: 'norm(X,2)', shapes: { Q: 'mxm', X: 'mxn' }, assume: { Q: 'orthogonal' } },
  { kind: 'identity', expr: 'norm(X*inv(X),2)', claim: '1', shapes: { X: 'nxn' }, assume: { X: 'invertible' } },
  { kind: 'identity', expr: 'diag(diag(D))', claim: 'D', shapes: { D: 'nxn' }, assume: { D: 'diagonal' } },
];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}
const seeds = Number(arg('--seeds', '200'));
const from = Number(arg('--from', '1'));
const only = arg('--only', 'all');
/** `--rule ID` (repeatable): only these rules of the catalogue. */
const ruleIds = process.argv.flatMap((a, i) => (a === '--rule' ? [process.argv[i + 1]!] : []));
const rules = ruleIds.length ? RULES.filter((r) => ruleIds.includes(r.id)) : RULES;
let failures = 0;

if (only === 'all' || only === 'held-out') {
  for (const c of HELD_OUT) {
    let refuted = 0;
    for (let s = from; s < from + seeds; s++) {
      const ev = checkClaim(c, { seed: s });
      if (ev.verdict === 'refuted') {
        refuted++;
        console.log(`REFUTED seed ${s}: ${c.expr} = ${c.claim}: ${ev.reason}`);
      }
    }
    failures += refuted;
    console.log(
      `${refuted === 0 ? '✓' : '✗'} ${c.expr} = ${c.claim} (${Object.entries(c.assume ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}): ${refuted} of ${seeds} seeds refuted`,
    );
  }
}
if (only === 'all' || only === 'catalogue') {
  let rulesRefuted = 0,
    mistakesMissed = 0;
  const started = Date.now();
  for (let s = from; s < from + seeds; s++) {
    for (const r of rules) {
      const ev = checkRule(r, { seed: s, shrink: false });
      if (ev.status !== 'verified') {
        rulesRefuted++;
        console.log(`REFUTED rule ${r.id} seed ${s}: ${ev.reason}`);
      }
      for (const m of ev.mistakes.filter((x) => !x.refuted)) {
        mistakesMissed++;
        console.log(`not refuted: mistake ${r.id}/${m.id} seed ${s}`);
      }
    }
    if ((s - from + 1) % 10 === 0) console.log(`… ${s - from + 1} seeds, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  failures += rulesRefuted;
  console.log(`catalogue: ${rules.length} rules × ${seeds} seeds (from ${from}): ${rulesRefuted} refutations of correct rules, ${mistakesMissed} mistakes not refuted`);
}
process.exit(failures === 0 ? 0 : 1);
