/** The command line's words for a change's summary: the extension's English messages. */
import english from '../../public/_locales/en/messages.json';
import { messagesFromJson, summaryWordsFrom } from '../core/summary-words.ts';

export const englishSummaryWords = summaryWordsFrom(messagesFromJson(english, 'en'));
