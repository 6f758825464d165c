/**
 * Which articles the reader can see: the one in the active tab of each window. Their lookups
 * go first in the archive's queue; every other tab's wait. A tab says which article it shows
 * when its content script reports in, and forgets it when the page goes away; the browser says
 * which tab is active (`tabs.onActivated` needs no `tabs` permission). The browser events are
 * wired in background.ts: this is only the bookkeeping.
 */
export class VisibleArticles {
  private readonly articleIn = new Map<number, string>();
  private readonly activeIn = new Map<number, number>();

  /** `changed` runs whenever the set of visible articles may have changed. */
  constructor(private readonly changed: () => void = () => undefined) {}

  /** A tab's content script reported `url`; `active` is whether the tab was in front then. */
  shows(tabId: number, windowId: number, url: string, active: boolean): void {
    this.articleIn.set(tabId, url);
    if (active) this.activeIn.set(windowId, tabId);
    this.changed();
  }

  /** The page with `url` left the tab (navigated away, closed, or the worker lost the port). */
  left(tabId: number, url: string): void {
    if (this.articleIn.get(tabId) !== url) return;
    this.articleIn.delete(tabId);
    this.changed();
  }

  activated(tabId: number, windowId: number): void {
    this.activeIn.set(windowId, tabId);
    this.changed();
  }

  closed(tabId: number): void {
    this.articleIn.delete(tabId);
    for (const [windowId, active] of this.activeIn) if (active === tabId) this.activeIn.delete(windowId);
    this.changed();
  }

  /** Whether the page in `tabId` is the article `url`, as its content script last reported. */
  tabShows(tabId: number, url: string): boolean {
    return this.articleIn.get(tabId) === url;
  }

  isVisible(url: string): boolean {
    for (const tabId of this.activeIn.values()) if (this.articleIn.get(tabId) === url) return true;
    return false;
  }
}
