/** Reaching the options page as a reader does: the sidebar's settings button opens it in a tab. */
import type { BrowserSession } from '../support/browsers.ts';
import { inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';

/** Opens `article`'s sidebar, clicks its settings button and continues in the tab that opens; returns that tab's URL. */
export async function openSettingsFromSidebar(browser: BrowserSession, article: string): Promise<URL> {
  await browser.open(article);
  await browser.waitFor(LAUNCHER_COUNTED, 60_000);
  await browser.click('#article-history-root >>> [data-testid=launcher]');
  await browser.waitFor(inShadow('[data-testid=open-options]'), 30_000);
  return new URL(await browser.followNewTab(() => browser.click('#article-history-root >>> [data-testid=open-options]')));
}
