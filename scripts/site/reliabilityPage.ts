/**
 * The site's "How reliable is the oracle?" page, generated from the measured data in
 * bench/results/latest.json (written by `npm run bench`), read here as data: the site generator
 * does not import the benchmark's code (applications do not import each other), only the format
 * they share (properties/presentation/benchResults.ts). scripts/generate-docs.ts calls
 * {@link readBenchResults} and {@link reliabilityMarkdown}, and the generator writes the result to
 * docs/generated/reliability.md, a CommonMark page: raw HTML (the SVG plot) is allowed, `$` is
 * math, and nothing here may contain an MDX-only construct.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type BenchResults, type FalseAlarmResult, type ModeResult, type PhaseName, phaseRun, RESULTS_PATH } from '../../properties/presentation/benchResults.js';
import { fmtDelta, type GradcheckHeadline, headline, kindSummary } from '../../properties/presentation/benchSummary.js';
import { RULES } from '../../rules/index.js';
import { GenerateError } from './generate.js';
import { detectionGridSvg } from './reliabilityPlot.js';

/**
 * The part of the results' shape the page cannot do without, checked before rendering so that a
 * wrong or truncated file is named as such instead of failing deep inside a template. Optional
 * phases (gradcheck, functions, Hessians, merged runs) are read as the types say; extra fields pass.
 */
const ResultsShape = z.looseObject({
  schema: z.literal(1),
  date: z.string(),
  durationSeconds: z.number(),
  machine: z.looseObject({ cpu: z.string(), cores: z.number(), node: z.string(), load: z.tuple([z.number(), z.number()]) }),
  catalogue: z.looseObject({ rules: z.number(), gradient: z.number(), differential: z.number(), identity: z.number() }),
  settings: z.looseObject({ seed: z.number(), quick: z.boolean(), detection: z.looseObject({}), falseAlarms: z.looseObject({}), scaleInvariance: z.looseObject({}), speed: z.looseObject({}) }),
  tolerances: z.record(z.string(), z.number()),
  detection: z.array(z.looseObject({ id: z.string() })),
  falseAlarms: z.array(z.looseObject({ id: z.string(), modes: z.array(z.looseObject({})) })),
  scaleInvariance: z.array(z.looseObject({ id: z.string() })),
  speed: z.looseObject({ perRule: z.array(z.looseObject({})), growth: z.array(z.looseObject({})), cli: z.array(z.looseObject({})) }),
});

/**
 * The benchmark's results under `root` (bench/results/latest.json), or undefined when there are
 * none yet (no page then). Throws a {@link GenerateError} naming the file when it is not results.
 */
export function readBenchResults(root: string): BenchResults | undefined {
  const file = join(root, RESULTS_PATH);
  if (!existsSync(file)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new GenerateError(`${RESULTS_PATH} is not JSON (${(e as Error).message}); run \`npm run bench\` again to rewrite it, or remove it to build the site without the reliability page`);
  }
  const parsed = ResultsShape.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new GenerateError(
      `${RESULTS_PATH} is not the benchmark's results: ${issue.path.join('.') || '(top level)'}: ${issue.message}; run \`npm run bench\` again to rewrite it, or remove it to build the site without the reliability page`,
    );
  }
  // The check above covers what every page needs; the rest is the format bench/run.ts writes.
  return raw as BenchResults;
}

/** PyTorch's gradcheck as the benchmark runs it (bench/gradcheck.py): its defaults. */
export const GRADCHECK_DEFAULTS = 'eps 1e-6, atol 1e-5, rtol 1e-3, float64';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\n/g, ' ');
const code = (s: string) => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);
const known = new Set(RULES.map((r) => r.id));
/** A link to the rule's page when the rule is still in the catalogue (the site refuses broken links). */
const ruleLink = (id: string) => (known.has(id) ? `[${id}](/rules/${id})` : code(id));
const int = (n: number) => n.toLocaleString('en-US');
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const sci = (x: number) => (x >= 1e-3 && x < 1e4 ? String(x) : fmtDelta(x));

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** A collapsible block (HTML in CommonMark: blank lines around the Markdown inside). */
function details(summary: string, body: string): string {
  return `<details>\n<summary>${summary.replace(/</g, '&lt;')}</summary>\n\n${body}\n\n</details>`;
}

const modeName = (m: Pick<ModeResult, 'mode' | 'value'>) =>
  m.mode === 'default' ? 'default inputs' : m.mode === 'condition' ? `condition number ${sci(m.value!)}` : `inputs scaled by ${sci(m.value!)}`;

