/**
 * The reference site. Docs come from ../docs: hand-written guide pages, and pages generated from
 * the rule objects by scripts/generate-docs.ts (run by `npm run build:site` and `npm start`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeKatexHtml from './plugins/rehype-katex-html';

// An absolute path to KaTeX's CSS, so the stylesheet and its fonts are bundled (no CDN).
const require = createRequire(import.meta.url);
const here = (p: string) => new URL(p, import.meta.url).pathname;
// The interactive "Check" page is another piece of work; link it from the navbar once it exists.
const hasCheckPage = ['tsx', 'jsx', 'js', 'md', 'mdx'].some((ext) => existsSync(here(`./src/pages/check.${ext}`)) || existsSync(here(`./src/pages/check/index.${ext}`)));

/** Every @docusaurus/faster option that `future.v4` turns on. */
const FASTER = {
  swcJsLoader: true,
  swcJsMinimizer: true,
  swcHtmlMinimizer: true,
  lightningCssMinimizer: true,
  mdxCrossCompilerCache: true,
  rspackBundler: true,
  rspackPersistentCache: true,
  ssgWorkerThreads: true,
};

const config: Config = {
  title: 'matrix-calculus-verified',
  tagline: 'Matrix calculus you can trust: every formula on this site was checked numerically when the site was built.',
  favicon: 'img/favicon.svg',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    // .md is CommonMark (generated pages may contain `{` and `<`), .mdx stays MDX.
    format: 'detect',
    hooks: { onBrokenMarkdownLinks: 'throw' },
  },
  // The v4 flags turn on @docusaurus/faster (rspack, its persistent cache, SSG worker threads). No page shows
  // a last-update date, so git history is not read at all (seconds of every build). CI builds once
  // in a fresh clone, where writing rspack's cache for a next build that never comes costs about
  // ten seconds of CPU: it is off there, and on for `npm start` and local test runs.
  future: {
    // Every v4 flag but CSS cascade layers: with them the build wraps Infima's rules in
    // `:not(#\#)` selectors that outrank src/css/custom.css, and the site lost its own colours
    // (Infima's #3578e5, below the 4.5:1 contrast WCAG AA asks of text).
    v4: {
      removeLegacyPostBuildHeadAttribute: true,
      useCssCascadeLayers: false,
      siteStorageNamespacing: true,
      fasterByDefault: true,
      mdx1CompatDisabledByDefault: true,
    },
    experimental_vcs: false,
    ...(process.env.CI ? { faster: { ...FASTER, rspackPersistentCache: false } } : {}),
  },
  i18n: { defaultLocale: 'en', locales: ['en'] },
  presets: [
    [
      'classic',
      {
        docs: {
          path: '../docs',
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          remarkPlugins: [remarkMath],
          // KaTeX renders each formula at build time; rehypeKatexHtml hands it to the page as one string.
          rehypePlugins: [[rehypeKatex, { strict: false }], rehypeKatexHtml],
          showLastUpdateTime: false,
        },
        blog: false,
        theme: { customCss: ['./src/css/custom.css', require.resolve('katex/dist/katex.min.css')] },
      } satisfies Preset.Options,
    ],
  ],
  clientModules: ['./src/clientModules/copyTex.ts', './src/clientModules/ariaFixes.ts'],
  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: false,
        indexPages: false,
        docsDir: '../docs',
        docsRouteBasePath: '/',
        language: ['en'],
        highlightSearchTermsOnTargetPage: false,
        searchResultLimits: 8,
        // Formulas are indexed as KaTeX's MathML and LaTeX annotation: noise in results, and time at build.
        ignoreCssSelectors: ['.katex'],
        explicitSearchResultPath: true,
        // The cheat sheets repeat the rule pages: a search finds the rule's own page instead.
        ignoreFiles: [/^cheatsheet/, /^quick-sheet/],
      },
    ],
  ],
  plugins: [
    // The last step of the build: print the cheat sheet page to mcv-cheatsheet.pdf in the build
    // output (scripts/site/pdf.ts, with the same chromium as the browser tests).
    () => ({
      name: 'mcv-cheatsheet-pdf',
      postBuild: async ({ outDir }: { outDir: string }) => {
        const script = here('../scripts/site/pdf.ts');
        const r = spawnSync(process.execPath, ['--import', 'tsx', script, outDir], { stdio: 'inherit', cwd: here('..') });
        if (r.status !== 0) throw new Error(`the cheat sheet was not printed (${script} exited with ${r.status ?? r.signal}); its message is above`);
      },
    }),
    // The Check page (src/check/) runs the oracle's own code, written with NodeNext `./x.js`
    // specifiers that name .ts files: let webpack / rspack resolve them as TypeScript.
    () => ({
      name: 'mcv-ts-js-specifiers',
      configureWebpack: () => ({ resolve: { extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } } }),
    }),
  ],
  themeConfig: {
    colorMode: { defaultMode: 'light', respectPrefersColorScheme: true },
    docs: { sidebar: { hideable: true, autoCollapseCategories: true } },
    navbar: {
      title: 'mcv',
      logo: { alt: 'matrix-calculus-verified', src: 'img/favicon.svg' },
      items: [
        { to: '/method', label: 'Method', position: 'left' },
        { to: '/catalogue', label: 'Catalogue', position: 'left' },
        { to: '/exercises', label: 'Exercises', position: 'left' },
        { to: '/guide/oracle', label: 'Guide', position: 'left' },
        ...(hasCheckPage ? [{ to: '/check', label: 'Check', position: 'left' as const }] : []),
        { type: 'search', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Reference',
          items: [
            { label: 'Method', to: '/method' },
            { label: 'Catalogue', to: '/catalogue' },
            { label: 'Exercises', to: '/exercises' },
          ],
        },
        {
          title: 'Guide',
          items: [
            { label: 'How the oracle works', to: '/guide/oracle' },
            { label: 'Command line', to: '/guide/cli' },
          ],
        },
      ],
      copyright: 'Every formula on this site is checked numerically by the same code as `npm test` and `mcv`.',
    },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
    prism: { additionalLanguages: ['bash'] },
  } satisfies Preset.ThemeConfig,
};

export default config;
