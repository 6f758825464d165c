/**
 * The content script runs on every page of every supported site but needs one site file: it loads that
 * one, by host, instead of the whole registry, which keeps what runs on every page small.
 */
import type { Site } from '../extract/site.ts';

const siteFiles = import.meta.glob<{ default: Site }>(['../sites/*.ts', '!../sites/index.ts']);

export async function loadSite(hostname: string): Promise<Site | undefined> {
  // As siteIdsByHost keys it (src/sites/index.ts), repeated here so the content script need not import the registry.
  const id = __SITE_IDS_BY_HOST__[hostname.toLowerCase().replace(/^www\./, '')];
  const load = id === undefined ? undefined : siteFiles[`../sites/${id}.ts`];
  return load ? (await load()).default : undefined;
}
