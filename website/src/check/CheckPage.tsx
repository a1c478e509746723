/**
 * The Check page: a reader types a claim in the syntax of `mcv` and the same oracle checks it in a
 * Web Worker. The fields live in the URL, so a verdict can be shared as a link; opening such a
 * link fills the fields and runs the check again, with the same seed, to the same verdict.
 */
import React, { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useLocation } from '@docusaurus/router';
import { TIME_LIMIT_MS, commandLine, reproduceArgs } from '../../../properties/presentation/args.js';
import type { Evidence } from '../../../properties/oracle/check.js';
import type { Field } from '../../../properties/engine/errors.js';
import type { Example } from './examples.js';
import CodePanel from './CodePanel.js';
import type { DeriveView, EvidenceView } from './protocol.js';
import { useChecker, type Outcome } from './runner.js';
import { CHECK_PATH, EMPTY_STATE, KINDS, argsFromState, checkHref, deriveArgsFromState, stateFromQuery, stateToQuery, type CheckState } from '../../../properties/presentation/url.js';
import styles from './check.module.css';
import { DiagnosisNote } from './DiagnosisNote.js';
import { ConvertedResult, SymmetricSelect } from './SymmetricSelect.js';
import { SeveralDerivations, SeveralResults, severalLineCount, type SeveralRender } from './SeveralGradients.js';

type PreviewModule = typeof import('./preview.js');
type InputName = Exclude<keyof CheckState, 'kind'>;

/** The input where an InputError's field is typed. */
const INPUT_OF: Partial<Record<Field, InputName>> = {
  f: 'f',
  lhs: 'f',
  claim: 'claim',
  rhs: 'claim',
  wrt: 'wrt',
  gradient: 'gradient',
  shape: 'shapes',
  assume: 'assume',
  cases: 'cases',
  seed: 'seed',
  timeLimit: 'limit',
  directions: 'sym',
  convention: 'sym',
};

const LABELS: Record<CheckState['kind'], { f: ReactNode; claim: ReactNode; wrt: ReactNode; fHint: string; claimHint: string; wrtHint: string }> = {
  gradient: {
    f: (
      <>
        f <small>(a scalar)</small>
      </>
    ),
    claim: (
      <>
        G <small>(the claimed gradient)</small>
      </>
    ),
    wrt: 'with respect to',
    fHint: "a'*X*b",
    claimHint: "a*b'",
    wrtHint: 'X',
  },
  differential: {
    f: 'F',
    claim: (
      <>
        dF <small>(written with dX for each X)</small>
      </>
    ),
    wrt: (
      <>
        with respect to <small>(comma-separated)</small>
      </>
    ),
    fHint: 'inv(X)',
    claimHint: '-inv(X)*dX*inv(X)',
    wrtHint: 'X',
  },
  hessian: {
    f: (
      <>
        f <small>(a scalar)</small>
      </>
    ),
    claim: (
      <>
        H <small>(a map of dX, or the n×n matrix for a column x)</small>
      </>
    ),
    wrt: 'with respect to',
    fHint: "x'*A*x",
    claimHint: "A + A'",
    wrtHint: 'x',
  },
  jacobian: {
    f: (
      <>
        F <small>(a column or a matrix)</small>
      </>
    ),
    claim: (
      <>
        J <small>(d vec F = J d vec x, one row per entry of F)</small>
      </>
    ),
    wrt: 'with respect to',
    fHint: 'softmax(x)',
    claimHint: "diag(softmax(x)) - softmax(x)*softmax(x)'",
    wrtHint: 'x',
  },
  identity: { f: 'left side', claim: 'right side', wrt: '', fHint: 'trace(X*Y)', claimHint: 'trace(Y*X)', wrtHint: '' },
  derive: {
    f: (
      <>
        f <small>(a scalar; or a matrix F, for its differential)</small>
      </>
    ),
    claim: '',
    wrt: 'with respect to',
    fHint: "x'*A*x",
    claimHint: '',
    wrtHint: 'x',
  },
};

const SHAPES_HINT: Record<CheckState['kind'], string> = {
  gradient: 'optional, e.g. X=3x4, a=3, b=4',
  differential: 'optional, e.g. X=nxn',
  hessian: 'optional, e.g. x=n, A=nxn',
  jacobian: 'optional, e.g. x=n',
  identity: 'optional, e.g. X=mxn, Y=nxm',
  derive: 'optional, e.g. x=n, A=nxn',
};

