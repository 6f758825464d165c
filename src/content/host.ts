/**
 * The extension's one element on the page: `#article-history-root` on <html>, with a shadow
 * root so the page's CSS cannot reach the launcher or the sidebar (and ours cannot reach the
 * page). Closed, because the page is not to be trusted: through an open root its scripts could
 * read the sidebar (which says when the reader read the story before) and press its buttons.
 * Assistive tools see through either. A test build opens it for the drivers (see env.d.ts).
 */
export const HOST_ID = 'article-history-root';

export function createHost(): ShadowRoot {
  document.getElementById(HOST_ID)?.remove();
  const host = document.createElement('div');
  host.id = HOST_ID;
  // The host itself must not be styled by the page: only `all: initial` resets inherited CSS.
  host.style.cssText = 'all: initial !important; position: fixed !important; z-index: 2147483646 !important; top: 0 !important; right: 0 !important; width: 0 !important; height: 0 !important;';
  document.documentElement.append(host);
  return host.attachShadow({ mode: __TEST_HOOKS__ ? 'open' : 'closed' });
}
