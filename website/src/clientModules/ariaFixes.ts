/**
 * ARIA as the specification asks it of two pieces the theme brings, set as they appear:
 * - the local search box (@easyops-cn/docusaurus-search-local, built on autocomplete.js) is a
 *   combobox whose input names its list of suggestions with aria-controls (it only sets the older
 *   aria-owns), and the "See all results" link at the end of that list is one of its options (a
 *   listbox may hold only options);
 * - the progress bar shown while a page loads (nprogress) marks its parts role="bar" and
 *   role="spinner", which are no ARIA roles: it is decoration, hidden from assistive technology.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

function fix(root: ParentNode): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('input[role="combobox"][aria-owns]:not([aria-controls])')) input.setAttribute('aria-controls', input.getAttribute('aria-owns')!);
  for (const a of root.querySelectorAll<HTMLAnchorElement>('[role="listbox"] a:not([role])')) a.setAttribute('role', 'option');
  // nprogress finds its bar by that role, so it stays; hidden from assistive technology, it is not read.
  for (const el of root.querySelectorAll('#nprogress:not([aria-hidden])')) el.setAttribute('aria-hidden', 'true');
}

if (ExecutionEnvironment.canUseDOM) {
  const start = () => {
    fix(document);
    new MutationObserver(() => fix(document)).observe(document.body, { childList: true, subtree: true, attributeFilter: ['aria-owns'] });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