const KIND_LABEL: Record<CheckState['kind'], string> = {
  gradient: 'gradient: is G the gradient of f?',
  differential: 'differential: is dF the differential of F?',
  hessian: 'Hessian: is H the Hessian of f?',
  jacobian: 'Jacobian: is J the Jacobian of F?',
  identity: 'identity: are both sides equal?',
  derive: 'derive: what is the gradient of f? (every step checked)',
};

/** What the page shows below the form. */
type Result =
  | { status: 'idle' }
  | { status: 'running'; started: number }
  | { status: 'done'; state: CheckState; evidence: Evidence; view: EvidenceView }
  | { status: 'derived'; state: CheckState; view: DeriveView }
  | { status: 'error'; message: string; input?: InputName; state: CheckState };

const sameClaim = (a: CheckState, b: CheckState) => (['kind', 'f', 'wrt', 'claim', 'gradient', 'shapes', 'assume', 'cases', 'sym'] as const).every((k) => (a[k] ?? '').trim() === (b[k] ?? '').trim());

function Tex({ tex, display = false, mod, className, testid }: { tex: string; display?: boolean; mod: PreviewModule | null; className?: string; testid?: string }) {
  if (!mod) return <code className={className}>{tex}</code>;
  return <span className={className} data-testid={testid} dangerouslySetInnerHTML={{ __html: mod.renderTex(tex, display) }} />;
}

function CopyButton({ text, label = 'Copy', testid }: { text: string; label?: string; testid?: string }) {
  const [done, setDone] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setDone(true);
      setTimeout(() => setDone(false), 1500);
    } catch {
      window.prompt('Copy this:', text);
    }
  };
  return (
    <button type="button" className={`button button--sm button--secondary ${styles.copy}`} onClick={copy} data-testid={testid}>
      {done ? 'Copied' : label}
    </button>
  );
}

function Input(props: {
  name: InputName;
  label: ReactNode;
  value: string;
  placeholder?: string;
  hint?: ReactNode;
  problem?: string;
  error?: string;
  onChange: (name: InputName, v: string) => void;
  mono?: boolean;
  small?: boolean;
}) {
  const { name, label, value, placeholder, hint, problem, error, onChange, mono = true, small = false } = props;
  const id = `mcv-check-${name}`;
  return (
    <div className={`${styles.field} ${small ? styles.small : ''}`} data-field={name}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <div className={styles.control}>
        <input
          id={id}
          className={`${styles.input} ${mono ? styles.mono : ''} ${error ? styles.invalid : ''}`}
          data-testid={name}
          value={value}
          placeholder={placeholder}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange(name, e.target.value)}
        />
        {error ? (
          <div id={`${id}-error`} className={styles.error} role="alert" data-testid="message">
            {error}
          </div>
        ) : problem ? (
          <div className={styles.problem} data-testid={`${name}-parse`}>
            Does not parse yet: {problem}
          </div>
        ) : hint ? (
          <div className={styles.hint}>{hint}</div>
        ) : null}
      </div>
    </div>
  );
}

