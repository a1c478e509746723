/** KaTeX's copy-tex extension has no types: importing it only adds a copy handler to the document. */
declare module 'katex/contrib/copy-tex';
