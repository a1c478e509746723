/**
 * Every Markdown table of the site: inside a box that scrolls sideways rather than widening the
 * page, and that is a named region a keyboard can reach whenever it does scroll (useScrollFocus),
 * named after the table's column headings.
 */
import { useCallback, useRef, type ComponentProps, type ReactNode } from 'react';
import { useScrollFocus } from './useScrollFocus';

export default function ScrollTable(props: ComponentProps<'table'>): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const label = useCallback(() => {
    const heads = [...(ref.current?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent?.trim()).filter(Boolean);
    return `Table${heads.length ? ` of ${heads.join(', ')}` : ''}, wider than the page: scroll sideways`;
  }, []);
  useScrollFocus(ref, label);
  return (
    <div ref={ref} className="mcv-table-scroll">
      <table {...props} />
    </div>
  );
}
