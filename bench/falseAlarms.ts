/**
 * False alarms: correct rules checked over many cases, at the default options and in a stress
 * mode (badly conditioned invertible and spd inputs; every input scaled far from 1). A correct
 * rule refuted is a false alarm; the target is none.
 *
 * The cases of a mode are split into checks of `chunk` cases, each with its own seed, so that a
 * refutation stops only its own chunk and can be replayed with `checkClaim(ruleClaim(rule), {seed,
 * cases, point})`.
 */
import { checkClaim, type CheckOptions } from '../properties/oracle/check.js';
import { deriveSeed } from '../properties/derive/checkRule.js';
import { ruleClaim } from '../rules/claims.js';
import type { Rule } from '../rules/schema.js';
import type { FalseAlarmResult, ModeResult, Settings } from '../properties/presentation/benchResults.js';

/**
 * Why the condition-number stress does not apply to a rule, or null when it does. The generators
 * set an exact condition number only for invertible and spd matrices that are not diagonal (with
 * positive entries too, when asked: properties/oracle/arbitraries/conditionedMatrix.ts).
 */
export function conditionSkip(rule: Rule): string | null {
  const vars = Object.entries(rule.assume ?? {}).filter(([, a]) => a.includes('invertible') || a.includes('spd'));
  if (vars.length === 0) return 'no invertible or spd input';
  if (vars.every(([, a]) => a.includes('diagonal'))) return 'its invertible inputs are diagonal: their condition number is not set by the stress generator';
  return null;
}

/** Why the scale stress does not apply to a rule, or null when it does: one-hot and orthogonal values are never scaled. */
export function scaleSkip(rule: Rule): string | null {
  const fixed = Object.entries(rule.assume ?? {}).filter(([, a]) => a.includes('onehot') || a.includes('orthogonal'));
  if (fixed.length === 0) return null;
  return `${fixed.map(([v, a]) => `${v} (${a.includes('onehot') ? 'one-hot' : 'orthogonal'})`).join(', ')} cannot be scaled, so not every input would be`;
}

function runMode(rule: Rule, mode: ModeResult['mode'], total: number, chunk: number, seed: number, point?: CheckOptions['point'], value?: number): ModeResult {
  const out: ModeResult = { mode, ...(value !== undefined ? { value } : {}), cases: 0, checks: 0, refuted: 0, alarms: [] };
  const claim = ruleClaim(rule);
  for (let i = 0; i * chunk < total; i++) {
    const cases = Math.min(chunk, total - i * chunk);
    const s = deriveSeed(seed, `false-alarms/${rule.id}/${mode}/${value ?? ''}/${i}`);
    try {
      // No shrinking: the alarm is reported as found, and the same options replay it exactly.
      const ev = checkClaim(claim, { seed: s, cases, point, shrink: false, timeLimitMs: 120_000 });
      out.checks++;
      out.cases += ev.cases;
      if (ev.verdict === 'refuted') {
        out.refuted++;
        out.alarms.push({ seed: s, cases, ...(point ? { point } : {}), reason: ev.reason ?? '', counterexample: ev.counterexample });
      }
    } catch (e) {
      // Not a verdict: the point is outside f's domain at this stress (e.g. exp overflows at scale 1e6).
      out.error = e instanceof Error ? e.message : String(e);
      break;
    }
  }
  return out;
}

/**
 * Every mode of one rule: `cases` in all, of which `conditionCases` at the stress condition
 * numbers and `scaleCases` at the stress scales where those apply, the rest at the default options.
 */
export function falseAlarmsOf(rule: Rule, settings: Settings): FalseAlarmResult {
  const t0 = performance.now();
  const s = settings.falseAlarms;
  const skipped: FalseAlarmResult['skipped'] = [];
  const stress: ModeResult[] = [];
  let stressCases = 0;
  const cSkip = conditionSkip(rule);
  if (cSkip) skipped.push({ mode: 'condition', reason: cSkip });
  else {
    const per = Math.ceil(s.conditionCases / s.conditions.length);
    for (const k of s.conditions) stress.push(runMode(rule, 'condition', per, s.chunk, settings.seed, { condition: k }, k));
    stressCases += per * s.conditions.length;
  }
  const sSkip = scaleSkip(rule);
  if (sSkip) skipped.push({ mode: 'scale', reason: sSkip });
  else {
    const per = Math.ceil(s.scaleCases / s.scales.length);
    for (const k of s.scales) stress.push(runMode(rule, 'scale', per, s.chunk, settings.seed, { scale: k }, k));
    stressCases += per * s.scales.length;
  }
  const modes = [runMode(rule, 'default', Math.max(s.cases - stressCases, s.chunk), s.chunk, settings.seed), ...stress];
  return { id: rule.id, kind: rule.kind, modes, skipped, seconds: (performance.now() - t0) / 1000 };
}
