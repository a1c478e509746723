/**
 * The Check page's Derive result with several variables (wrt `X,Y`), as `mcv derive --wrt X,Y`
 * prints it: after the whole df, each variable's terms of df (the others fixed) brought to its
 * gradient, then one line per variable, `G_X = …`, each with a link to check it as a claim.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { checkHref, type CheckState } from '../../../properties/presentation/url.js';
import type { DeriveLine, SeveralGradientView } from './protocol.js';
import styles from './check.module.css';

/** How the page draws LaTeX, a line's rules, and a copy button (its own components, passed in). */
export interface SeveralRender {
  tex: (tex: string, display?: boolean) => ReactNode;
  why: (line: Pick<DeriveLine, 'by' | 'because'>) => ReactNode;
  copy: (text: string) => ReactNode;
}

/** Each variable's part of the derivation, numbered on from the whole df's `first` lines. */
export function SeveralDerivations({ gradients, first, refutedLine, render }: { gradients: SeveralGradientView[]; first: number; refutedLine?: number; render: SeveralRender }) {
  let n = first;
  return (
    <>
      {gradients.map((g) => {
        const others = gradients.filter((o) => o.wrt !== g.wrt).map((o) => `d${o.wrt} = 0`);
        // Lines are numbered on through the parts, as a refuted line's number counts them.
        const start = n;
        const last = start + g.lines.length + 1;
        n = g.result ? last : last - 1;
        return (
          <section key={g.wrt} data-testid="several-part" data-wrt={g.wrt}>
            <h3>
              With respect to {g.wrt}: the terms of df in d{g.wrt} ({others.join(', ')})
            </h3>
            <ol className={styles.steps} start={start + 1}>
              {g.lines.map((l, i) => (
                <li key={i} data-testid="derive-step" className={refutedLine === start + i + 1 ? styles.stepRefuted : undefined}>
                  {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a line that scrolls sideways must be reachable by keyboard (WCAG's scrollable-region-focusable, checked by axe) */}
                  <section className={styles.stepMath} aria-label={`line ${start + i + 1}`} tabIndex={0}>
                    {render.tex(`${l.lead ? `${l.lead} ` : ''}= ${l.latex}`, true)}
                  </section>
                  {render.why(l)}
                </li>
              ))}
              {g.result && (
                <li data-testid="derive-result" className={refutedLine === last ? styles.stepRefuted : undefined}>
                  {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a line that scrolls sideways must be reachable by keyboard (WCAG's scrollable-region-focusable, checked by axe) */}
                  <section className={styles.stepMath} aria-label={`line ${last}: the gradient with respect to ${g.wrt}`} tabIndex={0}>
                    {render.tex(`\\frac{\\partial f}{\\partial ${g.wrtTex}} = ${g.result.latex}`, true)}
                  </section>
                  <p className={styles.why}>
                    read off {render.tex(`df = \\operatorname{Tr}(\\mathbf{G}^\\top d${g.wrtTex})`)} (<Link to="/method#equation-1">equation (1)</Link>)
                  </p>
                  {render.why(g.result)}
                </li>
              )}
            </ol>
          </section>
        );
      })}
    </>
  );
}

/** The lines a derivation with several variables checked: the whole df, and each part's lines and G. */
export function severalLineCount(gradients: readonly SeveralGradientView[]): number {
  return gradients.reduce((sum, g) => sum + g.lines.length + (g.result ? 1 : 0), 0);
}

/** `G_X = …` for each variable, as the last lines of `mcv derive --wrt X,Y`, each copyable and checkable. */
export function SeveralResults({ gradients, ran, render }: { gradients: SeveralGradientView[]; ran: CheckState; render: SeveralRender }) {
  return (
    <>
      <h3>Each G in mcv&apos;s syntax</h3>
      <p>
        Paste one into <code>--claim</code> with its <code>--wrt</code>, or check a claim of yours against f:
      </p>
      {gradients.map(
        (g) =>
          g.result && (
            <React.Fragment key={g.wrt}>
              <div className={styles.command}>
                <span className={styles.commandText} data-testid="several-result" data-wrt={g.wrt}>
                  G_{g.wrt} = {g.result.source}
                </span>
                {render.copy(g.result.source)}
              </div>
              <p>
                {/* G is in the trace sense: checked along every direction, whatever the symmetric-W select says. */}
                <Link to={checkHref({ ...ran, kind: 'gradient', wrt: g.wrt, claim: g.result.source, seed: '', sym: '' })} data-testid="check-derived">
                  Check G_{g.wrt} as a claim
                </Link>
              </p>
            </React.Fragment>
          ),
      )}
    </>
  );
}
