/**
 * What the toolbar button offers on a page, and the sites the reader added as stored: shared by
 * the background (the click, the scripts), the offer popup and the options page.
 */
import browser from 'webextension-polyfill';
import { ADDED_SITES_KEY, addOffer, readAddedSites, type AddedSite, type AddOffer } from './core/added-sites.ts';
import { DEFAULT_WAYBACK_BASE } from './settings.ts';

export async function loadAddedSites(): Promise<AddedSite[]> {
  return readAddedSites((await browser.storage.local.get(ADDED_SITES_KEY))[ADDED_SITES_KEY]);
}

/** What the toolbar button offers on the page at `url`, against the stored list. */
export async function offerFor(url: string | undefined): Promise<AddOffer> {
  if (!url) return { kind: 'never' };
  return addOffer(url, {
    // As siteIdsByHost keys it (src/sites/index.ts), so that no context here loads the registry.
    isSupportedHost: (host) => Object.hasOwn(__SITE_IDS_BY_HOST__, host.toLowerCase().replace(/^www\./, '')),
    // The archive's pages are never stories to look up in the archive.
    neverHosts: [new URL(DEFAULT_WAYBACK_BASE).hostname, 'archive.org'],
    added: await loadAddedSites(),
  });
}
