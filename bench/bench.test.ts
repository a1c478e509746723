/**
 * The properties `npm run bench` relies on, pinned on fixed seeds so that `npm test` notices when
 * the oracle loses them: an almost-right gradient (relative error 1e-6) is refuted, a correct rule
 * is not refuted at condition number 1e6, verdicts do not depend on the scale of the inputs. Plus
 * the benchmark's own machinery: thresholds, homogeneity, the page.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkClaim, checkProblem, prepare, type ClaimInput } from '../properties/oracle/check.js';
import { FUNCTIONS } from '../properties/engine/expr.js';
import { mistakeClaim, ruleClaim } from '../rules/claims.js';
import { RULES, ruleById } from '../rules/index.js';
import type { Rule } from '../rules/schema.js';
import { thresholdOf } from './detection.js';
import { functionChecks } from './functions.js';
import { mergePhases } from './merge.js';
import { PERTURBATION_KINDS, perturbedProblem } from './perturb.js';
import { type BenchResults, phaseRun, RESULTS_PATH } from '../properties/presentation/benchResults.js';
import { readBenchResults, reliabilityMarkdown } from '../scripts/site/reliabilityPage.js';
import { homogeneity } from './scaleInvariance.js';
import { settingsFor } from './settings.js';
import { torchExpr } from './torchExpr.js';

const SEEDS = [1, 2, 3, 4, 5];
/** The committed results (bench/results/latest.json), as the site generator reads them. */
const ROOT = join(import.meta.dirname, '..');
const RESULTS_FILE = join(ROOT, RESULTS_PATH);
/** The page the site generator makes from the committed results. */
function committedPage(): string {
  const res = readBenchResults(ROOT);
  if (!res) throw new Error(`${RESULTS_PATH} is missing: run npm run bench, which writes it`);
  return reliabilityMarkdown(res);
}

/** The classic gradients of issue 7, written out so that the tests do not depend on rule ids. */
const LOGDET: ClaimInput = { kind: 'gradient', expr: 'logdet(X)', claim: "inv(X)'", wrt: ['X'], shapes: { X: 'nxn' }, assume: { X: 'invertible' } };
const TRACE_INV: ClaimInput = { kind: 'gradient', expr: 'trace(inv(X)*A)', claim: "-(inv(X)*A*inv(X))'", wrt: ['X'], shapes: { X: 'nxn', A: 'nxn' }, assume: { X: 'invertible' } };
const BILINEAR: ClaimInput = { kind: 'gradient', expr: "a'*X*b", claim: "a*b'", wrt: ['X'], shapes: { X: 'mxn', a: 'm', b: 'n' } };
const LEAST_SQUARES: ClaimInput = { kind: 'gradient', expr: "norm(X*theta - y,'fro')^2", claim: "2*X'*(X*theta - y)", wrt: ['theta'], shapes: { X: 'mxd', theta: 'd', y: 'm' } };
const SOFTMAX: ClaimInput = {
  kind: 'gradient',
  expr: "-y'*log(softmax(Theta*x))",
  claim: "(softmax(Theta*x) - y)*x'",
  wrt: ['Theta'],
  shapes: { Theta: 'kxd', x: 'd', y: 'k' },
  assume: { y: 'onehot' },
};

describe('an almost-right gradient (relative error 1e-6) is refuted', () => {
  const claims: [string, ClaimInput][] = [
    ['log|det X|', LOGDET],
    ['tr(X⁻¹A)', TRACE_INV],
    ["a'Xb", BILINEAR],
    ['least squares', LEAST_SQUARES],
    ['softmax regression', SOFTMAX],
  ];
  for (const [name, claim] of claims)
    for (const kind of PERTURBATION_KINDS)
      test(`${name}, ${kind === 'scale' ? 'G·(1+1e-6)' : 'G + R with ‖R‖ = 1e-6‖G‖'}, seeds ${SEEDS.join(', ')}, 10 cases each`, () => {
        // The correct claim passes on the same seeds: the refutation is the perturbation's doing.
        for (const seed of SEEDS) expect(checkClaim(claim, { seed, cases: 10, shrink: false }).verdict).toBe('verified');
        for (const seed of SEEDS) expect(checkProblem(perturbedProblem(claim, kind, 1e-6, seed), { seed, cases: 10, shrink: false }).verdict).toBe('refuted');
      });
});

