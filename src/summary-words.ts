/** A change's summary in the browser's language, for the sidebar's exports, notifications and feeds. */
import { summaryWordsFrom } from './core/summary-words.ts';
import { messagesLocale, plural, t } from './i18n.ts';

export const browserSummaryWords = () => summaryWordsFrom({ t, plural, locale: messagesLocale() });
