/**
 * The expressions of the catalogue written for PyTorch, so that `gradcheck` checks the same f as
 * the oracle: the mathjs tree, as the oracle parses it, printed as a Python expression over the
 * helpers of bench/gradcheck.py. Every value is a 2-D float64 tensor (a scalar is 1×1), with the
 * oracle's semantics: `*` is the matrix product unless a side is 1×1, `/` by a matrix is a product
 * with its inverse, logdet is log|det|, softmax and logsumexp work on columns, norm(x) of a vector
 * and norm(X,'fro') are the Frobenius norm. Each operation's callable is its entry's `torch`
 * (properties/engine/ops/). A construct without a translation throws, naming it.
 */
import type { MathNode } from 'mathjs';
import { CONSTANTS } from '../properties/engine/expr.js';
import { functionOp, operatorOp } from '../properties/engine/ops/index.js';

/** The Python text of a parsed expression; variables and dimension letters are read from `v`. */
export function torchExpr(node: MathNode): string {
  const n = node as MathNode & { value?: unknown; name?: string; fn?: unknown; args?: MathNode[]; content?: MathNode; items?: MathNode[] };
  switch (node.type) {
    case 'ConstantNode':
      if (typeof n.value === 'number') return `c(${JSON.stringify(n.value)})`;
      if (n.value === 'fro') return "'fro'";
      throw new Error(`no torch translation for the constant ${node.toString()}`);
    case 'SymbolNode':
      return n.name! in CONSTANTS ? `c(${CONSTANTS[n.name!]})` : `v[${JSON.stringify(n.name)}]`;
    case 'ParenthesisNode':
      return torchExpr(n.content!);
    case 'ArrayNode': {
      const rows = n.items!.every((it) => it.type === 'ArrayNode') ? n.items!.map((it) => (it as unknown as { items: MathNode[] }).items) : [n.items!];
      return `arr([${rows.map((r) => `[${r.map(torchExpr).join(', ')}]`).join(', ')}])`;
    }
    case 'OperatorNode': {
      if (n.fn === 'unaryPlus') return torchExpr(n.args![0]!);
      const op = operatorOp(n.fn as string);
      if (!op) throw new Error(`no torch translation for the operator ${String(n.fn)}`);
      return `${op.torch}(${n.args!.map(torchExpr).join(', ')})`;
    }
    case 'FunctionNode': {
      const name = (n.fn as { name?: string }).name ?? '';
      const op = functionOp(name);
      if (!op) throw new Error(`no torch translation for the function ${name}`);
      return `${op.torch}(${n.args!.map(torchExpr).join(', ')})`;
    }
  }
  throw new Error(`no torch translation for ${node.type}`);
}