function falseAlarmRows(fa: FalseAlarmResult[]): string[][] {
  const keys = new Map<string, { name: string; rules: Set<string>; cases: number; refutedRules: Set<string>; notApplicable: number }>();
  for (const r of fa)
    for (const m of r.modes) {
      const k = `${m.mode}/${m.value ?? ''}`;
      const e = keys.get(k) ?? { name: modeName(m), rules: new Set(), cases: 0, refutedRules: new Set(), notApplicable: 0 };
      if (m.error) e.notApplicable++;
      else e.rules.add(r.id);
      e.cases += m.cases;
      if (m.refuted) e.refutedRules.add(r.id);
      keys.set(k, e);
    }
  return [...keys.values()].map((e) => [e.name, int(e.rules.size), int(e.cases), String(e.refutedRules.size), e.notApplicable ? String(e.notApplicable) : '0']);
}

/** Correct claims refuted by one of the tools on gradcheck's cases, mode by mode. */
function gradcheckAlarms(gc: GradcheckHeadline, tool: 'oracle' | 'gradcheck'): string {
  const parts = gc.falseAlarms.map((m) => `${m[tool].length} of ${m.rules} at ${modeName({ mode: m.mode as ModeResult['mode'], value: m.value })}`);
  return `${parts.join(', ')} (${int(gc.falseAlarms.reduce((a, m) => a + m.cases, 0))} cases)`;
}

