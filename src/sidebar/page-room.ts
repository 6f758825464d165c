/**
 * Room for the sidebar beside the article. While it is open, the page's root element gets a
 * right margin as wide as the sidebar, so the site lays the article out in the space left
 * instead of under the sidebar, where the marks on its paragraphs would be hidden. The page's
 * own inline value is recorded first and put back exactly when the room is released.
 * Loaded with the sidebar, never on page load.
 */

/** Narrower than this, the page would be unreadable beside the sidebar: the sidebar covers it instead. */
const MIN_PAGE_WIDTH = 480;

export interface PageRoom {
  /** Narrows the page for a sidebar `width` px wide in a window `viewportWidth` px wide (or stops, if that leaves too little). */
  set(width: number, viewportWidth: number): void;
  /** Puts the page's layout back as it was before the first `set`. */
  release(): void;
}

const PROPERTY = 'margin-right';

export function createPageRoom(doc: Document): PageRoom {
  let saved: { value: string; priority: string; hadStyle: boolean } | null = null;
  const root = doc.documentElement;

  function release() {
    if (!saved) return;
    if (saved.value) root.style.setProperty(PROPERTY, saved.value, saved.priority);
    else root.style.removeProperty(PROPERTY);
    if (!saved.hadStyle && root.getAttribute('style') === '') root.removeAttribute('style');
    saved = null;
  }

  return {
    set(width, viewportWidth) {
      if (viewportWidth - width < MIN_PAGE_WIDTH) return release();
      saved ??= { value: root.style.getPropertyValue(PROPERTY), priority: root.style.getPropertyPriority(PROPERTY), hadStyle: root.hasAttribute('style') };
      // Important, and inline: a site's own `html { margin: 0 !important }` must not win.
      root.style.setProperty(PROPERTY, `${width}px`, 'important');
    },
    release,
  };
}