describe('an almost-right Hessian (relative error 1e-6) is refuted, two directions at a time', () => {
  const XAX: ClaimInput = { kind: 'hessian', expr: "x'*A*x", claim: "A + A'", wrt: ['x'], shapes: { x: 'n', A: 'nxn' } };
  const LOGDET_H: ClaimInput = { kind: 'hessian', expr: 'logdet(X)', claim: "-(inv(X)*dX*inv(X))'", wrt: ['X'], shapes: { X: 'nxn' }, assume: { X: 'invertible' } };
  for (const [name, claim] of [
    ['xᵀAx, matrix form', XAX],
    ['log|det X|, map form', LOGDET_H],
  ] as const)
    for (const kind of PERTURBATION_KINDS)
      test(`${name}, ${kind === 'scale' ? 'H·(1+1e-6)' : 'H[V] + R with ‖R‖ = 1e-6‖H[V]‖'}, seeds ${SEEDS.join(', ')}, 10 cases each`, () => {
        for (const seed of SEEDS) expect(checkClaim(claim, { seed, cases: 10, shrink: false }).verdict).toBe('verified');
        for (const seed of SEEDS) expect(checkProblem(perturbedProblem(claim, kind, 1e-6, seed), { seed, cases: 10, shrink: false }).verdict).toBe('refuted');
      });
  test('the stress cases that once raised false alarms (near-singular X, steps across the singularity) are verified', () => {
    const replays: [string, number, number][] = [
      ['hessian-logdet', 1277048703, 1e8],
      ['hessian-trace-inverse', -132489094, 1e8],
      ['hessian-gaussian-loglik-covariance', -1821735738, 1e8],
    ];
    for (const [id, seed, condition] of replays) {
      const ev = checkClaim(ruleClaim(ruleById(id)!), { seed, cases: 50, point: { condition }, shrink: false });
      expect(ev.verdict, `${id}, seed ${seed}: ${ev.reason}`).toBe('verified');
    }
  });
});

describe('a correct rule is not refuted at condition number 1e6', () => {
  for (const [name, claim] of [
    ['log|det X|', LOGDET],
    ['tr(X⁻¹A)', TRACE_INV],
  ] as const)
    test(`${name}: X drawn with condition number exactly 1e6, seeds ${SEEDS.join(', ')}, 100 cases each`, () => {
      for (const seed of SEEDS) {
        const ev = checkClaim(claim, { seed, cases: 100, point: { condition: 1e6 }, shrink: false });
        expect(ev.verdict, `seed ${seed}: ${ev.reason}`).toBe('verified');
      }
    });
});

describe('the stress cases that once raised false alarms are verified', () => {
  // Each was a refutation of a correct rule in a bench run (seed and options as it reported them):
  // a step that moved sin's argument across periods or softmax's across its switches at inputs
  // of 1e6, and a density of 1e-318 whose rounding is absolute (subnormal).
  const replays: [string, number, number, { scale?: number; condition?: number }][] = [
    ['diff-elementwise-sin', 1664964448, 1000, { scale: 1e6 }],
    ['diff-elementwise-cos', 21699370, 500, { scale: 1e6 }],
    ['grad-logsumexp', 77095960, 1000, { scale: 1e6 }],
    ['mlp-sigmoid-first-layer', -385336438, 1000, { scale: 1e6 }],
    ['gaussian-density-gradient', -324196431, 750, { condition: 100 }],
  ];
  for (const [id, seed, cases, point] of replays)
    test(`${id} at ${point.scale ? `scale ${point.scale.toExponential()}` : `condition ${point.condition}`}, seed ${seed}, ${cases} cases`, () => {
      const ev = checkClaim(ruleClaim(ruleById(id)!), { seed, cases, point, shrink: false });
      expect(ev.verdict, ev.reason).toBe('verified');
    });
});