/** The page, from measured results (see {@link readBenchResults}). */
export function reliabilityMarkdown(res: BenchResults): string {
  const front = '---\ntitle: How reliable is the oracle?\nslug: /guide/reliability\n---\n\n';
  const h = headline(res);
  const s = res.settings;
  const d = h.detection;
  const date = res.date.slice(0, 10);
  // Uncommitted changes that bear on the figures: the oracle's and the catalogue's.
  const oracleChanges = (res.git?.changed ?? []).filter((f) => /^(properties|rules)\//.test(f));
  const out: string[] = [front.trimEnd()];
  const gc = h.gradcheck;
  const notRun = 'not measured in this run';

  out.push(
    `An oracle is worth what it refutes and what it never refutes: a claim that is almost right must fail, a claim that is right must pass. This page measures both, for every rule of the catalogue, together with the cost. The figures were measured by \`npm run bench\` on ${date} (${res.machine.cores} cores, ${cell(res.machine.cpu)}, Node ${res.machine.node}, load average ${res.machine.load.map((l) => l.toFixed(1)).join(' at the start, ')} at the end; ${res.catalogue.rules} rules${res.git ? `, commit ${res.git.commit.slice(0, 10)}${oracleChanges.length ? ` with uncommitted changes to ${oracleChanges.map(code).join(', ')}` : ''}` : ''}; seed ${s.seed}; ${Math.round(res.durationSeconds)} s in all${res.cpuSeconds ? `, of which the benchmark's own CPU time amounts to about ${Math.round(res.cpuSeconds.parallel / res.cpuSeconds.workers + res.cpuSeconds.speed)} s on ${res.cpuSeconds.workers} idle cores` : ''})${s.quick ? ' — **a quick smoke run with few cases, not the published figures**' : ''}.${gc ? ` The comparison is with PyTorch's \`gradcheck\` (PyTorch ${cell(res.gradcheck!.torch)}, at its defaults: ${GRADCHECK_DEFAULTS}), the tool most people use, **run in the same benchmark on the same claims and the same points**: both columns are measured.` : ` PyTorch's \`gradcheck\` was not run in this benchmark run (its phase was left out), so this page makes no comparison with it.`}`,
  );

  out.push('## At a glance');
  const worstScale = d.scale.worst,
    worstRandom = d.random.worst;
  const fa = h.falseAlarms;
  const cli0 = res.speed.cli[0];
  const growth64 = res.speed.growth.find((g) => g.name.startsWith('log'))?.points.find((p) => p.n === 64);
  out.push(
    table(
      ['', 'this oracle', "PyTorch's gradcheck, same claims and points"],
      [
        [
          'smallest relative error δ of a gradient that is refuted (G·(1+δ))',
          `${fmtDelta(worstScale)} for the worst of ${h.gradientRules} gradient rules, ${fmtDelta(d.scale.median)} for the median; ${d.scale.atMost1e9} of ${h.gradientRules} rules at 1e-9 or below${gc ? ` (on the ${gc.runs} checks gradcheck also got: worst ${fmtDelta(gc.detection.scale.oracle.worst)}, median ${fmtDelta(gc.detection.scale.oracle.median)})` : ''}`,
          gc
            ? `${fmtDelta(gc.detection.scale.gradcheck.worst)} for the worst of ${gc.rules - gc.refutesCorrect.gradcheck.length} rules, ${fmtDelta(gc.detection.scale.gradcheck.median)} for the median (${gc.runs} checks per δ)${gc.refutesCorrect.gradcheck.length ? `; no threshold on ${gc.refutesCorrect.gradcheck.length} rule${gc.refutesCorrect.gradcheck.length === 1 ? '' : 's'} whose correct claim it refuted on the same points` : ''}`
            : notRun,
        ],
        [
          'random error R with ‖R‖ = δ‖G‖',
          `${fmtDelta(worstRandom)} for the worst rule, ${fmtDelta(d.random.median)} for the median${gc ? ` (on gradcheck's checks: worst ${fmtDelta(gc.detection.random.oracle.worst)}, median ${fmtDelta(gc.detection.random.oracle.median)})` : ''}`,
          gc ? `${fmtDelta(gc.detection.random.gradcheck.worst)} for the worst rule, ${fmtDelta(gc.detection.random.gradcheck.median)} for the median` : notRun,
        ],
        [
          'correct rules refuted (false alarms)',
          `${fa.refutedRules.length} of ${fa.rules} rules (${fa.alarms} of the checks) in ${int(fa.cases)} cases, ${int(fa.stressCases)} of them with condition numbers up to 1e8 or inputs scaled by 1e-6 and 1e6${gc ? `; on gradcheck's cases: ${gradcheckAlarms(gc, 'oracle')}` : ''}`,
          gc ? gradcheckAlarms(gc, 'gradcheck') : notRun,
        ],
        [
          'mistakes caught (those whose G has the right shape)',
          gc
            ? gc.mistakes.map((m) => `${m.oracle} of ${m.mistakes} at scale ${sci(m.scale)}`).join(', ')
            : `verdicts on ${h.scale.claims} rules and mistakes of ${h.scale.homogeneousRules} homogeneous rules at scales 1e-6 and 1e6: ${h.scale.changed.length} changed`,
          gc ? gc.mistakes.map((m) => `${m.gradcheck} of ${m.mistakes} at scale ${sci(m.scale)}`).join(', ') : notRun,
        ],
        [
          'cost of a check',
          growth64
            ? `about ${Math.round(growth64.evalsPerCase)} evaluations of f per random case whatever the size; log det at 64×64: ${ms(growth64.msPerCase)} ms per case, of which ${ms(growth64.evalsPerCase * growth64.msPerEval)} ms evaluating f (the rest: drawing the random inputs and bounding rounding errors), so ${((growth64.msPerCase * s.speed.cases) / 1000).toFixed(1)} s for a check of ${s.speed.cases} cases`
            : 'see below',
          `two evaluations of f per entry of W and per case, by its construction (${growth64 ? `${int(growth64.gradcheckEvals)} for log det at 64×64` : 'see below'})`,
        ],
        ...(cli0
          ? [
              [
                '`mcv` on the command line, start-up included',
                `${ms(cli0.medianMs)} ms for the README's first example (median of ${cli0.runs}${cli0.medianCpuMs !== undefined ? `; ${ms(cli0.medianCpuMs)} ms of CPU time` : ''})`,
                '–',
              ],
            ]
          : []),
      ],
    ),
  );

  out.push('## How it is measured');
  out.push(
    [
      `The oracle checks a claimed gradient G of a scalar f at random points X and random directions V: it estimates the directional derivative of f along V by central differences with Richardson extrapolation (Ridders' method) and compares it with Tr(GᵀV). The tolerance is not a fixed number: it is the sum of the finite difference's own error estimate (from the extrapolation tableau and the measured rounding noise of f) and a running bound on the rounding error of evaluating G, both with small safety factors ([how the tolerance is set](/guide/oracle#tolerance)). It widens where conditioning demands it and nowhere else.`,
      '',
      `- **Detection threshold.** For each gradient rule, the correct claim is made wrong by a relative error δ in two ways: *scaled*, the claim \`(1+δ)*(G)\`, an ordinary expression checked exactly as \`mcv\` checks any claim; and *random*, G + R where R is a fresh random matrix of norm ‖R‖_F = δ‖G‖_F at every case, drawn from a seeded generator (seedrandom) apart from the oracle's own random choices (R depends on the value of G at the case, which no fixed expression can write for symbolic shapes, so the benchmark wraps the evaluation of the parsed G). For each δ from 1e-1 down to 1e-12, one per decade, ${s.detection.runs} checks of ${s.detection.casesPerRun} random cases each, every check with its own seed, put the wrong claim on trial; the same seeds serve every δ. The **threshold** is the smallest δ at which this and every larger δ were refuted by at least ${Math.round(s.detection.required * 100)}% of the checks. A threshold of 1e-12 is the floor of the grid: the oracle may well do better.`,
      `- **False alarms.** Every rule of the catalogue (gradients, differentials and identities) is checked with its correct claim over ${int(s.falseAlarms.cases)} random cases in all, in checks of ${int(s.falseAlarms.chunk)} cases with their own seeds. Part of them are a **stress mode**: for rules with invertible or symmetric positive definite inputs, ${int(s.falseAlarms.conditionCases)} cases with those inputs drawn at exact condition numbers ${s.falseAlarms.conditions.map(sci).join(', ')} (as U·diag(σ)·Vᵀ, in equal parts); for rules whose inputs can all be scaled, ${int(s.falseAlarms.scaleCases)} cases with every input and the direction multiplied by ${s.falseAlarms.scales.map(sci).join(' and ')} (in equal parts); the rest at the default options. One-hot and orthogonal inputs cannot be scaled, and diagonal invertible inputs are not drawn at a set condition number, so those rules skip that part of the stress mode. A correct rule refuted is a false alarm; the target is none. Where f itself is not finite at the stress inputs (exp of 1e6, say), the check cannot run: that is reported as not applicable, not as a verdict.`,
      `- **Scale invariance.** A rule is *homogeneous* when f (up to an additive constant, for gradients and differentials) and G are homogeneous in all the inputs together; this is measured, not declared: the expressions are evaluated at random points scaled by 1, 2, 4 and 8, which scales products, sums, inverses and square roots exactly in floating point. For those rules the verdict on the rule and on each of its listed mistakes (those whose claims are homogeneous too) is computed at scales 1, 1e-6 and 1e6 with the same seeds and ${s.scaleInvariance.cases} cases, and must not change.`,
      ...(gc
        ? [
            `- **PyTorch's gradcheck, on the same inputs.** For every gradient rule (the ${res.catalogue.differential + res.catalogue.identity} differential and identity rules are not compared: their claims are not gradients, which is what gradcheck checks), gradcheck (PyTorch ${cell(res.gradcheck!.torch)}, at its defaults: ${GRADCHECK_DEFAULTS}) is given the first ${gc.runs} checks of the detection benchmark at every δ — the same seeds, the same points, the same perturbed claims (the same R) — the correct claim at the first ${s.gradcheck.falseAlarmCases} cases of the first false-alarm check of each mode, and every mistake whose G has the shape of W at ${s.gradcheck.mistakeCases} cases, at scale 1 and with every input scaled by 1e-6. The claimed G, evaluated at each point exactly as the oracle evaluated it, becomes the analytical gradient of a function whose value is f (f(W) + Σ (W − W.detach()) ∘ G), so gradcheck compares its finite differences of f, translated expression for expression into PyTorch, with G. The oracle's verdict on exactly those points is computed alongside (its own cases, discarded ones skipped as it skips them). A check counts as refuted when gradcheck fails at any of its cases. Below the δ at which gradcheck refuted nothing ${s.gradcheck.stopAfterZero} times in a row it is not run, and those δ are reported as not run.`,
          ]
        : []),
      `- **Speed.** Each rule's own claim checked ${s.speed.repeats} times with ${s.speed.cases} cases (distinct seeds), median time; the cost per case of three classic gradients at n = ${s.speed.sizes.join(', ')} with concrete shapes (${s.speed.growthCases} cases each, evaluations of f counted); and the \`mcv\` command line end to end, Node's start-up included (median of ${s.speed.cliRuns} runs, after \`node scripts/build-cli.mjs\`). Measured in one process after everything else had finished.`,
    ].join('\n'),
  );

  out.push('## Detection threshold');
  out.push(
    `For ${h.gradientRules} gradient rules, the share of checks that refuted the almost-right claim at each δ.${gc ? ' The grey band is the δ that gradcheck let through on that rule (below its measured threshold for G·(1+δ)).' : ''} The green dotted line is the target of 1e-7. ` +
      `Scaled claims G·(1+δ): worst threshold ${fmtDelta(d.scale.worst)}, median ${fmtDelta(d.scale.median)}, ${d.scale.atMost1e7} of ${h.gradientRules} rules at 1e-7 or below, ${d.scale.atMost1e9} at 1e-9 or below, ${d.scale.atFloor} at the floor of the grid. ` +
      `Random errors G + R: worst ${fmtDelta(d.random.worst)}, median ${fmtDelta(d.random.median)}, ${d.random.atMost1e7} at 1e-7 or below, ${d.random.atMost1e9} at 1e-9 or below, ${d.random.atFloor} at the floor.`,
  );
  const gcByRule = res.gradcheck ? Object.fromEntries(res.gradcheck.results.map((r) => [r.id, r.detection.scale.gradcheckThreshold])) : undefined;
  if (res.detection.length) out.push(detectionGridSvg(res.detection, { runs: s.detection.runs, casesPerRun: s.detection.casesPerRun, ...(gcByRule ? { gradcheck: gcByRule } : {}) }));
  const missing = [...new Set([...d.scale.missing, ...d.random.missing].map((m) => m.id))];
  if (missing.length) out.push(`Rules that miss the target of 1e-7 for at least one kind of error: ${missing.map(ruleLink).join(', ')}.`);
  out.push(
    details(
      `Thresholds of all ${h.gradientRules} gradient rules`,
      table(
        ['rule', 'f', 'G', 'threshold, G·(1+δ)', 'threshold, G + R'],
        res.detection.map((r) => [ruleLink(r.id), code(r.f), code(r.G), fmtDelta(r.kinds.scale.threshold), fmtDelta(r.kinds.random.threshold)]),
      ),
    ),
  );

  out.push('## False alarms');
  out.push(
    `${fa.refutedRules.length === 0 ? '**No correct rule was refuted**' : `**${fa.refutedRules.length} correct rule${fa.refutedRules.length === 1 ? ' was' : 's were'} refuted** (${fa.alarms} checks)`} in ${int(fa.cases)} cases over ${fa.rules} rules, ${int(fa.stressCases)} of them in the stress mode.`,
  );
  out.push(table(['inputs', 'rules', 'cases', 'rules refuted', 'not applicable'], falseAlarmRows(res.falseAlarms)));
  const alarms = res.falseAlarms.flatMap((r) => r.modes.flatMap((m) => m.alarms.map((a) => ({ id: r.id, m, a }))));
  if (alarms.length) {
    out.push(
      `Every false alarm, with what replays it (\`checkClaim(ruleClaim(rule), { seed, cases, point })\`). Each is an error of the oracle, not of the rule; the cause is investigated rather than the tolerance widened.`,
    );
    out.push(
      details(
        `${alarms.length} false alarm${alarms.length === 1 ? '' : 's'}`,
        table(
          ['rule', 'inputs', 'seed', 'cases', 'what disagreed'],
          alarms.map(({ id, m, a }) => [ruleLink(id), modeName(m), String(a.seed), String(a.cases), a.reason]),
        ),
      ),
    );
  }
  if (fa.notApplicable.length)
    out.push(
      details(
        `${fa.notApplicable.length} stress check${fa.notApplicable.length === 1 ? '' : 's'} not applicable (f not finite there)`,
        table(
          ['rule', 'inputs', 'why'],
          fa.notApplicable.map((n) => [ruleLink(n.id), modeName({ mode: n.mode as ModeResult['mode'], value: n.value }), n.error.split(';')[0]!]),
        ),
      ),
    );
  const skipped = res.falseAlarms.flatMap((r) =>
    r.skipped.filter((x) => x.mode === 'scale' || x.reason !== 'no invertible or spd input').map((x) => [ruleLink(r.id), x.mode === 'scale' ? 'scaling' : 'condition number', x.reason]),
  );
  if (skipped.length) out.push(details(`${skipped.length} stress checks skipped, and why`, table(['rule', 'stress', 'why skipped'], skipped)));

  out.push(...hessianSection(res));
  out.push(...functionsSection(res));

  out.push('## Scale invariance');
  const homo = res.scaleInvariance.filter((r) => r.homogeneous);
  out.push(
    `${homo.length} of ${res.scaleInvariance.length} rules are homogeneous in their inputs. Over their ${h.scale.claims} claims (the rules and their homogeneous mistakes), **${h.scale.changed.length} verdict${h.scale.changed.length === 1 ? '' : 's'} changed** between scales 1, 1e-6 and 1e6${
      h.scale.changed.length
        ? `: ${h.scale.changed
            .map(
              (c) =>
                `${ruleLink(c.id)} (${c.what}: ${Object.entries(c.verdicts)
                  .map(([k, v]) => `${v} at ${k}`)
                  .join(', ')})`,
            )
            .join('; ')}`
        : ''
    }.${gc ? ` On the mistakes whose G has the right shape, with every input scaled by 1e-6: the oracle refuted ${gc.mistakes.find((m) => m.scale !== 1)?.oracle ?? 0} of ${gc.mistakes.find((m) => m.scale !== 1)?.mistakes ?? 0}, gradcheck ${gc.mistakes.find((m) => m.scale !== 1)?.gradcheck ?? 0} (its absolute tolerance of 1e-5 exceeds the whole gradient there).` : ''}`,
  );
  out.push(
    details(
      `Verdicts of the ${homo.length} homogeneous rules`,
      table(
        ['rule', 'degree', 'claims compared', 'verdicts unchanged', 'mistakes left out'],
        homo.map((r) => [
          ruleLink(r.id),
          String(r.degree ?? 0),
          String(r.rows.length),
          r.rows.every((x) => x.same) ? 'all' : `${r.rows.filter((x) => x.same).length} of ${r.rows.length}`,
          r.excluded.length ? r.excluded.map((e) => `${e.what} (${e.reason})`).join('; ') : '–',
        ]),
      ),
    ),
  );

  if (gc && res.gradcheck) {
    out.push("## Compared with PyTorch's gradcheck");
    out.push(
      `Measured in this run on the same claims and points (see [how it is measured](#how-it-is-measured)), for ${gc.rules} gradient rules${res.gradcheck.skipped.length ? `; gradcheck could not be run on ${res.gradcheck.skipped.map((x) => `${ruleLink(x.id)} (${x.reason})`).join(', ')}` : ''}. Thresholds over the same ${gc.runs} checks per δ: G·(1+δ), the oracle worst ${fmtDelta(gc.detection.scale.oracle.worst)} and median ${fmtDelta(gc.detection.scale.oracle.median)}, gradcheck worst ${fmtDelta(gc.detection.scale.gradcheck.worst)} and median ${fmtDelta(gc.detection.scale.gradcheck.median)}; G + R, the oracle ${fmtDelta(gc.detection.random.oracle.worst)} and ${fmtDelta(gc.detection.random.oracle.median)}, gradcheck ${fmtDelta(gc.detection.random.gradcheck.worst)} and ${fmtDelta(gc.detection.random.gradcheck.median)}.${gc.refutesCorrect.gradcheck.length ? ` gradcheck refuted the correct claim itself on the points of those checks for ${gc.refutesCorrect.gradcheck.map(ruleLink).join(', ')} (points at which the oracle verified it), so it has no threshold on ${gc.refutesCorrect.gradcheck.length === 1 ? 'that rule' : 'those rules'}.` : ''}${gc.refutesCorrect.oracle.length ? ` The oracle refuted the correct claim on ${gc.refutesCorrect.oracle.map(ruleLink).join(', ')}: a false alarm.` : ''}`,
    );
    out.push(
      table(
        ['correct claims at', 'rules', 'cases', 'refuted by the oracle', 'refuted by gradcheck', 'gradcheck errors'],
        gc.falseAlarms.map((m) => [
          modeName({ mode: m.mode as ModeResult['mode'], value: m.value }),
          String(m.rules),
          int(m.cases),
          m.oracle.length ? m.oracle.map(ruleLink).join(', ') : 'none',
          m.gradcheck.length ? `${m.gradcheck.length}: ${m.gradcheck.map(ruleLink).join(', ')}` : 'none',
          String(m.errors),
        ]),
      ),
    );
    const thr = (t: number | null, ran: boolean) => (ran ? (t === null ? 'none' : fmtDelta(t)) : 'not run');
    out.push(
      details(
        `Thresholds of both tools on the same checks, all ${gc.rules} gradient rules`,
        table(
          [
            'rule',
            'correct claim refuted (oracle / gradcheck, of the runs)',
            'oracle, G·(1+δ)',
            'gradcheck, G·(1+δ)',
            'oracle, G + R',
            'gradcheck, G + R',
            'mistakes refuted at scale 1e-6 (oracle / gradcheck)',
          ],
          res.gradcheck.results.map((r) => {
            const small = r.mistakes.filter((m) => m.scale !== 1);
            return [
              ruleLink(r.id),
              `${r.correct.oracle.refuted} / ${r.correct.gradcheck?.refuted ?? '–'} of ${r.correct.oracle.runs}`,
              fmtDelta(r.detection.scale.oracleThreshold),
              thr(
                r.detection.scale.gradcheckThreshold,
                r.detection.scale.rates.some((x) => x.gradcheck),
              ),
              fmtDelta(r.detection.random.oracleThreshold),
              thr(
                r.detection.random.gradcheckThreshold,
                r.detection.random.rates.some((x) => x.gradcheck),
              ),
              small.length ? `${small.filter((m) => m.oracle.refuted).length} / ${small.filter((m) => m.gradcheck?.refuted).length} of ${small.length}` : '–',
            ];
          }),
        ),
      ),
    );
  }

  out.push('## Speed');
  const per = res.speed.perRule;
  if (per.length) {
    const sorted = [...per].sort((a, b) => a.medianMs - b.medianMs);
    out.push(
      `A check of ${s.speed.cases} cases takes ${ms(sorted[0]!.medianMs)}–${ms(sorted[sorted.length - 1]!.medianMs)} ms of wall time depending on the rule (median over rules ${ms(1000 / h.speed.medianChecksPerSecond)} ms, that is ${h.speed.medianChecksPerSecond.toFixed(1)} checks per second; ${ms(h.speed.medianMsPerCase)} ms per case)${h.speed.medianCpuMs !== null ? `, and ${ms(h.speed.medianCpuMs)} ms of CPU time for the median rule` : ''}.`,
    );
    out.push(
      details(
        `Time per check of all ${per.length} rules`,
        table(
          ['rule', 'kind', `median ms per check (${s.speed.cases} cases)`, 'CPU ms per check', 'checks per second', 'ms per case'],
          per.map((p) => [ruleLink(p.id), p.kind, ms(p.medianMs), p.medianCpuMs !== undefined ? ms(p.medianCpuMs) : '–', p.checksPerSecond.toFixed(1), ms(p.msPerCase)]),
        ),
      ),
    );
  }
  if (res.speed.growth.length) {
    out.push(
      `How the cost per case grows with n. The oracle evaluates f a fixed number of times per random case (a few dozen: the Ridders tableau, its restarts and the noise estimate), whatever the number of entries; gradcheck evaluates f twice per entry. The time per case grows like one evaluation of f and its error bound, times that fixed count.`,
    );
    const rows: string[][] = [];
    for (const g of res.speed.growth)
      for (const p of g.points)
        rows.push([g.name, `${p.n}`, ms(p.msPerCase), p.cpuMsPerCase !== undefined ? ms(p.cpuMsPerCase) : '–', p.evalsPerCase.toFixed(1), ms(p.msPerEval), int(p.gradcheckEvals)]);
    out.push(table(['gradient', 'n', 'ms per case', 'CPU ms per case', 'evaluations of f per case', 'ms per evaluation of f', 'gradcheck: evaluations per check'], rows));
    out.push(
      `The claims: ${res.speed.growth.map((g) => `${cell(g.name)}: f = ${code(g.f)}, G = ${code(g.G)} (with respect to ${code(g.wrt)})`).join('; ')}; X is invertible for the first two, all shapes n×n (n for vectors).`,
    );
  }
  if (res.speed.cli.length) {
    out.push(`\`mcv\` end to end, Node's start-up included (the target: about half a second for the first example and at most a second for any claim up to 8×8):`);
    out.push(
      table(
        ['command', 'median ms', 'min–max ms', 'CPU ms (median)', 'exit status', 'asked for'],
        res.speed.cli.map((c) => [
          `${c.name}: ${code(c.command)}`,
          ms(c.medianMs),
          `${ms(c.minMs)}–${ms(c.maxMs)}`,
          c.medianCpuMs !== undefined ? ms(c.medianCpuMs) : '–',
          String(c.exitCode),
          c.target,
        ]),
      ),
    );
    out.push(
      `Wall times grow with other work on the machine (load average ${res.machine.load.map((l) => l.toFixed(1)).join(' → ')} during this run); CPU times (user + system, read by the shell's \`times\`) do not; on an idle machine the wall time is about the CPU time, a little less where Node compiles and collects garbage on helper threads.`,
    );
  }
  if (res.speed.cliError) out.push(`The command line could not be timed: ${res.speed.cliError}`);

  out.push('## Reproduce');
  out.push(
    [
      '```sh',
      'npm run bench                 # the published figures: writes bench/results/latest.json',
      'npm run bench -- --quick      # a smoke run in about a minute',
      'npm run bench -- --only logdet-gradient,least-squares --phases detection',
      '```',
      '',
      `The results file records the machine, the date, the seed, every setting and every figure on this page. Tolerances in force: ${Object.entries(res.tolerances)
        .map(([k, v]) => `${k} = ${v}`)
        .join(', ')}.`,
    ].join('\n'),
  );
  return out.join('\n\n') + '\n';
}

