/**
 * Runs on every page of a supported site. The check is cheap (URL rules and a few meta tags);
 * on a page that is not an article it stops there: nothing shown, nothing sent.
 */
import { jsonLdOnce } from '../extract/dom.ts';
import { detectWithSite, extractWithSite } from '../extract/page.ts';
import { showHistoryOnPage } from './article-page.ts';
import { loadSite } from './load-site.ts';

void showHistoryOnPage(async (url) => {
  const site = await loadSite(url.hostname);
  const objects = jsonLdOnce(document);
  if (!site || detectWithSite(site, url, document, objects).kind !== 'article') return null;
  // The extractor gives the same canonical URL and live-blog flag as the detection did.
  return extractWithSite(site, document, url, objects());
});
