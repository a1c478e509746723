/**
 * Copyable formulas: selecting a formula and copying it puts its LaTeX on the clipboard
 * ($…$ inline, $$…$$ displayed), from the TeX annotation KaTeX writes into every formula.
 * KaTeX's copy-tex extension listens to the document's copy event, so it loads in the browser only.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

if (ExecutionEnvironment.canUseDOM) void import('katex/contrib/copy-tex');
