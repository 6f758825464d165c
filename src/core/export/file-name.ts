/** What a downloaded export is called and typed as. */

export type ExportFormat = 'atom' | 'markdown' | 'json';

export const EXPORT_FILES: Record<ExportFormat, { extension: string; mediaType: string }> = {
  atom: { extension: 'atom', mediaType: 'application/atom+xml' },
  markdown: { extension: 'md', mediaType: 'text/markdown' },
  json: { extension: 'json', mediaType: 'application/json' },
};

/** The feed of every followed story: one file, whichever stories it holds. */
export const FOLLOWED_FEED_FILE = 'followed-stories.atom';

const MAX_SLUG = 60;

/**
 * "ahmad-khan-rahami-is-arrested-in-bombings.history.atom": the story's headline in letters and
 * digits of any script, then the format. A headline with none (or none at all) gives the host.
 */
export function exportFileName(headline: string, url: string, format: ExportFormat): string {
  const slug = (text: string) => {
    const whole = [...text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '')];
    if (whole.length <= MAX_SLUG) return whole.join('');
    // Cut at the last whole word that fits, unless that leaves too little to say which story.
    const cut = whole.slice(0, MAX_SLUG).join('');
    const lastWord = cut.lastIndexOf('-');
    return lastWord > MAX_SLUG / 2 ? cut.slice(0, lastWord) : cut;
  };
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // Not a URL: the headline alone names it.
  }
  return `${slug(headline) || slug(host) || 'article'}.history.${EXPORT_FILES[format].extension}`;
}
