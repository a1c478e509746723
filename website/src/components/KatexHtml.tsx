/**
 * A formula rendered by KaTeX when the site was built (see website/plugins/rehype-katex-html.ts):
 * its outer element, with KaTeX's HTML inside as it was rendered.
 */
import React, { type ReactNode } from 'react';

export default function KatexHtml({ className, html }: { className: string; html: string }): ReactNode {
  return <span className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
