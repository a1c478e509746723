/**
 * A formula rendered by KaTeX when the site was built (see website/plugins/rehype-katex-html.ts):
 * its outer element, with KaTeX's HTML (and its MathML, which screen readers read) inside as it
 * was rendered. A formula wider than the page that scrolls on its own (a displayed one, one that
 * opens a list item) is then a named region a keyboard can reach (useScrollFocus).
 */
import { useCallback, useRef, type ReactNode } from 'react';
import { useScrollFocus } from './useScrollFocus';

export default function KatexHtml({ className, html }: { className: string; html: string }): ReactNode {
  const ref = useRef<HTMLSpanElement>(null);
  // Displayed formulas, and those that open a list item, scroll when too wide (custom.css).
  const label = useCallback(() => 'Formula, wider than the page: scroll sideways', []);
  useScrollFocus(ref, label);
  return <span ref={ref} className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
