/**
 * The content script of a site the reader added, registered at run time for that site's origin
 * alone. Built as one classic script with the sidebar inside (scripts/build.ts): a script
 * registered for any site cannot load the extension's chunks unless they are web-accessible to
 * every site, which would let every page detect the extension.
 */
import { showHistoryOnPage } from './article-page.ts';
import { readAddedSite } from './added-site.ts';

void showHistoryOnPage((url) => readAddedSite(url, document));
