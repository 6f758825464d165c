import type { ArchivedReading } from '../../extract/archived-page.ts';

/**
 * Decoded archived HTML → what it holds. One implementation per browser, chosen at build time by the
 * `#html-extractor` alias in vite.config.ts, so neither build carries the other's code.
 */
export type HtmlExtractor = (html: string, url: string) => Promise<ArchivedReading>;