function Counterexample({ c, mod }: { c: NonNullable<EvidenceView['counterexample']>; mod: PreviewModule | null }) {
  const at = c.entry ? ` (entry ${c.entry[0]}, ${c.entry[1]})` : '';
  return (
    <div className={styles.counterexample} data-testid="counterexample">
      <h3>Counterexample</h3>
      {c.sizes.length > 0 && (
        <p>
          Sizes drawn:{' '}
          {c.sizes.map((s, i) => (
            <React.Fragment key={s}>
              {i > 0 && ', '}
              <Tex tex={s} mod={mod} />
            </React.Fragment>
          ))}
          .
        </p>
      )}
      {c.values.length > 0 && (
        <>
          <p>At the point</p>
          <div className={styles.matrices}>
            {c.values.map((v) => (
              <Tex key={v.name} tex={`${v.name} = ${v.tex}`} mod={mod} className={styles.matrix} testid="matrix" />
            ))}
          </div>
        </>
      )}
      {c.direction.length > 0 && (
        <>
          <p>{c.direction2.length > 0 ? 'along the two directions' : 'along the direction'}</p>
          <div className={styles.matrices}>
            {[...c.direction, ...c.direction2].map((v) => (
              <Tex key={v.name} tex={`${v.name} = ${v.tex}`} mod={mod} className={styles.matrix} testid="matrix" />
            ))}
          </div>
        </>
      )}
      {c.rounded && <p className={styles.note}>(entries rounded to 6 significant digits; the command below prints them in full)</p>}
      {c.expected !== undefined && c.actual !== undefined ? (
        <>
          <p>the two sides disagree:</p>
          <table className={styles.disagree}>
            <tbody>
              <tr>
                <td>
                  {c.labels[0]}
                  {at}
                </td>
                <td data-testid="expected">
                  <strong>{c.expected}</strong>
                </td>
              </tr>
              <tr>
                <td>{c.labels[1]}</td>
                <td data-testid="actual">
                  <strong>{c.actual}</strong>
                </td>
              </tr>
              {c.error !== undefined && c.tolerance !== undefined && (
                <tr>
                  <td>difference (tolerance)</td>
                  <td>
                    {c.error} ({c.tolerance})
                  </td>
                </tr>
              )}
              {c.note !== undefined && (
                <tr>
                  <td>how far apart</td>
                  <td data-testid="difference-note">{c.note}</td>
                </tr>
              )}
            </tbody>
          </table>
        </>
      ) : (
        <p>The sizes alone refute it: no values are needed.</p>
      )}
    </div>
  );
}

/** The shared link of a state, absolute. */
const absolute = (search: string) => (typeof window === 'undefined' ? '' : `${window.location.origin}${CHECK_PATH}${search ? `?${search}` : ''}`);

