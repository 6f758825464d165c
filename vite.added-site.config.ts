/**
 * The content script of the sites the reader added, as one classic script (IIFE) with every lazy
 * import inlined, the sidebar among them. Registered at run time for a site no site file reads,
 * it cannot load the extension's chunks: they are web-accessible to the supported sites only,
 * and opening them to every site would let any page detect the extension. scripts/build.ts runs
 * this after the main build of each browser, into its assets/ folder.
 */
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

type Browser = 'chrome' | 'firefox';

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    define: { __TEST_HOOKS__: JSON.stringify(process.env.ARTICLE_HISTORY_TEST_HOOKS === '1') },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // The main build's public/ files are there already; this build adds one file.
    publicDir: false,
    build: {
      outDir: `dist/${browser}/assets`,
      emptyOutDir: false,
      target: browser === 'chrome' ? 'chrome116' : 'firefox140',
      minify: true,
      sourcemap: false,
      modulePreload: false,
      lib: {
        entry: resolve(import.meta.dirname, 'src/content/added-site-script.ts'),
        formats: ['iife'],
        name: 'articleHistoryAddedSite',
        fileName: () => 'added-site.js',
      },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  };
});
