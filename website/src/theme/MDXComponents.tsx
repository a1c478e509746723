/** The MDX components of the theme, and KatexHtml for the formulas of every page. */
import MDXComponents from '@theme-original/MDXComponents';
import KatexHtml from '@site/src/components/KatexHtml';

export default { ...MDXComponents, KatexHtml };
