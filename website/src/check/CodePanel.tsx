/**
 * The derived gradient as code (`mcv derive --emit`): one tab per target library, the file as the
 * command prints it, and a copy button. The code is made in the worker with the derivation
 * (check.worker.ts), by the same emitter as the CLI's.
 */
import { useState, type ReactNode } from 'react';
import type { DeriveView } from './protocol.js';
import styles from './check.module.css';

/** How each target is named on its tab. */
const LABELS: Readonly<Record<string, string>> = { numpy: 'NumPy', torch: 'PyTorch', jax: 'JAX', ts: 'TypeScript' };

/** The code of f and its gradient in each target, with a copy button (`copy` renders the page's own). */
export default function CodePanel({ code, command, copy }: { code: NonNullable<DeriveView['code']>; command: string; copy: (text: string) => ReactNode }) {
  const [target, setTarget] = useState(code[0]!.target);
  const shown = code.find((c) => c.target === target) ?? code[0]!;
  return (
    <div data-testid="code-panel">
      <h3>As code</h3>
      <p>
        One file computing f and its gradient (F and its Jacobian for a vector or matrix F), and both together with what they share computed once, in the idiom of the library; the same file as{' '}
        <code>{`${command} --emit ${shown.target}`}</code> prints.
      </p>
      <div className={styles.codeTabs}>
        {/* The tabs alone in the tablist (ARIA allows no other child there); the copy button beside it. */}
        <div role="tablist" aria-label="target library" className={styles.codeTabs} style={{ marginBottom: 0 }}>
          {code.map((c) => (
            <button
              key={c.target}
              type="button"
              role="tab"
              aria-selected={c.target === shown.target}
              className={`button button--sm ${c.target === shown.target ? 'button--primary' : 'button--secondary'}`}
              onClick={() => setTarget(c.target)}
              data-testid={`code-tab-${c.target}`}
            >
              {LABELS[c.target] ?? c.target}
            </button>
          ))}
        </div>
        {copy(shown.code)}
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a file that scrolls must be reachable by keyboard (WCAG's scrollable-region-focusable, checked by axe) */}
      <pre className={styles.code} role="tabpanel" tabIndex={0} data-testid="code" data-target={shown.target}>
        {shown.code}
      </pre>
    </div>
  );
}