/**
 * The Hessian rules: the detection threshold of H checked by the second-order comparison alone
 * (without the rule's gradient, as `mcv hessian` runs without --gradient), and their false alarms.
 */
/** The function checks on JavaScript code (bench/functions.ts): false alarms, detection, randomness caught. */
function functionsSection(res: BenchResults): string[] {
  const out = ['## JavaScript functions'];
  const fr = res.functions;
  if (!fr?.length) {
    out.push('Not measured in this run (its results predate the measurement of function checks): run `npm run bench` again.');
    return out;
  }
  const s = res.settings.functions!;
  const right = fr.reduce((t, r) => t + r.correct.checks, 0),
    rightOk = fr.reduce((t, r) => t + r.correct.verified, 0);
  const bugs = fr.flatMap((r) => r.bugs),
    random = fr.flatMap((r) => r.randomness);
  out.push(
    `\`checkFunctionGradient\` on code as a user writes it (bench/functions.ts), ${s.checks} checks of ${s.cases} cases each, every check with its own seed: the right gradient of each function (any verdict but verified is a false alarm), planted bugs (each must be refuted), and on the network planted randomness (each must be caught as nondeterminism, never verified). ` +
      `Right gradients verified: ${int(rightOk)} of ${int(right)} checks. Bugs refuted: ${int(bugs.reduce((t, b) => t + b.refuted, 0))} of ${int(bugs.reduce((t, b) => t + b.checks, 0))}. ` +
      `Randomness caught: ${int(random.reduce((t, r) => t + r.caught, 0))} of ${int(random.reduce((t, r) => t + r.checks, 0))}, verified ${int(random.reduce((t, r) => t + r.verified, 0))} times.`,
  );
  // table() escapes every cell, so the rows hold plain text (escaping twice showed \\| on the page).
  const rows: string[][] = [];
  for (const r of fr) {
    rows.push([code(r.id), r.what, 'right gradient', `${r.correct.verified} of ${r.correct.checks} verified`]);
    for (const b of r.bugs) rows.push(['', '', `bug: ${b.id}`, `${b.refuted} of ${b.checks} refuted`]);
    for (const x of r.randomness) rows.push(['', '', `randomness: ${x.id}`, `${x.caught} of ${x.checks} caught${x.verified ? `, **${x.verified} verified**` : ''}`]);
  }
  out.push(table(['function', 'what', 'claim', 'outcome'], rows));
  out.push(provenance(res, 'functions'));
  return out;
}

