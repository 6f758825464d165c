/**
 * The key the Wayback CDX index sorts and matches captures by: the URL in SURT form, as in
 * `com,nytimes)/2016/09/20/nyregion/story.html`. Scheme, `www.` and default ports are dropped
 * and everything is lower-cased, so http/https and www/no-www variants of a URL share one key,
 * the way the real index treats them.
 */
export function surtKey(rawUrl: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(rawUrl) ? rawUrl : `http://${rawUrl}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return rawUrl.toLowerCase();
  }
  const host = url.hostname.toLowerCase().replace(/^www\d*\./, '');
  const defaultPort = url.port === '' || url.port === '80' || url.port === '443';
  const reversed = host.split('.').reverse().join(',') + (defaultPort ? '' : `:${url.port}`);
  const query = [...url.searchParams].sort(([a], [b]) => a.localeCompare(b));
  const search = query.length ? `?${new URLSearchParams(query).toString()}` : '';
  return `${reversed})${url.pathname}${search}`.toLowerCase();
}
