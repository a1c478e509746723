/**
 * The `mcv` program: its commands, options, help and messages, writing through `io` and returning
 * the exit status (0 verified, 1 refuted, 2 bad input). cli/mcv.ts runs it as the command; the
 * tests run it in-process, with the same output, without starting a process for every check.
 */
import { kinkHelp } from '../properties/engine/ops/reference.js';
import { Command, CommanderError, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { checkClaim, type Evidence } from '../properties/oracle/check.js';
import { InputError } from '../properties/engine/errors.js';
import { ELEMENTWISE, FUNCTIONS } from '../properties/engine/expr.js';
import { ASSUMPTIONS } from '../properties/engine/shapes.js';
import { MAX_TIME_LIMIT_S, TIME_LIMIT_MS, claimFromArgs, claimTitle, commandLine, expressionArgs, parseCases, parseSeed, reproduceArgs, type ClaimArgs } from '../properties/presentation/args.js';
import { formatEvidence, shapesLine } from '../properties/presentation/format.js';
import { deriveFromArgs, deriveJson, derivedHint, diagnosisJson, formatDerivation, formatHessian, hessianJson, hintJson, hintText, type DeriveArgs } from '../properties/presentation/derive.js';
import { deriveGradient, deriveHessian, type DeriveResult, type HessianResult } from '../properties/derive/index.js';
import { deriveAndEmit } from '../properties/presentation/emit.js';
import { conversionJson, conversionText, convertDerived, symmetricModeOfArgs, type SymmetricConversion } from '../properties/presentation/symmetricDerive.js';

export const EXIT = { verified: 0, refuted: 1, bad: 2, unsupported: 3 } as const;

/** Where the program writes: stdout and stderr. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
}

/** Ends the command with an exit status: thrown, and caught at the end of {@link runMcv}. */
class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
function exit(code: number): never {
  throw new Exit(code);
}

const collect = (v: string, prev: string[]) => [...prev, v];

interface CommonOpts {
  directions?: string;
  convention?: string;
  shape: string[];
  assume: string[];
  cases?: string;
  seed?: string;
  timeLimit?: string;
  json?: boolean;
}

const argsOf = (o: CommonOpts) => ({
  shape: o.shape,
  assume: o.assume,
  cases: o.cases,
  seed: o.seed,
  timeLimit: o.timeLimit,
  ...(o.directions !== undefined ? { directions: o.directions } : {}),
  ...(o.convention !== undefined ? { convention: o.convention } : {}),
});

/** `--directions` and `--convention`: a function of a symmetric matrix, in either convention (properties/oracle/symmetric.ts). */
function symmetricOptions(cmd: Command, convention = true): Command {
  cmd.option('--directions <all|symmetric>', 'symmetric: check along symmetric directions dW only (the gradient within the symmetric matrices; W square)');
  if (convention) cmd.option('--convention <trace|entries>', 'entries: the claim is the derivative with respect to the independent entries of a symmetric W (G + Gᵀ − G∘I of the trace-sense G)');
  return cmd;
}

function common(cmd: Command): Command {
  return cmd
    .option('--shape <NAME=SHAPE>', 'shape of a variable: RxC (3x4, mxn), n for a column, 1 for a scalar; repeatable', collect, [])
    .option('--assume <NAME=KIND>', `assumption on a variable: ${ASSUMPTIONS.join(' | ')}; repeatable, or several in one: A=spd,B=symmetric (A=spd,symmetric: two on A)`, collect, [])
    .option('--cases <N>', 'random cases (default 100)')
    .option('--seed <S>', 'seed of every random choice: the same seed gives the same output')
    .option('--time-limit <S>', `give up after S seconds (default ${TIME_LIMIT_MS / 1000}, at most ${MAX_TIME_LIMIT_S})`)
    .option('--json', 'print one JSON object on stdout');
}

/**
 * The functions of the expression syntax, one line each, read from the interpreter's own table
 * (FUNCTIONS and its `doc` fields), so that `--help` lists exactly what is accepted. The
 * elementwise functions share one line.
 */
export function functionHelp(): string {
  const entries = Object.entries(FUNCTIONS);
  const elementwise = entries.filter(([name]) => name in ELEMENTWISE).map(([name]) => name);
  const rest = entries.filter(([name]) => !(name in ELEMENTWISE));
  const w = Math.max(...rest.map(([name]) => name.length));
  return [`  ${elementwise.join(' ')}: elementwise`, ...rest.map(([name, spec]) => `  ${name.padEnd(w)}  ${spec.doc}`), kinkHelp()].join('\n');
}

/** Runs `mcv` with the arguments after the program name; resolves to the exit status. */
export async function runMcv(argv: readonly string[], io: Io): Promise<number> {
  const jsonMode = argv.includes('--json');

  function writeBad(message: string): void {
    if (jsonMode) io.out(JSON.stringify({ error: message }) + '\n');
    else io.err(`mcv: ${message}\n`);
  }

  /** Bad input: one short message (or {"error"} with --json), exit 2. */
  function bad(message: string): never {
    writeBad(message);
    exit(EXIT.bad);
  }

  /** Checks a claim (parsed by args.ts, as the site's Check page does) and exits with its verdict. */
  function runClaim(a: ClaimArgs, json = false): never {
    let ev: Evidence;
    try {
      const { input, options } = claimFromArgs(a);
      ev = checkClaim(input, options);
    } catch (e) {
      if (e instanceof InputError) bad(e.message);
      throw e;
    }
    // A refuted gradient or Hessian points to the answer, when mcv derive finds (and verifies) one.
    const hint = derivedHint(a, ev);
    if (json) io.out(JSON.stringify(hint ? { ...ev, derived: hintJson(hint), ...(hint.diagnosis ? { diagnosis: diagnosisJson(hint.diagnosis) } : {}) } : ev) + '\n');
    else {
      if (ev.shapes) io.out(shapesLine(ev.shapes) + '\n');
      io.out(formatEvidence(ev, claimTitle(a)) + '\n');
      if (hint) io.out(hintText(hint) + '\n');
      if (ev.verdict === 'refuted') io.out(`reproduce: ${commandLine('mcv', reproduceArgs(a, ev.seed))}\n`);
    }
    exit(ev.verdict === 'verified' ? EXIT.verified : EXIT.refuted);
  }

  /** Derives a gradient (or a differential) step by step and exits 0 derived, 1 refuted, 3 unsupported. */
  function runDerive(a: DeriveArgs, json = false, emit?: string): never {
    if (emit !== undefined) runDeriveEmit(a, emit, json);
    if (a.hessian) runDeriveHessian(a, json);
    let r: DeriveResult;
    let conv: SymmetricConversion | undefined;
    try {
      const mode = symmetricModeOfArgs(a, 'gradient');
      r = deriveGradient(deriveFromArgs(a));
      if (mode && r.verdict === 'derived' && r.kind === 'gradient' && r.gradient) conv = convertDerived(a, mode, { gradient: r.gradient }, { cases: r.cases, seed: r.seed });
    } catch (e) {
      if (e instanceof InputError) bad(e.message);
      throw e;
    }
    if (json) io.out(JSON.stringify({ ...deriveJson(r, a), ...(conv ? { symmetric: conversionJson(conv) } : {}) }) + '\n');
    else io.out(formatDerivation(r, a) + '\n' + (conv ? conversionText(conv, a.wrt.trim()) + '\n' : ''));
    if (conv?.verdict === 'refuted') exit(EXIT.refuted);
    exit(r.verdict === 'derived' ? EXIT.verified : r.verdict === 'refuted' ? EXIT.refuted : EXIT.unsupported);
  }

  /** Derives the Hessian (after the gradient) and exits as runDerive does. */
  function runDeriveHessian(a: DeriveArgs, json: boolean): never {
    let r: HessianResult;
    let conv: SymmetricConversion | undefined;
    try {
      const mode = symmetricModeOfArgs(a, 'hessian');
      r = deriveHessian(deriveFromArgs(a));
      if (mode && r.verdict === 'derived' && r.gradient && r.hessian) conv = convertDerived(a, mode, { gradient: r.gradient, hessian: r.hessian }, { cases: r.cases, seed: r.seed });
    } catch (e) {
      if (e instanceof InputError) bad(e.message);
      throw e;
    }
    if (json) io.out(JSON.stringify({ ...hessianJson(r, a), ...(conv ? { symmetric: conversionJson(conv) } : {}) }) + '\n');
    else io.out(formatHessian(r, a) + '\n' + (conv ? conversionText(conv, a.wrt.trim()) + '\n' : ''));
    if (conv?.verdict === 'refuted') exit(EXIT.refuted);
    exit(r.verdict === 'derived' ? EXIT.verified : r.verdict === 'refuted' ? EXIT.refuted : EXIT.unsupported);
  }

  /** --emit: the code of f and its derived gradient (and Hessian); the derivation itself on stderr when it is not derived. */
  function runDeriveEmit(a: DeriveArgs, target: string, json: boolean): never {
    try {
      const { result: r, emitted } = deriveAndEmit(a, target);
      const code = r.verdict === 'derived' ? EXIT.verified : r.verdict === 'refuted' ? EXIT.refuted : EXIT.unsupported;
      if (json) io.out(JSON.stringify({ ...(r.kind === 'hessian' ? hessianJson(r, a) : deriveJson(r, a)), ...(emitted ? { target: emitted.target, code: emitted.code } : {}) }) + '\n');
      else if (emitted) io.out(emitted.code);
      else io.err((r.kind === 'hessian' ? formatHessian(r, a) : formatDerivation(r, a)) + '\nno code emitted: nothing was derived and verified.\n');
      exit(code);
    } catch (e) {
      if (e instanceof InputError) bad(e.message);
      throw e;
    }
  }

  const program = new Command('mcv')
    .description(
      'matrix-calculus-verified: is this formula right, under which assumptions, and if not, where does it break? ' +
        'Checks a claim numerically on random matrices (central differences with Richardson extrapolation, ' +
        'tolerances from error bounds) and shrinks any refutation to a small counterexample.\n\n' +
        'Exit status: 0 verified, 1 refuted, 2 bad input (derive: 3 when f uses something it cannot differentiate).',
    )
    .version(pkg.version, '-V, --version', 'print the version of mcv')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => (jsonMode ? undefined : io.err(s)),
      outputError: (s, write) => write(s),
    })
    .exitOverride()
    .addHelpText(
      'after',
      `
Expressions use mathjs syntax: X' transpose, * matrix product, .* ./ .^ entrywise, ^ power, A/B for
A*inv(B), pi and e. Dimension letters are numbers inside expressions: eye(n). + - .* ./ .^ broadcast
as in NumPy and MATLAB: a scalar, a row 1xn or a column mx1 against an mxn matrix (X*w + b, x - mean(x)).
A dimension argument is MATLAB's: 1 down each column, 2 along each row (sum(X,1) the column sums,
softmax(Z,2) of each row). The functions:
${functionHelp()}

Shapes: --shape is optional; what is not given is inferred from use (uppercase a matrix, lowercase a
column, a scalar where use decides it) and printed with the result.

Examples (from the course notes):
  mcv derive "norm(X*theta - y)^2" --wrt theta
  mcv gradient "a'*X*b" --wrt X --claim "a*b'" --shape X=3x4 --shape a=3 --shape b=4
  mcv gradient "norm(X*theta - y,'fro')^2" --wrt theta --claim "2*X'*(X*theta - y)" --shape X=mxd --shape theta=d --shape y=m
  mcv differential "inv(X)" --wrt X --claim "-inv(X)*dX*inv(X)" --shape X=nxn --assume X=invertible
  mcv identity "trace(X*Y)" "trace(Y*X)" --shape X=mxn --shape Y=nxm
  mcv hessian "x'*A*x" --wrt x --claim "A + A'" --shape x=n --shape A=nxn
  mcv derive "x'*A*x" --wrt x --shape x=n --shape A=nxn
  mcv jacobian "softmax(x)" --wrt x --claim "diag(softmax(x)) - softmax(x)*softmax(x)'"
  mcv list
  mcv verify --rule trace-cyclic`,
    );

  common(
    program
      .command('gradient')
      .summary('is G the gradient of the scalar f? (df = Tr(Gᵀ dW))')
      .description("Checks that df = Tr(Gᵀ dW) for random points and directions: G is the gradient of the scalar f with respect to W, of W's shape (denominator layout).")
      .argument('<f>', 'the scalar function, e.g. "a\'*X*b"')
      .addOption(new Option('--wrt <W>', 'the variable differentiated').makeOptionMandatory())
      .addOption(new Option('--claim <G>', "the claimed gradient, of W's shape").makeOptionMandatory()),
  )
    .addHelpText(
      'after',
      '\nA symmetric X, both conventions:\n  mcv gradient "logdet(X)" --wrt X --claim "inv(X)" --shape X=nxn --assume X=spd --directions symmetric\n  mcv gradient "logdet(X)" --wrt X --claim "2*inv(X) - inv(X).*eye(n)" --shape X=nxn --assume X=spd --convention entries',
    )
    .addHelpText(
      'after',
      `
Examples (from the notes):
  mcv gradient "a'*X*b" --wrt X --claim "a*b'" --shape X=3x4 --shape a=3 --shape b=4
  mcv gradient "x'*A*x" --wrt x --claim "(A' + A)*x" --shape x=n --shape A=nxn
  mcv gradient "-y'*log(softmax(T*x))" --wrt T --claim "(softmax(T*x) - y)*x'" --shape T=kxd --shape x=d --shape y=k --assume y=onehot`,
    )
    .action((f: string, o: CommonOpts & { wrt: string; claim: string }) => runClaim({ kind: 'gradient', expr: f, claim: o.claim, wrt: o.wrt, ...argsOf(o) }, o.json));

  common(
    program
      .command('differential')
      .summary('is dF the differential of F? (dF written with dW, dV, …)')
      .description('Checks that dF, written with dW for each W in --wrt, equals the derivative of F along random directions dW at random points.')
      .argument('<F>', 'the function, e.g. "inv(X)"')
      .addOption(new Option('--wrt <W,V>', 'the variables that vary, comma-separated').makeOptionMandatory())
      .addOption(new Option('--claim <dF>', 'the claimed differential, e.g. "-inv(X)*dX*inv(X)"').makeOptionMandatory()),
  )
    .addHelpText(
      'after',
      `
Examples (the notes' differential rules):
  mcv differential "X*Y" --wrt X,Y --claim "dX*Y + X*dY" --shape X=mxn --shape Y=nxp
  mcv differential "inv(X)" --wrt X --claim "-inv(X)*dX*inv(X)" --shape X=nxn --assume X=invertible
  mcv differential "sigmoid(X)" --wrt X --claim "sigmoid(X) .* (1 - sigmoid(X)) .* dX" --shape X=mxn`,
    )
    .action((F: string, o: CommonOpts & { wrt: string; claim: string }) => runClaim({ kind: 'differential', expr: F, claim: o.claim, wrt: o.wrt, ...argsOf(o) }, o.json));

  common(
    program
      .command('hessian')
      .summary('is H the Hessian of the scalar f? (d(∇f) = H[dW])')
      .description(
        'Checks that H is the Hessian of the scalar f with respect to W: Tr(Uᵀ H[V]) against the mixed second difference of f along two independent random directions U and V, at random points. ' +
          "Write H as a map of dW, of W's shape (the differential of the gradient), or, for a scalar or column W, as the n×n matrix with H[dW] = H*dW. " +
          'With --gradient G, H is also checked as the differential of G and G as the gradient of f.',
      )
      .argument('<f>', 'the scalar function, e.g. "x\'*A*x"')
      .addOption(new Option('--wrt <W>', 'the variable differentiated').makeOptionMandatory())
      .addOption(new Option('--claim <H>', 'the claimed Hessian: a map of dW (e.g. "-(inv(X)*dX*inv(X))\'") or, for a column W, the n×n matrix (e.g. "A + A\'")').makeOptionMandatory())
      .option('--gradient <G>', 'the gradient of f, if known: then H is also checked as its differential (first order, sharper)'),
  )
    .addHelpText(
      'after',
      `
Examples:
  mcv hessian "x'*A*x" --wrt x --claim "A + A'" --shape x=n --shape A=nxn
  mcv hessian "x'*A*x" --wrt x --claim "2*A" --shape x=n --shape A=nxn                       # refuted
  mcv hessian "x'*A*x" --wrt x --claim "2*A" --shape x=n --shape A=nxn --assume A=symmetric
  mcv hessian "logdet(X)" --wrt X --claim "-(inv(X)*dX*inv(X))'" --shape X=nxn --assume X=invertible
  mcv hessian "norm(X*w - y,'fro')^2" --wrt w --claim "2*X'*X" --gradient "2*X'*(X*w - y)" --shape X=mxn --shape w=n --shape y=m`,
    )
    .action((f: string, o: CommonOpts & { wrt: string; claim: string; gradient?: string }) =>
      runClaim({ kind: 'hessian', expr: f, claim: o.claim, wrt: o.wrt, ...(o.gradient !== undefined ? { gradient: o.gradient } : {}), ...argsOf(o) }, o.json),
    );

  common(
    program
      .command('jacobian')
      .summary('is J the Jacobian of F? (d vec F = J d vec W, numerator layout)')
      .description(
        'Checks that J, one row per entry of F and one column per entry of W (both in vec order, columns stacked), is the Jacobian of F: ' +
          'J*vec(dW), folded back to the shape of F, against the derivative of F along random directions dW at random points (the differential check). ' +
          'For a column F of a column x: dF = J*dx.',
      )
      .argument('<F>', 'the function, e.g. "softmax(x)"')
      .addOption(new Option('--wrt <W>', 'the variable differentiated').makeOptionMandatory())
      .addOption(new Option('--claim <J>', 'the claimed Jacobian, e.g. "diag(softmax(x)) - softmax(x)*softmax(x)\'"').makeOptionMandatory()),
  )
    .addHelpText(
      'after',
      `
Examples:
  mcv jacobian "A*x" --wrt x --claim "A"
  mcv jacobian "softmax(x)" --wrt x --claim "diag(softmax(x)) - softmax(x)*softmax(x)'"
  mcv jacobian "A*X*B" --wrt X --claim "kron(B', A)"
  mcv jacobian "A*x" --wrt x --claim "A'"                                            # refuted`,
    )
    .action((F: string, o: CommonOpts & { wrt: string; claim: string }) => runClaim({ kind: 'jacobian', expr: F, claim: o.claim, wrt: o.wrt, ...argsOf(o) }, o.json));

  common(
    program
      .command('identity')
      .summary('are lhs and rhs equal for every admissible value?')
      .description('Checks that two expressions are equal, entry by entry, at random points satisfying the assumptions.')
      .argument('<lhs>', 'left side, e.g. "trace(X*Y)"')
      .argument('<rhs>', 'right side, e.g. "trace(Y*X)"'),
  )
    .addHelpText(
      'after',
      `
Examples (the notes' trace rules):
  mcv identity "trace(X*Y)" "trace(Y*X)" --shape X=mxn --shape Y=nxm
  mcv identity "trace(X'*(Y .* C))" "trace((X .* Y)'*C)" --shape X=mxn --shape Y=mxn --shape C=mxn`,
    )
    .action((lhs: string, rhs: string, o: CommonOpts) => runClaim({ kind: 'identity', expr: lhs, claim: rhs, ...argsOf(o) }, o.json));

  common(
    program
      .command('derive')
      .summary('derive the gradient of f step by step, every line citing its rules and checked')
      .description(
        "Derives the gradient of a scalar f by the notes' method: the differential by the differential rules, the trace form by the trace rules, " +
          'G read off df = Tr(Gᵀ dW). Every line names the catalogue rules it applies and is checked by the oracle (--cases per line, default 100), ' +
          'and G is checked as a gradient claim. A matrix-valued F gets its differential dF, checked as a differential claim, and where it has a closed form ' +
          'its Jacobian J (d vec F = J d vec W), checked as a Jacobian claim.\n\n' +
          "With --wrt X,Y (several variables), each variable's terms of df are brought to its gradient as above, every line and each G verified, " +
          'and the whole df is checked as a differential claim in dX, dY at once; the last lines are G_X = …, G_Y = … (--json: `gradients`, per variable).\n\n' +
          'With --hessian, the Hessian follows: the differential of G by the same rules, d(∇f) = H[dW], its first line checked as a Hessian claim of f ' +
          '(two independent directions) and as the differential of G; for a scalar or column W also the n×n matrix with H[dW] = H*dW, checked in matrix form. ' +
          'The last lines can be pasted into `mcv hessian --claim`.\n\n' +
          'Exit status: 0 derived and verified, 1 a line refuted (a bug of mcv derive), 2 bad input, 3 f uses something mcv derive cannot differentiate.',
      )
      .argument('<f>', 'the function, e.g. "x\'*A*x"')
      .addOption(new Option('--wrt <W>', 'the variable differentiated, or several comma-separated (X,Y): one gradient each').makeOptionMandatory())
      .option('--hessian', 'derive the Hessian too: the differential of the derived gradient (and the n×n matrix for a column W)')
      .option('--emit <TARGET>', 'print instead one file computing f and its gradient (and Hessian): numpy | torch | jax | ts'),
  )
    .addHelpText(
      'after',
      `
Examples (the notes' exercises):
  mcv derive "norm(X*theta - y,'fro')^2" --wrt theta --shape X=mxd --shape theta=d --shape y=m
  mcv derive --wrt T --shape T=kxd --shape x=d --shape y=k --assume y=onehot -- "-y'*log(softmax(T*x))"
  mcv derive "inv(X)" --wrt X --shape X=nxn --assume X=invertible
  mcv derive "norm(X*w + b*ones(m,1) - y,'fro')^2" --wrt w,b --shape X=mxd --shape w=d --shape b=1 --shape y=m
  mcv derive "x'*A*x" --wrt x --shape x=n --shape A=nxn --hessian
  mcv derive "logdet(X)" --wrt X --shape X=nxn --assume X=invertible --hessian
  mcv derive "norm(X*theta - y,'fro')^2" --wrt theta --shape X=mxd --shape theta=d --shape y=m --emit numpy > least_squares.py`,
    )
    .action((f: string, o: CommonOpts & { wrt: string; hessian?: boolean; emit?: string }) => runDerive({ f, wrt: o.wrt, ...argsOf(o), ...(o.hessian ? { hessian: true } : {}) }, o.json, o.emit));

  // A function of a symmetric matrix: both conventions, for the commands where they mean something.
  for (const c of program.commands) if (['gradient', 'hessian', 'derive', 'differential'].includes(c.name())) symmetricOptions(c, c.name() !== 'differential');

  program
    .command('cookbook')
    .description(
      "The Matrix Cookbook's chapter 2, every equation (32)–(144) checked by the oracle: proven, wrong as printed (with a corrected form, proven), needs an assumption, or not expressible (why).",
    )
    .option('--equation <N>', 'only this equation (repeatable)', collect, [])
    .option('--seed <S>', 'seed of the run (each check derives its own from it)')
    .option('--cases <N>', 'cases per check (default 30)')
    .option('--json', 'print a JSON array: [{ equation, status, claim, corrected?, assumption?, reason? }]')
    .action(async (o: { equation: string[]; seed?: string; cases?: string; json?: boolean }) => {
      const { cookbookReport } = await import('./cookbook.js');
      try {
        const r = cookbookReport({ json: o.json ?? false, seed: parseSeed(o.seed), cases: parseCases(o.cases), equation: o.equation });
        io.out(r.text);
        exit(r.ok ? 0 : 1);
      } catch (e) {
        if (e instanceof InputError) bad(e.message);
        throw e;
      }
    });

  program
    .command('list')
    .description('Lists every rule of the catalogue (id, kind, area, title); --json prints the full rule objects.')
    .option('--json', 'print a JSON array')
    .action(async (o: { json?: boolean }) => {
      const { listRules } = await import('./catalogue.js');
      io.out(listRules(o.json ?? false));
      exit(0);
    });

  program
    .command('verify')
    .description('Runs the oracle over the catalogue: every rule must hold and every mistake be refuted. Exit 0 only then.')
    .option('--rule <ID>', 'only this rule (repeatable)', collect, [])
    .option('--seed <S>', 'seed of the run (each rule derives its own from it)')
    .option('--runs <N>', 'cases per rule and per mistake (default 100)')
    .option('--json', 'print one JSON object')
    .action(async (o: { rule: string[]; seed?: string; runs?: string; json?: boolean }) => {
      const { verifyCatalogue } = await import('./catalogue.js');
      try {
        const ok = verifyCatalogue({ rules: o.rule, seed: parseSeed(o.seed), cases: parseCases(o.runs), json: o.json ?? false, out: io.out });
        exit(ok ? 0 : 1);
      } catch (e) {
        if (e instanceof InputError) bad(e.message);
        throw e;
      }
    });

  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.bad;
    }
    // An expression that starts with `-` is an expression, not an unknown option.
    await program.parseAsync(expressionArgs(argv), { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof Exit) return e.code;
    if (e instanceof CommanderError) {
      const done = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0;
      if (!done && jsonMode) writeBad(e.message.replace(/^error: /, ''));
      return done ? 0 : EXIT.bad;
    }
    // An internal error: still no stack trace for users, but enough to report it.
    writeBad(e instanceof InputError ? e.message : `internal error: ${(e as Error).message}. Please report it with the command you ran.`);
    return EXIT.bad;
  }
}
