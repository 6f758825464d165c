/** Firefox: the MV3 background page has DOMParser, so archived HTML is parsed right there. */
import { readArchivedHtml } from '../extract-in-document.ts';
import type { HtmlExtractor } from './types.ts';

export const extractHtml: HtmlExtractor = readArchivedHtml;
