/// <reference types="vite/client" />

/** host → site id, from the registry at build time (vite.config.ts), so the content script need not import it. */
declare const __SITE_IDS_BY_HOST__: Record<string, string>;

/**
 * True only in a build made with ARTICLE_HISTORY_TEST_HOOKS=1 (the e2e tests, `npm start`, the
 * UI bench, and checks outside this repository): the shadow root is then open, so a driver can
 * reach the `data-testid` hooks inside it. The only difference from the shipped build.
 */
declare const __TEST_HOOKS__: boolean;
