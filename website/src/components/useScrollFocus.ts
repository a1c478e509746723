/**
 * A region that scrolls sideways (a wide formula or table) must be reachable by keyboard (WCAG
 * 2.1.1; axe's scrollable-region-focusable): while the element overflows, it is a named region in
 * the tab order (tabindex=0, role=region, aria-label), so arrow keys scroll it; while it fits, it
 * is left alone and adds no tab stop.
 */
import { useLayoutEffect, type RefObject } from 'react';

export function useScrollFocus(ref: RefObject<HTMLElement | null>, label: () => string, enabled = true): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !enabled) return undefined;
    const update = () => {
      const scrolls = el.scrollWidth > el.clientWidth + 1;
      if (scrolls && !el.hasAttribute('tabindex')) {
        el.setAttribute('tabindex', '0');
        el.setAttribute('role', 'region');
        el.setAttribute('aria-label', label());
      } else if (!scrolls && el.hasAttribute('tabindex')) {
        for (const a of ['tabindex', 'role', 'aria-label']) el.removeAttribute(a);
      }
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, label, enabled]);
}