export default function CheckPage(): ReactNode {
  const location = useLocation();
  const [state, setState] = useState<CheckState>(EMPTY_STATE);
  const [result, setResult] = useState<Result>({ status: 'idle' });
  const [mod, setMod] = useState<PreviewModule | null>(null);
  const [examples, setExamples] = useState<Example[] | null>(null);
  const [example, setExample] = useState('');
  const [now, setNow] = useState(0);
  const checker = useChecker();
  const runId = useRef(0);

  // The preview (KaTeX, the mathjs parser), the worker and the examples load after the page shows.
  useEffect(() => {
    void import('./preview.js').then((m) => setMod(() => m));
    void import('./examples.js').then((m) => setExamples(m.examples()));
    checker.warm();
  }, [checker]);

  const check = useCallback(
    async (s: CheckState) => {
      const id = ++runId.current;
      setResult({ status: 'running', started: Date.now() });
      const o: Outcome = await checker.run(s.kind === 'derive' ? { derive: deriveArgsFromState(s) } : { args: argsFromState(s) });
      if (id !== runId.current) return;
      if (o.ok && 'derive' in o) setResult({ status: 'derived', state: s, view: o.derive });
      else if (o.ok) setResult({ status: 'done', state: s, evidence: o.evidence, view: o.view });
      else setResult({ status: 'error', message: o.message, state: s, ...('field' in o && o.field && INPUT_OF[o.field] ? { input: INPUT_OF[o.field] } : {}) });
    },
    [checker],
  );

  // Opening a link with a claim in it (a shared verdict, a rule page's link) fills the fields and checks.
  const lastSearch = useRef<string | null>(null);
  useEffect(() => {
    const search = location.search.replace(/^\?/, '');
    if (search === lastSearch.current) return;
    lastSearch.current = search;
    const s = stateFromQuery(search);
    if (!s) return;
    setState(s);
    setExample('');
    if (s.f.trim() && (s.kind === 'derive' ? s.wrt.trim() : s.claim.trim())) void check(s);
  }, [location.search, check]);

  // The URL follows the fields, with the seed of the verdict shown when it is the verdict of these fields.
  const shared = useMemo(() => {
    const seed = result.status === 'done' ? result.evidence.seed : result.status === 'derived' ? result.view.seed : null;
    const s = seed !== null && (result.status === 'done' || result.status === 'derived') && sameClaim(result.state, state) && state.seed.trim() === '' ? { ...state, seed: String(seed) } : state;
    return stateToQuery(s);
  }, [state, result]);
  useEffect(() => {
    const current = window.location.search.replace(/^\?/, '');
    if (current === shared) return;
    lastSearch.current = shared;
    window.history.replaceState(window.history.state, '', `${CHECK_PATH}${shared ? `?${shared}` : ''}`);
  }, [shared]);

  // A clock while a check runs.
  useEffect(() => {
    if (result.status !== 'running') return;
    const t = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(t);
  }, [result.status]);

  const change = (name: InputName, v: string) => {
    setState((s) => ({ ...s, [name]: v }));
    setExample('');
  };
  const setKind = (kind: CheckState['kind']) => {
    setState((s) => ({ ...s, kind }));
    setExample('');
  };
  const pick = (key: string) => {
    setExample(key);
    const ex = examples?.find((e) => e.key === key);
    if (!ex) return;
    setState(ex.state);
    void check(ex.state);
  };

  const pv = useMemo(() => (mod ? mod.preview(state) : null), [mod, state]);
  // An error belongs to the fields it was found in; it goes once the field at fault is edited.
  const fieldError = (name: InputName) => (result.status === 'error' && result.input === name && result.state[name] === state[name] ? result.message : undefined);
  const labels = LABELS[state.kind];
  const picked = examples?.find((e) => e.key === example);
  const running = result.status === 'running';

  return (
    <main className={`container margin-vert--lg ${styles.page}`}>
      <h1>Check a formula</h1>
      <p className={styles.lead}>
        Type a function, the variable and the gradient you derived (or a differential, a Hessian, or an identity) in the syntax of{' '}
        <Link to="/guide/cli">
          <code>mcv</code>
        </Link>
        . The same oracle that checks every rule of the <Link to="/catalogue">catalogue</Link> tests it here, in your browser, on random matrices: central differences against your claim, and a shrunk
        counterexample if it is wrong. Or pick the kind <em>derive</em> and let <code>mcv derive</code> find the gradient, <Link to="/guide/derive">every line citing its rules and checked</Link>.
      </p>

      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          void check(state);
        }}
      >
        <div className={styles.field}>
          <label htmlFor="mcv-check-example" className={styles.label}>
            Example
          </label>
          <div className={styles.control}>
            <select id="mcv-check-example" className={styles.input} data-testid="example" value={example} onChange={(e) => pick(e.target.value)} disabled={!examples}>
              <option value="">{examples ? 'Pick an example from the catalogue…' : 'Loading the examples…'}</option>
              <optgroup label="Rules (they hold)">
                {examples
                  ?.filter((e) => e.group === 'rules')
                  .map((e) => (
                    <option key={e.key} value={e.key}>
                      {e.label}
                    </option>
                  ))}
              </optgroup>
              <optgroup label="Classic mistakes (refuted)">
                {examples
                  ?.filter((e) => e.group === 'mistakes')
                  .map((e) => (
                    <option key={e.key} value={e.key}>
                      {e.label}
                    </option>
                  ))}
              </optgroup>
              <optgroup label="Derive the gradient (every step checked)">
                {examples
                  ?.filter((e) => e.group === 'derive')
                  .map((e) => (
                    <option key={e.key} value={e.key}>
                      {e.label}
                    </option>
                  ))}
              </optgroup>
            </select>
            {picked && (
              <div className={styles.hint}>
                {picked.why ? <>Why it is wrong: {picked.why} </> : null}
                <Link to={picked.rulePath}>The rule&apos;s page</Link>
              </div>
            )}
          </div>
        </div>

        <div className={styles.field}>
          <label htmlFor="mcv-check-kind" className={styles.label}>
            Kind
          </label>
          <div className={styles.control}>
            <select id="mcv-check-kind" className={styles.input} data-testid="kind" value={state.kind} onChange={(e) => setKind(e.target.value as CheckState['kind'])}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABEL[k]}
                </option>
              ))}
            </select>
          </div>
        </div>

        <Input name="f" label={labels.f} value={state.f} placeholder={labels.fHint} onChange={change} problem={pv?.problems.f} error={fieldError('f')} />
        {state.kind !== 'identity' && (
          <Input name="wrt" label={labels.wrt} value={state.wrt} placeholder={labels.wrtHint} onChange={change} problem={pv?.problems.wrt} error={fieldError('wrt')} small />
        )}
        {state.kind !== 'derive' && (
          <Input name="claim" label={labels.claim} value={state.claim} placeholder={labels.claimHint} onChange={change} problem={pv?.problems.claim} error={fieldError('claim')} />
        )}
        {state.kind === 'hessian' && (
          <Input
            name="gradient"
            label={
              <>
                G <small>(optional: the gradient)</small>
              </>
            }
            value={state.gradient}
            placeholder="(A + A')*x"
            onChange={change}
            error={fieldError('gradient')}
            hint={<>If given, H is also checked as the differential of G, and G as the gradient of f.</>}
          />
        )}
        <Input
          name="shapes"
          label="shapes"
          value={state.shapes}
          placeholder={SHAPES_HINT[state.kind]}
          onChange={change}
          error={fieldError('shapes')}
          hint={
            <>
              Optional: what is left out is inferred from use (uppercase a matrix, lowercase a column, a scalar where use says so) and shown with the verdict. A variable: <code>3x4</code>,{' '}
              <code>mxn</code> (sizes drawn at random), <code>n</code> (a column), <code>1</code> (a scalar).
            </>
          }
        />
        <Input
          name="assume"
          label="assumptions"
          value={state.assume}
          placeholder="none, or e.g. X=spd"
          onChange={change}
          error={fieldError('assume')}
          hint={
            <>
              Optional: <code>invertible</code>, <code>symmetric</code>, <code>spd</code>, <code>positive</code>, <code>onehot</code> (columns), <code>onehot-rows</code> (rows),{' '}
              <code>orthogonal</code>, <code>diagonal</code>; several as <code>X=symmetric,invertible</code>.
            </>
          }
        />
        {state.kind !== 'identity' && <SymmetricSelect value={state.sym ?? ''} kind={state.kind} onChange={(v) => change('sym', v)} />}
        <div className={styles.row}>
          <Input name="seed" label="seed" value={state.seed} placeholder="random" onChange={change} error={fieldError('seed')} small />
          <Input name="cases" label="cases" value={state.cases} placeholder="100" onChange={change} error={fieldError('cases')} small />
          <Input name="limit" label="time limit (s)" value={state.limit} placeholder={String(TIME_LIMIT_MS / 1000)} onChange={change} error={fieldError('limit')} small />
        </div>

        <div className={styles.preview} data-testid="preview" aria-live="polite">
          {pv ? (
            <>
              <Tex tex={pv.claim} display mod={mod} />
              {pv.variables.length > 0 && (
                <div className={styles.variables}>
                  {pv.variables.map((v) => (
                    <Tex key={v} tex={v} mod={mod} />
                  ))}
                </div>
              )}
            </>
          ) : (
            <span className={styles.note}>Loading the preview…</span>
          )}
        </div>

        <div className={styles.actions}>
          <button type="submit" className="button button--primary button--lg" data-testid="check" disabled={running}>
            {state.kind === 'derive' ? (running ? 'Deriving…' : 'Derive') : running ? 'Checking…' : 'Check'}
          </button>
          {running && (
            <button type="button" className="button button--secondary button--lg" data-testid="stop" onClick={checker.stop}>
              Stop
            </button>
          )}
          {running && (
            <span className={styles.note} data-testid="running">
              running for {((Math.max(now, result.started) - result.started) / 1000).toFixed(1)} s…
            </span>
          )}
        </div>
      </form>

      <div aria-live="polite">
        <ResultPanel result={result} state={state} mod={mod} shared={shared} />
      </div>
    </main>
  );
}

