/**
 * A formula rendered by KaTeX when the site was built (see website/plugins/rehype-katex-html.ts):
 * its outer element, with KaTeX's HTML (and its MathML, which screen readers read) inside as it
 * was rendered. A displayed formula wider than the page scrolls on its own, and is then a named
 * region a keyboard can reach (useScrollFocus).
 */
import React, { useCallback, useRef, type ReactNode } from 'react';
import { useScrollFocus } from './useScrollFocus';

export default function KatexHtml({ className, html }: { className: string; html: string }): ReactNode {
  const ref = useRef<HTMLSpanElement>(null);
  const display = className.split(/\s+/).includes('katex-display');
  const label = useCallback(() => 'Formula, wider than the page: scroll sideways', []);
  useScrollFocus(ref, label, display);
  return <span ref={ref} className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
