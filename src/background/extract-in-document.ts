/**
 * Archived HTML → what it holds (see readArchivedPage), wherever a DOMParser exists (Firefox's background page, Chrome's
 * offscreen document). DOMParser documents are inert: no script runs, nothing loads, and only
 * the extracted text leaves this function.
 */
import { readArchivedPage, siteForUrl, type ArchivedReading } from '../sites/index.ts';

export function readArchivedHtml(html: string, url: string): Promise<ArchivedReading> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const address = new URL(url);
  return readArchivedPage(siteForUrl(address), doc, address);
}
