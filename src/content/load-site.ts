/**
 * The content script runs on every page of every supported site but needs one site file: it loads that
 * one, by host, instead of the whole registry, which keeps what runs on every page small.
 */
import type { Site } from '../extract/site.ts';
import { extensionApi } from '../extension-api.ts';
import { siteChunkPath } from './site-chunk.ts';

export async function loadSite(hostname: string): Promise<Site | undefined> {
  // As siteIdsByHost keys it (src/sites/index.ts), repeated here so the content script need not import the registry.
  const id = __SITE_IDS_BY_HOST__[hostname.toLowerCase().replace(/^www\./, '')];
  if (id === undefined) return undefined;
  // The site's entry chunk, web-accessible to its own hosts (vite.config.ts); the bundler cannot see this import.
  const module = (await import(/* @vite-ignore */ extensionApi().runtime.getURL(siteChunkPath(id)))) as { default: Site };
  return module.default;
}