describe('verdicts do not depend on the scale of the inputs', () => {
  const rule = (id: string): Rule => {
    const r = ruleById(id);
    if (!r) throw new Error(`rule ${id} is gone from the catalogue; pick another homogeneous rule here`);
    return r;
  };
  for (const id of ['grad-bilinear-matrix', 'grad-quadratic-form', 'trace-cyclic', 'diff-product'])
    test(`${id} and its mistakes: same verdicts at scales 1, 1e-6 and 1e6`, () => {
      const r = rule(id);
      expect('degree' in homogeneity(r)).toBe(true);
      for (const input of [ruleClaim(r), ...r.mistakes.map((m) => mistakeClaim(r, m))]) {
        const verdicts = [1, 1e-6, 1e6].map((scale) => checkClaim(input, { seed: 7, cases: 30, shrink: false, point: { scale } }).verdict);
        expect(verdicts, input.claim).toEqual([verdicts[0], verdicts[0], verdicts[0]]);
      }
    });
});

describe('the benchmark machinery', () => {
  test('the threshold is the smallest δ at which this and every larger δ reach the required rate', () => {
    const rates = [1e-1, 1e-2, 1e-3, 1e-4].map((delta, i) => ({ delta, refuted: [100, 99, 50, 100][i]!, runs: 100, errors: 0 }));
    expect(thresholdOf(rates, 0.99)).toBe(1e-2);
    expect(thresholdOf(rates.slice(0, 2), 0.99)).toBe(1e-2);
    expect(thresholdOf([{ delta: 1e-1, refuted: 3, runs: 100, errors: 0 }], 0.99)).toBeNull();
  });

  test('homogeneity is measured: degrees of products, up to a constant for log|det|, none for softmax', () => {
    const deg = (id: string) => homogeneity(ruleById(id)!);
    expect(deg('grad-quadratic-form')).toEqual({ degree: 3 });
    expect(deg('trace-cyclic')).toEqual({ degree: 2 });
    expect(deg('diff-elementwise-exp')).toHaveProperty('reason');
    expect(deg('softmax-regression')).toHaveProperty('reason'); // one-hot labels cannot be scaled
    expect(deg('least-squares')).toHaveProperty('reason'); // Xθ − y mixes degrees 2 and 1
  });

  test('the page is CommonMark the site can take: front matter, one-line SVG, no math delimiters', () => {
    const s = settingsFor(true, 1);
    const rate = (delta: number, refuted: number) => ({ delta, refuted, runs: 10, errors: 0 });
    const res: BenchResults = {
      schema: 1,
      date: '2026-01-01T00:00:00.000Z',
      durationSeconds: 1,
      cpuSeconds: { parallel: 2, speed: 1, workers: 2 },
      machine: { cpu: 'test <cpu>', cores: 2, memoryGiB: 4, platform: 'linux', node: 'v20', load: [0, 0] },
      git: null,
      catalogue: { rules: 1, gradient: 1, differential: 0, identity: 0 },
      settings: s,
      tolerances: { fdSafety: 4 },
      detection: [
        {
          id: 'least-squares',
          title: 't',
          f: "norm(X*theta - y,'fro')^2",
          G: "2*X'*(X*theta - y)",
          wrt: 'theta',
          seconds: 1,
          kinds: { scale: { rates: s.detection.deltas.map((d) => rate(d, d > 1e-10 ? 10 : 0)), threshold: 1e-10 }, random: { rates: s.detection.deltas.map((d) => rate(d, 10)), threshold: 1e-12 } },
        },
      ],
      falseAlarms: [
        {
          id: 'least-squares',
          kind: 'gradient',
          seconds: 1,
          skipped: [{ mode: 'condition', reason: 'no invertible or spd input' }],
          modes: [
            { mode: 'default', cases: 300, checks: 3, refuted: 0, alarms: [] },
            { mode: 'scale', value: 1e6, cases: 100, checks: 1, refuted: 1, alarms: [{ seed: 5, cases: 100, reason: 'a|b < c', point: { scale: 1e6 } }] },
          ],
        },
      ],
      scaleInvariance: [{ id: 'least-squares', homogeneous: false, reason: 'f: it is not homogeneous in its inputs', rows: [], excluded: [], seconds: 0 }],
      speed: { perRule: [{ id: 'least-squares', kind: 'gradient', cases: 20, medianMs: 5, checksPerSecond: 200, msPerCase: 0.25 }], growth: [], cli: [] },
    };
    const md = reliabilityMarkdown(res);
    expect(md.startsWith('---\ntitle: How reliable is the oracle?\n')).toBe(true);
    expect(md).not.toContain('$');
    const svg = md.split('\n').filter((l) => l.startsWith('<svg'));
    expect(svg).toHaveLength(1);
    expect(svg[0]).toMatch(/<\/svg>$/);
    // Outside the SVG and the <details> blocks, no raw "<" that CommonMark could take for HTML.
    const prose = md.split('\n').filter((l) => !l.startsWith('<svg') && !/^<\/?(details|summary)/.test(l));
    for (const l of prose) expect(l, l).not.toMatch(/<[a-zA-Z/!?]/);
    expect(md).toContain('a\\|b'); // table cells escape |
    // Without a gradcheck phase the page compares with nothing it did not measure.
    expect(md).toContain("PyTorch's `gradcheck` was not run in this benchmark run");
    expect(md).not.toMatch(/issue \d|as reported|gradcheck's defaults accept/);

    // With one: both columns measured, from the results.
    const side = (refuted: number, runs = 3) => ({ refuted, runs, errors: 0 });
    const withGc: BenchResults = {
      ...res,
      gradcheck: {
        python: '/usr/bin/python3',
        torch: '1.13.0',
        skipped: [],
        results: [
          {
            id: 'least-squares',
            runs: 3,
            seconds: 1,
            shapeMistakes: [],
            correct: { oracle: side(0), gradcheck: side(0) },
            detection: {
              scale: {
                rates: s.detection.deltas.map((delta) => ({ delta, oracle: side(3), gradcheck: delta >= 1e-2 ? side(3) : delta >= 1e-4 ? side(0) : null })),
                oracleThreshold: 1e-12,
                gradcheckThreshold: 1e-2,
              },
              random: { rates: s.detection.deltas.map((delta) => ({ delta, oracle: side(3), gradcheck: delta >= 1e-3 ? side(3) : null })), oracleThreshold: 1e-12, gradcheckThreshold: 1e-3 },
            },
            falseAlarms: [
              { mode: 'default', cases: 10, oracle: side(0, 1), gradcheck: side(0, 1) },
              { mode: 'scale', value: 1e6, cases: 10, oracle: side(0, 1), gradcheck: side(1, 1) },
            ],
            mistakes: [
              { id: 'sign', scale: 1, cases: 10, oracle: side(1, 1), gradcheck: side(1, 1) },
              { id: 'sign', scale: 1e-6, cases: 10, oracle: side(1, 1), gradcheck: side(0, 1) },
            ],
          },
        ],
      },
    };
    const gmd = reliabilityMarkdown(withGc);
    expect(gmd).toContain("| | this oracle | PyTorch's gradcheck, same claims and points |".replace('| |', '|  |'));
    expect(gmd).toContain('1e-2 for the worst of 1 rules, 1e-2 for the median (3 checks per δ)');
    expect(gmd).toContain('| inputs scaled by 1e6 | 1 | 10 | none | 1: [least-squares](/rules/least-squares) | 0 |');
    expect(gmd).toContain('1 of 1 at scale 1, 1 of 1 at scale 1e-6'); // the oracle's mistakes
    expect(gmd).toContain('1 of 1 at scale 1, 0 of 1 at scale 1e-6'); // gradcheck's
    expect(gmd).toMatch(/\| \[least-squares\]\(\/rules\/least-squares\) \| 0 \/ 0 of 3 \| 1e-12 \| 1e-2 \| 1e-12 \| 1e-3 \| 1 \/ 0 of 1 \|/);
    expect(gmd).not.toMatch(/issue \d|as reported|quoted/);
  });

  test('the page made from the committed results states their figures, quotes nothing it did not measure and refers to no issue', () => {
    const md = committedPage();
    expect(md).not.toMatch(/issue \d|as reported|quoted/);
    // The figures come from bench/results/latest.json, read here on its own.
    const res = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchResults;
    expect(md).toContain(`on ${res.date.slice(0, 10)} (${res.machine.cores} cores`);
    expect(md).toContain(`; ${res.catalogue.rules} rules`);
    expect(md).toContain(`seed ${res.settings.seed}`);
    if (res.gradcheck) expect(md).toContain(`PyTorch ${res.gradcheck.torch}`);
    else expect(md).toContain("PyTorch's `gradcheck` was not run in this benchmark run");
    for (const d of res.detection) expect(md, d.id).toContain(`[${d.id}](/rules/${d.id})`);
  });

  test('the site generator reads the results as data: no file, no page; a file that is not results is named, with the fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcv-bench-'));
    try {
      expect(readBenchResults(dir)).toBeUndefined();
      mkdirSync(join(dir, 'bench/results'), { recursive: true });
      writeFileSync(join(dir, RESULTS_PATH), '{"schema": 1, "date": "2030-01-01"');
      expect(() => readBenchResults(dir)).toThrow(/bench\/results\/latest\.json is not JSON .*npm run bench/);
      // A file of another shape (bench/functionSizes.ts writes one) is refused, naming the field.
      writeFileSync(join(dir, RESULTS_PATH), JSON.stringify({ schema: 1, sizes: [1000] }));
      expect(() => readBenchResults(dir)).toThrow(/bench\/results\/latest\.json is not the benchmark's results: date: .*npm run bench/);
      writeFileSync(join(dir, RESULTS_PATH), readFileSync(RESULTS_FILE, 'utf8'));
      expect(readBenchResults(dir)).toEqual(JSON.parse(readFileSync(RESULTS_FILE, 'utf8')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the committed results measure the JavaScript functions, and the page states their figures, commit and load', () => {
    const res = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchResults;
    const fr = res.functions;
    expect(fr, 'bench/results/latest.json has no functions phase: npm run bench -- --phases functions --merge').toBeDefined();
    const md = committedPage();
    const section = md.slice(md.indexOf('## JavaScript functions'), md.indexOf('\n## ', md.indexOf('## JavaScript functions') + 1));
    expect(section).not.toContain('Not measured');
    expect(section, 'a cell escaped twice').not.toContain('\\\\|');
    const s = res.settings.functions!;
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const bugs = fr!.flatMap((r) => r.bugs),
      random = fr!.flatMap((r) => r.randomness);
    expect(section).toContain(`${s.checks} checks of ${s.cases} cases each`);
    expect(section).toContain(`Right gradients verified: ${sum(fr!.map((r) => r.correct.verified))} of ${sum(fr!.map((r) => r.correct.checks))} checks.`);
    expect(section).toContain(`Bugs refuted: ${sum(bugs.map((b) => b.refuted))} of ${sum(bugs.map((b) => b.checks))}.`);
    expect(section).toContain(`Randomness caught: ${sum(random.map((r) => r.caught))} of ${sum(random.map((r) => r.checks))}, verified ${sum(random.map((r) => r.verified))} times.`);
    // One row per function, per bug and per planted randomness, with its own counts.
    for (const r of fr!) {
      expect(section, r.id).toContain(`| \`${r.id}\` | `);
      expect(section, r.id).toContain(`| right gradient | ${r.correct.verified} of ${r.correct.checks} verified |`);
      for (const b of r.bugs) expect(section, b.id).toContain(`| bug: ${b.id} | ${b.refuted} of ${b.checks} refuted |`);
      for (const x of r.randomness) expect(section, x.id).toContain(`| randomness: ${x.id} | ${x.caught} of ${x.checks} caught${x.verified ? `, **${x.verified} verified**` : ''} |`);
    }
    // Where the figures come from: the phase's own run when it was merged in.
    const run = res.phaseRuns?.functions ?? { date: res.date, git: res.git, load: res.machine.load, seed: res.settings.seed };
    expect(section).toContain(`Measured on ${run.date.slice(0, 10)}`);
    if (run.git) expect(section).toContain(`at commit ${run.git.commit.slice(0, 10)}`);
    expect(section).toContain(`load average ${run.load.map((l) => l.toFixed(1)).join(' at the start, ')} at the end, seed ${run.seed}`);
    // The published figures: every right gradient verified, every bug refuted, every randomness caught.
    expect(s.checks).toBeGreaterThanOrEqual(20);
    for (const r of fr!) {
      expect(r.correct.verified, r.id).toBe(r.correct.checks);
      for (const b of r.bugs) expect(b.refuted, `${r.id}: ${b.id}`).toBe(b.checks);
      for (const x of r.randomness) expect(x, `${r.id}: ${x.id}`).toMatchObject({ caught: x.checks, verified: 0 });
    }
  });

  test('a phase merged into the results replaces that phase only, keeps the rest, and records its own run', () => {
    const base = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchResults;
    const { functions: _f, phaseRuns: _p, ...older } = base;
    const withoutFunctions: BenchResults = { ...older, settings: { ...older.settings, functions: undefined } };
    const fr = functionChecks(1, 1, 5);
    const fresh: BenchResults = {
      ...withoutFunctions,
      date: '2030-02-03T00:00:00.000Z',
      durationSeconds: 17,
      git: { commit: 'abcdef0123456789', dirty: false, changed: [] },
      machine: { ...withoutFunctions.machine, load: [1.25, 0.5] },
      settings: { ...withoutFunctions.settings, seed: 99, functions: { checks: 1, cases: 5 } },
      detection: [],
      falseAlarms: [],
      functions: fr,
    };
    const merged = mergePhases(withoutFunctions, fresh, ['functions']);
    expect(merged.functions).toBe(fr);
    expect(merged.settings.functions).toEqual({ checks: 1, cases: 5 });
    // Everything else is the base's: its other phases, date, commit, seed.
    expect(merged.detection).toBe(withoutFunctions.detection);
    expect(merged.falseAlarms).toBe(withoutFunctions.falseAlarms);
    expect(merged.gradcheck).toBe(withoutFunctions.gradcheck);
    expect(merged.speed).toBe(withoutFunctions.speed);
    expect([merged.date, merged.git, merged.settings.seed, merged.settings.detection]).toEqual([
      withoutFunctions.date,
      withoutFunctions.git,
      withoutFunctions.settings.seed,
      withoutFunctions.settings.detection,
    ]);
    expect(merged.phaseRuns?.functions).toEqual({
      date: fresh.date,
      git: fresh.git,
      load: [1.25, 0.5],
      seed: 99,
      durationSeconds: 17,
      machine: { cpu: fresh.machine.cpu, cores: fresh.machine.cores, node: fresh.machine.node },
    });
    expect(phaseRun(merged, 'detection').date).toBe(withoutFunctions.date);
    // The page says where each comes from.
    const md = reliabilityMarkdown(merged);
    expect(md).toContain(
      'Measured on 2030-02-03 at commit abcdef0123, load average 1.3 at the start, 0.5 at the end, seed 99, 17 s: a run of this phase alone (`npm run bench -- --phases functions --merge`), merged into the results of',
    );
    expect(reliabilityMarkdown(withoutFunctions)).toContain('## JavaScript functions\n\nNot measured in this run');
    // Refused: a phase the run did not measure, a quick run into published results, another machine.
    expect(() => mergePhases(withoutFunctions, { ...fresh, functions: undefined }, ['functions'])).toThrow(/measured no functions figures/);
    expect(() => mergePhases(withoutFunctions, { ...fresh, settings: { ...fresh.settings, quick: true } }, ['functions'])).toThrow(/merge like into like/);
    // Verdict counts from another machine are merged, and the page names it; timings are refused.
    const elsewhere = mergePhases(withoutFunctions, { ...fresh, machine: { ...fresh.machine, cores: 64, cpu: 'Other CPU' } }, ['functions']);
    expect(reliabilityMarkdown(elsewhere)).toContain(`Measured on 2030-02-03 at commit abcdef0123, on 64 cores of Other CPU (Node ${fresh.machine.node}), load average 1.3`);
    expect(() => mergePhases(withoutFunctions, { ...fresh, speed: { ...fresh.speed }, machine: { ...fresh.machine, cores: 64 } }, ['speed'])).toThrow(/two machines/);
    expect(() => mergePhases(withoutFunctions, fresh, [])).toThrow(/name the phases/);
  });

  test("the expressions of the catalogue have a PyTorch translation, with the oracle's semantics spelled out", () => {
    const t = (src: string) => torchExpr(prepare({ kind: 'identity', expr: src, claim: src, shapes: { X: 'nxn', y: 'n', z: 'n' } }).expr.node);
    // mathjs binds the minus to y' first, as the oracle evaluates it.
    expect(t("-y'*log(softmax(z))")).toBe('op_mul(op_neg(op_t(v["y"])), f_log(f_softmax(v["z"])))');
    expect(t("norm(X,'fro')^2 + logdet(X)")).toBe('op_add(op_pow(f_norm(v["X"], \'fro\'), c(2)), f_logdet(v["X"]))');
    expect(t('eye(n)/X - pi')).toBe('op_sub(op_div(f_eye(v["n"]), v["X"]), c(3.141592653589793))');
    // Every function of the interpreter, and every gradient rule of the catalogue, translates.
    // Each called with its fewest arguments: sizes for the constants, X otherwise.
    for (const [name, op] of Object.entries(FUNCTIONS)) {
      const arg = op.differential === 'constant' ? 'n' : 'X';
      expect(() => t(`${name}(${Array.from({ length: op.arity[0] }, () => arg).join(', ')})`), name).not.toThrow();
    }
    for (const r of RULES) if (r.kind === 'gradient') expect(() => torchExpr(prepare(ruleClaim(r)).expr.node), r.id).not.toThrow();
  });
});

describe('JavaScript functions (bench/functions.ts)', () => {
  test('one check of each: right gradients verified, planted bugs refuted, planted randomness caught, and the page says so', () => {
    const fr = functionChecks(1, 1, 20);
    for (const r of fr) {
      expect(r.correct, r.id).toEqual({ checks: 1, verified: 1 });
      for (const b of r.bugs) expect(b.refuted, `${r.id}: ${b.id}`).toBe(1);
      for (const x of r.randomness) expect(x, `${r.id}: ${x.id}`).toMatchObject({ caught: 1, verified: 0 });
    }
    expect(fr.flatMap((r) => r.randomness).length).toBeGreaterThanOrEqual(4);
    const committed = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchResults;
    const md = reliabilityMarkdown({ ...committed, settings: { ...committed.settings, functions: { checks: 1, cases: 20 } }, functions: fr });
    expect(md).toMatch(
      /## JavaScript functions\n\n`checkFunctionGradient` on code as a user writes it .* Right gradients verified: 7 of 7 checks\. Bugs refuted: 8 of 8\. Randomness caught: 4 of 4, verified 0 times\./,
    );
  });
});
