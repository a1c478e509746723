/** /check: check a formula of your own in the browser (see src/check/). */
import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import CheckPage from '../check/CheckPage';

export default function Check(): ReactNode {
  return (
    <Layout title="Check a formula" description="Check a gradient, a differential or a matrix identity of your own in the browser, with the same oracle as mcv and the catalogue.">
      <CheckPage />
    </Layout>
  );
}
