/// <reference types="vite/client" />

/** host → site id, from the registry at build time (vite.config.ts), so the content script need not import it. */
declare const __SITE_IDS_BY_HOST__: Record<string, string>;
