/** The MDX components of the theme, KatexHtml for the formulas of every page, and tables that scroll. */
import MDXComponents from '@theme-original/MDXComponents';
import KatexHtml from '@site/src/components/KatexHtml';
import ScrollTable from '@site/src/components/ScrollTable';

export default { ...MDXComponents, KatexHtml, table: ScrollTable };
