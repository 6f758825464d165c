/**
 * One source manifest, two builds: `vite build --mode chrome` writes dist/chrome (MV3 service
 * worker + offscreen document for HTML parsing), `--mode firefox` writes dist/firefox (event
 * page with DOMParser, gecko settings). The differences live here and nowhere else.
 */
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { contentScriptMatches, siteIdsByHost, sites } from './src/sites/index.ts';
import { siteChunkPath, siteEntryName } from './src/content/site-chunk.ts';
import { stripTestPages } from './scripts/strip-test-pages.ts';

type Browser = 'chrome' | 'firefox';
type Manifest = Record<string, unknown> & {
  background: { service_worker?: string; scripts?: string[]; type?: string };
  content_scripts: { matches: string[]; js: string[] }[];
  web_accessible_resources?: { matches: string[]; resources: string[] }[];
  permissions: string[];
  host_permissions: string[];
};

const GECKO_ID = 'article-history@article-history.org';

function manifestFor(browser: Browser): Manifest {
  const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8')) as Manifest;
  manifest.version = (JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string }).version;
  // The registry decides which pages get the content script, so adding a site file is enough.
  for (const script of manifest.content_scripts) script.matches = contentScriptMatches();
  // Followed stories are read with no tab open: the background fetches them, which needs the
  // sites as host permissions. Chrome's install prompt already names them for the content
  // scripts ("read and change your data on ..."), so listing them adds no warning there; Firefox
  // MV3 treats content-script matches as host permissions the reader grants, and listing them
  // puts them in the install prompt instead of leaving the scripts silently off.
  manifest.host_permissions = [...manifest.host_permissions, ...contentScriptMatches()];
  // The content script imports its site's chunk by URL (src/content/load-site.ts), which the
  // bundler cannot follow: those chunks are listed here for the pages of the sites themselves.
  manifest.web_accessible_resources = [{ matches: contentScriptMatches(), resources: sites.map((site) => siteChunkPath(site.id)) }];
  if (browser === 'chrome') {
    // The service worker has no DOMParser; archived HTML is parsed in an offscreen document.
    manifest.permissions = [...manifest.permissions, 'offscreen'];
    manifest.minimum_chrome_version = '116';
  } else {
    const worker = manifest.background.service_worker!;
    manifest.background = { scripts: [worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // data_collection_permissions arrived in Firefox 140 (the current ESR) and 142 on Android.
        strict_min_version: '140.0',
        // Article URLs go to the web archive: that is browsing activity leaving the device.
        data_collection_permissions: { required: ['browsingActivity'], optional: [] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}

/** Each site file is an entry of its own, named by its id, so the content script can load it by id. */
const siteEntries = Object.fromEntries(sites.map((site) => [siteEntryName(site.id), resolve(import.meta.dirname, `src/sites/${site.id}.ts`)]));
const isSiteEntry = new Set(Object.keys(siteEntries));

/**
 * Vite wraps every lazy import() in a helper that adds <link rel="modulepreload"> tags for the
 * chunk's imports to the document: for a content script that document is the news page itself,
 * and the helper (0.7 KB gzip) would ride along on every article. An extension's chunks load
 * from the extension itself; the lazy import needs nothing but itself.
 */
const plainLazyImports = {
  name: 'article-history:plain-lazy-imports',
  enforce: 'pre' as const,
  load: (id: string) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null),
};

export default defineConfig(({ mode }) => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [plainLazyImports, stripTestPages, crx({ manifest: manifestFor(browser) as unknown as ManifestV3Export, browser })],
    define: { __SITE_IDS_BY_HOST__: JSON.stringify(siteIdsByHost()), __TEST_HOOKS__: JSON.stringify(process.env.ARTICLE_HISTORY_TEST_HOOKS === '1') },
    resolve: { alias: { '#html-extractor': resolve(import.meta.dirname, `src/background/html-extractor/${browser}.ts`) } },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'chrome' ? 'chrome116' : 'firefox140',
      minify: true,
      sourcemap: false,
      // Content scripts cannot preload modules: vite's helper would add <link rel=modulepreload> tags
      // to the news page itself and ship a dependency table in every context.
      modulePreload: false,
      rolldownOptions: {
        input: {
          // Extension pages the manifest does not name: crxjs builds only what it lists. The toolbar's
          // offer to add a site is set as a tab's popup at run time.
          followed: resolve(import.meta.dirname, 'src/followed/followed.html'),
          offer: resolve(import.meta.dirname, 'src/popup/offer.html'),
          ...(browser === 'chrome' ? { offscreen: resolve(import.meta.dirname, 'src/offscreen/offscreen.html') } : {}),
          ...siteEntries,
        },
        output: {
          entryFileNames: (chunk) => (isSiteEntry.has(chunk.name) ? 'assets/[name].js' : 'assets/[name]-[hash].js'),
          // The browser API, the message guards (and the port's message parts), the strings and the settings go together: every context needs
          // them, and split by which pages share them they cost every article a few hundred bytes.
          codeSplitting: {
            groups: [
              { name: 'extension-api', test: /[\\/]src[\\/](messages|i18n|extension-api|settings|core[\\/]message-parts)\.ts$/ },
              // What every article runs to read its text, in one chunk: split by which lazy chunks
              // also import a part of it (the generic reader does), it costs another request and
              // another chunk's overhead on every article.
              { name: 'page', test: /[\\/]src[\\/]extract[\\/](page|site|dom|text|metadata|template|chrome-lines)\.ts$/ },
            ],
          },
        },
      },
    },
  };
});
