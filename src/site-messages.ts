/**
 * The requests about sites the reader added, in the protocol of src/messages.ts. Their guards are
 * registered when this module is imported (by the background, the options page and the toolbar's
 * offer), not by the content script that runs on every article. Extension pages only: a page,
 * through its content script, can never add or remove a site.
 */
import { isBoolean, shaped } from './core/shape.ts';
import { isHttpUrl, isOk, REQUESTS, type RequestEntry } from './messages.ts';

const isOrigin = shaped<{ origin: string }>({ origin: isHttpUrl });

export const SITE_REQUESTS = {
  /**
   * offer popup → background: the reader accepted adding this origin, and the popup asked for its
   * permission in the same click; answers once the site is added.
   */
  'sites:accept': { to: 'background', request: isOrigin, reply: shaped<{ added: boolean }>({ added: isBoolean }) },
  /** options page → background: remove an added site (its script and its permission). */
  'sites:remove': { to: 'background', request: isOrigin, reply: isOk },
} satisfies Record<string, RequestEntry>;

Object.assign(REQUESTS, SITE_REQUESTS);