function ResultPanel({ result, state, mod, shared }: { result: Result; state: CheckState; mod: PreviewModule | null; shared: string }) {
  if (result.status === 'idle' || result.status === 'running') return null;
  if (result.status === 'derived') return <DerivePanel view={result.view} ran={result.state} state={state} mod={mod} shared={shared} />;
  if (result.status === 'error') {
    const here = result.input !== undefined && result.state[result.input] === state[result.input];
    return (
      <section className={`${styles.result} ${styles.resultError}`} data-testid="result">
        <p className={styles.verdictLine}>
          <span className={`${styles.badge} ${styles.badgeError}`} data-testid="verdict">
            error
          </span>
          {here ? <span>The input is not right: see the message under the field marked in red.</span> : result.input ? <span>You changed the field at fault; check again.</span> : null}
        </p>
        {!result.input && (
          <p className={styles.message} data-testid="message">
            {result.message}
          </p>
        )}
      </section>
    );
  }
  const { evidence: ev, view, state: ran } = result;
  const args = argsFromState(ran);
  const command = commandLine('npx mcv', reproduceArgs(args, ev.seed));
  const stale = !sameClaim(ran, state);
  return (
    <section className={`${styles.result} ${ev.verdict === 'verified' ? styles.resultVerified : styles.resultRefuted} ${stale ? styles.stale : ''}`} data-testid="result">
      <p className={styles.verdictLine}>
        <span className={`${styles.badge} ${ev.verdict === 'verified' ? styles.badgeVerified : styles.badgeRefuted}`} data-testid="verdict">
          {ev.verdict}
        </span>
        <span className={styles.message} data-testid="message">
          {view.message}
        </span>
      </p>
      {stale && <p className={styles.note}>This is the verdict on the fields as they were; check again for the fields as they are.</p>}
      {view.shapes && (
        <p className={styles.note} data-testid="shapes-inferred">
          {view.shapes}
        </p>
      )}
      <dl className={styles.facts}>
        <div>
          <dt>cases passed</dt>
          <dd data-testid="cases-run">
            {ev.cases}
            {ev.discarded ? ` (${ev.discarded} skipped where not finite)` : ''}
          </dd>
        </div>
        <div>
          <dt>largest error / tolerance</dt>
          <dd data-testid="max-error">{view.maxError}</dd>
        </div>
        <div>
          <dt>seed</dt>
          <dd data-testid="seed-used">{ev.seed}</dd>
        </div>
      </dl>
      {view.derived && (
        <div className={styles.hintBox} data-testid="derived-hint">
          <p>
            <strong>
              The {view.derived.hessian !== undefined ? 'Hessian' : view.derived.jacobian !== undefined ? 'Jacobian' : view.derived.differential !== undefined ? 'differential' : 'gradient'} is not
              that.
            </strong>{' '}
            <code>mcv derive</code> finds, every line checked:
          </p>
          <Tex tex={view.derived.latex} display mod={mod} />
          {view.derived.hessian !== undefined || view.derived.jacobian !== undefined ? (
            <p>
              In mcv&apos;s syntax: <code data-testid="derived-gradient">{view.derived.hessian ?? view.derived.jacobian}</code>. Its derivation, line by line: <code>{view.derived.command}</code>
            </p>
          ) : (
            <p>
              In mcv&apos;s syntax: <code data-testid="derived-gradient">{view.derived.gradient ?? view.derived.differential}</code>.{' '}
              <Link to={checkHref({ ...ran, kind: 'derive', claim: '', seed: String(ev.seed) })} data-testid="derive-link">
                See its derivation, line by line
              </Link>
            </p>
          )}
          {view.derived.diagnosis && <DiagnosisNote diagnosis={view.derived.diagnosis} />}
        </div>
      )}
      {ev.verdict === 'refuted' && view.counterexample && <Counterexample c={view.counterexample} mod={mod} />}
      <h3>Reproduce it</h3>
      <p>On the command line, the same check with the same seed gives the same output:</p>
      <div className={styles.command}>
        <span className={styles.commandText} data-testid="command">
          {command}
        </span>
        <CopyButton text={command} />
      </div>
      {!stale && (
        <p className={styles.share}>
          Or share this verdict:{' '}
          <a href={`${CHECK_PATH}?${shared}`} data-testid="share">
            link to this check
          </a>{' '}
          <CopyButton text={absolute(shared)} label="Copy link" testid="copy-link" />
        </p>
      )}
      <details>
        <summary>
          What <code>mcv</code> prints
        </summary>
        <pre className={styles.pre} data-testid="text">
          {view.text}
        </pre>
      </details>
      <details>
        <summary>
          The evidence as JSON (<code>--json</code>)
        </summary>
        <pre className={styles.pre} data-testid="json">
          {view.json}
        </pre>
      </details>
    </section>
  );
}