/** When, at which commit and under which load a phase's figures were measured (its own run, if it was merged in). */
function provenance(res: BenchResults, phase: PhaseName): string {
  const r = phaseRun(res, phase);
  const own = res.phaseRuns?.[phase] !== undefined;
  const changes = (r.git?.changed ?? []).filter((f) => /^(properties|rules|bench)\//.test(f));
  return (
    `Measured on ${r.date.slice(0, 10)}${r.git ? ` at commit ${r.git.commit.slice(0, 10)}${changes.length ? ` with uncommitted changes to ${changes.map(code).join(', ')}` : ''}` : ''}, ` +
    `${r.machine.cpu === res.machine.cpu && r.machine.cores === res.machine.cores ? '' : `on ${r.machine.cores} cores of ${cell(r.machine.cpu)} (Node ${r.machine.node}), `}` +
    `load average ${r.load.map((l) => l.toFixed(1)).join(' at the start, ')} at the end, seed ${r.seed}, ${Math.round(r.durationSeconds)} s` +
    (own
      ? `: a run of this phase alone (\`npm run bench -- --phases ${phase} --merge\`), merged into the results of ${res.date.slice(0, 10)} that the other sections report.`
      : ', in the run that measured the other sections.')
  );
}

function hessianSection(res: BenchResults): string[] {
  const out = ['## Hessians'];
  const hd = res.hessianDetection ?? [];
  const fa = res.falseAlarms.filter((r) => r.kind === 'hessian');
  if (hd.length === 0 && fa.length === 0) {
    out.push('Not measured in this run (its results predate the Hessian rules): run `npm run bench` again.');
    return out;
  }
  const s = res.settings;
  const [sc, rd] = [kindSummary(hd, 'scale'), kindSummary(hd, 'random')];
  out.push(
    `A Hessian claim H is checked by comparing Tr(Uᵀ H[V]) with the mixed second difference of f along two independent random directions U and V (one direction alone cannot tell 2A from A + Aᵀ), with Richardson extrapolation, the measured noise of f and the running error bound of f divided by h². ` +
      `The same detection measurement as for gradients, on the ${hd.length} Hessian rules, with H checked **alone** (without the rule's gradient, which would add a sharper first-order check): H·(1+δ), and H[V] + R with ‖R‖ = δ‖H[V]‖. ` +
      `Worst threshold ${fmtDelta(sc.worst)} (scaled) and ${fmtDelta(rd.worst)} (random), median ${fmtDelta(sc.median)} and ${fmtDelta(rd.median)}; ${sc.atMost1e7} and ${rd.atMost1e7} of ${hd.length} rules at 1e-7 or below. ` +
      `PyTorch's \`gradgradcheck\` uses gradcheck's tolerances (atol 1e-5, rtol 1e-3); it is not run by this benchmark, so no figure is given for it.`,
  );
  const faOf = (id: string) => {
    const r = fa.find((x) => x.id === id);
    if (!r) return ['–', '–', '–'];
    const cases = r.modes.reduce((t, m) => t + m.cases, 0);
    const stress = r.modes.filter((m) => m.mode !== 'default').reduce((t, m) => t + m.cases, 0);
    const refuted = r.modes.reduce((t, m) => t + m.refuted, 0);
    return [int(cases), int(stress), String(refuted)];
  };
  const ids = [...new Set([...hd.map((r) => r.id), ...fa.map((r) => r.id)])];
  out.push(
    table(
      ['rule', 'f', 'H', 'threshold, H·(1+δ)', 'threshold, H[V] + R', 'cases (false-alarm run)', 'of them stressed', 'false alarms'],
      ids.map((id) => {
        const d = hd.find((x) => x.id === id);
        return [ruleLink(id), d ? code(d.f) : '–', d ? code(d.G) : '–', d ? fmtDelta(d.kinds.scale.threshold) : '–', d ? fmtDelta(d.kinds.random.threshold) : '–', ...faOf(id)];
      }),
    ),
  );
  const alarms = fa.reduce((t, r) => t + r.modes.reduce((u, m) => u + m.refuted, 0), 0);
  const cases = fa.reduce((t, r) => t + r.modes.reduce((u, m) => u + m.cases, 0), 0);
  out.push(
    `False alarms on the Hessian rules (checked as the catalogue checks them, with their gradient where they state one): ${alarms === 0 ? '**none**' : `**${alarms} refuted checks**`} in ${int(cases)} cases, with the stress modes of the section above (condition numbers ${s.falseAlarms.conditions.map(sci).join(', ')}; scales ${s.falseAlarms.scales.map(sci).join(' and ')}) where they apply.`,
  );
  return out;
}
