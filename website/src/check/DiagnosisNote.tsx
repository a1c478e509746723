/** The Check page's line on a refuted claim's mistake: how it relates to the derived answer (properties/derive/diagnose.ts). */
import type { ReactElement } from 'react';
import type { Diagnosis } from '../../../properties/derive/diagnose.js';

/** The diagnosis, as `mcv` prints it after `diagnosis:`; the verified identity is in its summary. */
export function DiagnosisNote({ diagnosis }: { diagnosis: Diagnosis }): ReactElement {
  return (
    <p data-testid="diagnosis" data-kind={diagnosis.kind}>
      <strong>{diagnosis.kind === 'none' ? 'No diagnosis:' : 'Diagnosis:'}</strong> {diagnosis.summary}
    </p>
  );
}