/** The badge of each verdict of `mcv derive`. */
const DERIVE_BADGE: Record<DeriveView['verdict'], string> = { derived: styles.badgeVerified!, refuted: styles.badgeRefuted!, unsupported: styles.badgeError! };

/** The rules a line applies, each linked to its page, and what no rule says. */
function Why({ by, because }: { by: readonly string[]; because?: string }) {
  if (!by.length && !because) return null;
  return (
    <p className={styles.why}>
      {by.length > 0 && (
        <>
          by{' '}
          {by.map((id, i) => (
            <React.Fragment key={id}>
              {i > 0 && ', '}
              <Link to={`/rules/${id}`} data-testid="rule-link">
                {id}
              </Link>
            </React.Fragment>
          ))}
        </>
      )}
      {by.length > 0 && because ? '; ' : ''}
      {because}
    </p>
  );
}

/** What `mcv derive` found: the lines with their rules, the verdict, G, and the command that reproduces it. */
function DerivePanel({ view, ran, state, mod, shared }: { view: DeriveView; ran: CheckState; state: CheckState; mod: PreviewModule | null; shared: string }) {
  const command = commandLine('npx mcv', view.command);
  const stale = !sameClaim(ran, state);
  const ok = view.verdict === 'derived';
  const resultClass = ok ? styles.resultVerified : view.verdict === 'refuted' ? styles.resultRefuted : styles.resultError;
  const what = view.kind === 'gradient' ? 'G' : 'dF';
  // Several variables (wrt X,Y): the page's own Tex, Why and copy button for each one's part.
  const render: SeveralRender = { tex: (tex, display) => <Tex tex={tex} display={display} mod={mod} />, why: (l) => <Why by={l.by} because={l.because} />, copy: (text) => <CopyButton text={text} /> };
  return (
    <section className={`${styles.result} ${resultClass} ${stale ? styles.stale : ''}`} data-testid="result">
      <p className={styles.verdictLine}>
        <span className={`${styles.badge} ${DERIVE_BADGE[view.verdict]}`} data-testid="verdict">
          {view.verdict}
        </span>
        <span className={styles.message} data-testid="message">
          {view.message}
        </span>
      </p>
      {stale && <p className={styles.note}>This is the derivation of the fields as they were; derive again for the fields as they are.</p>}
      {view.shapes && (
        <p className={styles.note} data-testid="shapes-inferred">
          {view.shapes}
        </p>
      )}
      {view.lines.length > 0 && (
        <>
          <h3>{view.kind === 'gradient' ? 'The derivation' : 'f is a matrix: its differential dF'}</h3>
          <ol className={styles.steps} data-testid="derive-steps">
            {view.lines.map((l, i) => (
              <li key={i} data-testid="derive-step" className={view.refuted?.line === i + 1 ? styles.stepRefuted : undefined}>
                {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a line that scrolls sideways must be reachable by keyboard (WCAG's scrollable-region-focusable, checked by axe) */}
                <section className={styles.stepMath} aria-label={`line ${i + 1}`} tabIndex={0}>
                  <Tex tex={`${l.lead ? `${l.lead} ` : ''}= ${l.latex}`} display mod={mod} />
                </section>
                <Why by={l.by} because={l.because} />
              </li>
            ))}
            {view.jacobian && (
              <li data-testid="derive-jacobian">
                {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a line that scrolls sideways must be reachable by keyboard (WCAG's scrollable-region-focusable, checked by axe) */}
                <section className={styles.stepMath} aria-label={`line ${view.lines.length + 1}: the Jacobian`} tabIndex={0}>
                  <Tex tex={`\\mathbf{J} = ${view.jacobian.latex}`} display mod={mod} />
                </section>
                <p className={styles.why}>
                  read off <Tex tex={`d\\operatorname{vec} F = \\mathbf{J}\\, d\\operatorname{vec} ${view.wrtTex}`} mod={mod} />, checked as a Jacobian claim:{' '}
                  <code data-testid="derived-jacobian">{view.jacobian.source}</code>
                </p>
              </li>
            )}
            {view.kind === 'gradient' && view.result && (
              <li data-testid="derive-result" className={view.refuted && view.refuted.line > view.lines.length ? styles.stepRefuted : undefined}>
                {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a line that scrolls sideways must be reachable by keyboard (WCAG's scrollable-region-focusable, checked by axe) */}
                <section className={styles.stepMath} aria-label={`line ${view.lines.length + 1}: the gradient`} tabIndex={0}>
                  <Tex tex={`\\frac{\\partial f}{\\partial ${view.wrtTex}} = ${view.result.latex}`} display mod={mod} />
                </section>
                <p className={styles.why}>
                  read off <Tex tex={`df = \\operatorname{Tr}(\\mathbf{G}^\\top d${view.wrtTex})`} mod={mod} /> (<Link to="/method#equation-1">equation (1)</Link>)
                </p>
                <Why by={view.result.by} because={view.result.because} />
              </li>
            )}
          </ol>
          {view.gradients && <SeveralDerivations gradients={view.gradients} first={view.lines.length} {...(view.refuted ? { refutedLine: view.refuted.line } : {})} render={render} />}
        </>
      )}
      {view.refuted && (
        <div className={styles.counterexample} data-testid="refuted-line">
          <h3>Line {view.refuted.line} does not hold</h3>
          <p>
            {view.refuted.name}: {view.refuted.reason}
          </p>
          <p>
            This is a bug of <code>mcv derive</code>: please report it with the command below. Check the line alone:
          </p>
          <div className={styles.command}>
            <span className={styles.commandText}>{view.refuted.reproduce}</span>
            <CopyButton text={view.refuted.reproduce} />
          </div>
        </div>
      )}
      {ok && view.result && (
        <>
          <h3>{what} in mcv&apos;s syntax</h3>
          <p>
            {view.kind === 'gradient' ? (
              <>
                Paste it into <code>--claim</code>, or check a claim of yours against f:
              </>
            ) : (
              <>
                The differential, written with <code>d{ran.wrt.trim()}</code>:
              </>
            )}
          </p>
          <div className={styles.command}>
            <span className={styles.commandText} data-testid="derived-result">
              {view.result.source}
            </span>
            <CopyButton text={view.result.source} />
          </div>
          {view.kind === 'gradient' && (
            <p>
              {/* G is in the trace sense: checked along every direction, whatever the symmetric-W select says. */}
              <Link to={checkHref({ ...ran, kind: 'gradient', claim: view.result.source, seed: '', sym: '' })} data-testid="check-derived">
                Check this gradient as a claim
              </Link>
            </p>
          )}
          {view.code && <CodePanel code={view.code} command={command} copy={(text) => <CopyButton text={text} testid="copy-code" />} />}
          {view.codeError && <p className={styles.note}>No code: {view.codeError}</p>}
          {view.converted && <ConvertedResult converted={view.converted} ran={ran} />}
        </>
      )}
      {ok && view.gradients && view.kind === 'gradient' && <SeveralResults gradients={view.gradients} ran={ran} render={render} />}
      {view.verdict !== 'unsupported' && (
        <dl className={styles.facts}>
          <div>
            <dt>cases per line</dt>
            <dd data-testid="cases-run">{view.cases}</dd>
          </div>
          <div>
            <dt>lines checked</dt>
            <dd data-testid="lines-checked">{view.lines.length + (view.gradients ? severalLineCount(view.gradients) : view.kind === 'gradient' ? 1 : 0)}</dd>
          </div>
          <div>
            <dt>seed</dt>
            <dd data-testid="seed-used">{view.seed}</dd>
          </div>
          <div>
            <dt>time in your browser</dt>
            <dd data-testid="elapsed" data-ms={Math.round(view.ms)}>
              {(view.ms / 1000).toFixed(2)} s
            </dd>
          </div>
        </dl>
      )}
      <h3>Reproduce it</h3>
      <p>On the command line, the same derivation with the same seed gives the same output:</p>
      <div className={styles.command}>
        <span className={styles.commandText} data-testid="command">
          {command}
        </span>
        <CopyButton text={command} />
      </div>
      {!stale && (
        <p className={styles.share}>
          Or share it:{' '}
          <a href={`${CHECK_PATH}?${shared}`} data-testid="share">
            link to this derivation
          </a>{' '}
          <CopyButton text={absolute(shared)} label="Copy link" testid="copy-link" />
        </p>
      )}
      <details>
        <summary>
          What <code>mcv derive</code> prints
        </summary>
        <pre className={styles.pre} data-testid="text">
          {view.text}
        </pre>
      </details>
      <details>
        <summary>
          The derivation as JSON (<code>--json</code>)
        </summary>
        <pre className={styles.pre} data-testid="json">
          {view.json}
        </pre>
      </details>
    </section>
  );
}
