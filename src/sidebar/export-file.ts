/**
 * Builds an export of the story on the reader's click and hands it to the browser as a download.
 * Loaded only then: the exports stay out of the sidebar's first-open chunk.
 *
 * An `<a download>` of a Blob needs no permission: the browser saves it as it saves any download
 * a page offers, in Chrome and in Firefox (test/e2e/export.e2e.ts reads the saved file in both).
 */
import { storyAtomFeed } from '../core/export/atom.ts';
import { EXPORT_FILES, exportFileName, type ExportFormat } from '../core/export/file-name.ts';
import { storyJson } from '../core/export/json.ts';
import { storyMarkdown } from '../core/export/markdown.ts';
import type { Version } from '../core/history.ts';
import { browserSummaryWords } from '../summary-words.ts';

const BUILDERS = { atom: storyAtomFeed, markdown: storyMarkdown, json: storyJson } satisfies Record<ExportFormat, unknown>;

/** How long the file's address stays valid: the browser reads the Blob after the click returns, not during it. */
const KEEP_URL_MS = 60_000;

export function downloadExport(format: ExportFormat, url: string, versions: readonly Version[], into: ParentNode): void {
  const text = BUILDERS[format]({ url, versions, words: browserSummaryWords(), exportedAt: new Date().toISOString() });
  saveFile(text, exportFileName(versions.at(-1)?.article.title ?? '', url, format), format, into);
}

/** Offers `text` as a download named `name`; `into` holds the link for the moment of the click. */
export function saveFile(text: string, name: string, format: ExportFormat, into: ParentNode): void {
  const href = URL.createObjectURL(new Blob([text], { type: `${EXPORT_FILES[format].mediaType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  into.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), KEEP_URL_MS);
}
