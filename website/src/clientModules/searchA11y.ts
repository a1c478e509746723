/**
 * The local search box (@easyops-cn/docusaurus-search-local, built on autocomplete.js) as ARIA 1.2
 * asks of a combobox: the input names its list of suggestions with aria-controls (it only sets the
 * older aria-owns), and the "See all results" link at the end of that list is one of its options
 * (a listbox may hold only options). Both are set as the search box creates them.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

function fix(root: ParentNode): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('input[role="combobox"][aria-owns]:not([aria-controls])'))
    input.setAttribute('aria-controls', input.getAttribute('aria-owns')!);
  for (const a of root.querySelectorAll<HTMLAnchorElement>('[role="listbox"] a:not([role])')) a.setAttribute('role', 'option');
}

if (ExecutionEnvironment.canUseDOM) {
  const start = () => {
    fix(document);
    new MutationObserver(() => fix(document)).observe(document.body, { childList: true, subtree: true, attributeFilter: ['aria-owns'] });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
