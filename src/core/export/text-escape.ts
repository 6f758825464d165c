/** Escaping story text for the markup an export writes it into. */

/**
 * Characters XML 1.0 does not allow at all, even escaped: C0 controls other than tab, line feed
 * and carriage return, lone surrogates, U+FFFE and U+FFFF. Archived pages hold some; a feed
 * with one is not XML, and a feed reader drops all of it.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for XML element content or a quoted attribute, characters XML cannot hold dropped. */
export const escapeXml = (text: string): string => text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** Text for HTML; `&#39;` since HTML 4 readers do not know `&apos;`. */
export const escapeHtml = (text: string): string => text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => (c === "'" ? '&#39;' : ENTITIES[c]!));

/**
 * Every ASCII punctuation character that Markdown gives a meaning anywhere in a line, so that a
 * story's own `*` or `~` cannot forge a redline mark, a link or an HTML tag. CommonMark lets any
 * ASCII punctuation be escaped with a backslash, so escaping one that needed none is harmless.
 */
const MARKDOWN_INLINE = /[\\`*_~[\]<>|&#!]/g;

/** What makes a heading, a list, a quote, a rule or a table at the start of a line. */
const MARKDOWN_LINE_START = /^(\s*)([-+=>]|\d+[.)])/;

/** Story text for Markdown: the result reads as the same characters, never as markup. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(MARKDOWN_INLINE, (c) => `\\${c}`)
    .split('\n')
    .map((line) => line.replace(MARKDOWN_LINE_START, (_, space: string, mark: string) => `${space}${mark.replace(/[-+=>.)]$/, (c) => `\\${c}`)}`))
    .join('\n');
}
