/**
 * The Check page's select for a function of a symmetric matrix: the trace sense along every
 * direction (the default), symmetric directions only, or the independent-entries convention
 * (`--directions symmetric`, `--convention entries`; properties/oracle/symmetric.ts).
 */
import Link from '@docusaurus/Link';
import { checkHref, type CheckState } from '../../../properties/presentation/url.js';
import type { DeriveView } from './protocol.js';
import styles from './check.module.css';

const OPTIONS: readonly { value: string; label: string }[] = [
  { value: '', label: 'trace sense, every direction dW (default)' },
  { value: 'symmetric', label: 'symmetric directions only: the gradient within the symmetric matrices' },
  { value: 'entries', label: 'independent entries of a symmetric W (G + Gᵀ − G∘I)' },
];

/** The select; `kind` hides the entries convention where it has no meaning (a differential). */
export function SymmetricSelect({ value, kind, onChange }: { value: string; kind: string; onChange: (v: string) => void }) {
  const options = kind === 'differential' ? OPTIONS.filter((o) => o.value !== 'entries') : OPTIONS;
  return (
    <div className={styles.field}>
      <label htmlFor="mcv-check-sym" className={styles.label}>
        symmetric W
      </label>
      <div className={styles.control}>
        <select id="mcv-check-sym" className={styles.input} data-testid="sym" value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <div className={styles.hint}>
          For a function of a symmetric matrix: which convention the claim is in (
          <Link to="/guide/symmetric" style={{ textDecoration: 'underline' }}>
            the two conventions
          </Link>
          ).
        </div>
      </div>
    </div>
  );
}

/** The Derive kind with the select set: the derived G converted to that convention, checked in it, with a link that checks it as a claim. */
export function ConvertedResult({ converted, ran }: { converted: NonNullable<DeriveView['converted']>; ran: CheckState }) {
  return (
    <div data-testid="derived-converted">
      <h3>In the convention selected</h3>
      <p>
        {converted.meaning}: {converted.verdict === 'verified' ? 'verified in that convention.' : `refuted in that convention (a bug of mcv: please report it): ${converted.reason ?? ''}`}
      </p>
      <div className={styles.command}>
        <span className={styles.commandText}>{converted.source}</span>
      </div>
      <p>
        <Link to={checkHref({ ...ran, kind: 'gradient', claim: converted.source, seed: '' })}>Check it as a claim in that convention</Link>
      </p>
    </div>
  );
}
