/** What max(A, B) and min(A, B) share: the entrywise value, its bound and the differential. */
import { add, call, div, emul, num, sub, type Node } from '../ast.js';
import * as M from '../matrix.js';
import { plus } from './differentials.js';
import { err } from './rounding.js';
import { CALL, entrywise, entrywiseShape } from './shared.js';
import { P, type Op } from './types.js';
import { fn, pyBroadcast, python, scalarArray, tsZip } from './code.js';

/**
 * The entry of two-argument max (`larger`) or min, MATLAB's meaning: entry by entry, a 1×1 argument
 * against every entry. Exact, and a move of the arguments by (ea, eb) moves it by at most
 * max(ea, eb), so that is the bound. Its derivative where A = B is the mean of the two sides,
 * ½(da + db), which is right for max(X, X) = X and is what a symmetric difference measures.
 */
export function extremum(name: 'max' | 'min', larger: boolean): Op {
  const pick = larger ? Math.max : Math.min;
  const word = larger ? 'larger' : 'smaller';
  return {
    name,
    syntax: [`${name}(A, B)`],
    form: 'function',
    arity: [2, 2],
    doc: `the ${word} of A and B entry by entry (a 1×1 argument is compared with every entry; ${name}(z, 0) is ${larger ? 'relu(z)' : '−relu(−z)'})`,
    elementwise: false,
    smooth: false,
    scale: 'free',
    evaluate: (args, c) => entrywise(`take the ${word} entries of`, args, c, pick, (a, b) => M.zip(err(a), err(b), (p, q) => Math.max(p, q))),
    tex: ([a, b]) => ({ tex: `\\${name}(${a!.tex}, ${b!.tex})`, prec: P.Atom }),
    differential: {
      rules: [`diff-elementwise-${name}`],
      because: () => `where no entries of the two arguments are equal (${name} has a kink there, where the derivative used is the mean of the two sides).`,
      d: ({ args: [a, b], dargs: [da, db] }) => {
        // s = sign(A − B): the derivative is (1 ± s)/2 for A and (1 ∓ s)/2 for B.
        const s = call('sign', sub(a!, b!));
        const half = (n: Node) => div(n, num(2));
        const [ca, cb] = larger ? [add(num(1), s), sub(num(1), s)] : [sub(num(1), s), add(num(1), s)];
        return plus(da ? emul(half(ca), da) : null, db ? emul(half(cb), db) : null);
      },
    },
    shape: entrywiseShape,
    linearity: 'nonlinear',
    printing: CALL,
    torch: larger ? 'torch.maximum' : 'torch.minimum',
    code: {
      ...python(([a, b], k) => fn(`${k.lib.m}.${larger ? 'maximum' : 'minimum'}`, scalarArray(k.lib, pyBroadcast(a!, k)), scalarArray(k.lib, pyBroadcast(b!, k)))),
      ts: ([a, b], k) => {
        const f = larger ? 'Math.max' : 'Math.min';
        return a!.repr === 'scalar' && b!.repr === 'scalar' ? fn(f, a!.code, b!.code) : tsZip(a!, b!, f, k);
      },
    },
    domain: {
      where: 'a ≠ b',
      onKink: (a, b) => a === b,
      kink: `where a = b: mcv derive uses ½(da + db), the mean of the two sides; the derivative of the ${word} argument everywhere else`,
    },
    reference: `${name}(a, b)`,
  };
}
