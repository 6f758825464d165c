/**
 * The extension's stable test hooks (issue 2), as expressions to evaluate in the page: every
 * e2e test, `npm start` and the UI bench find the launcher and the sidebar through these.
 */
const ROOT = `document.getElementById('article-history-root')?.shadowRoot`;

/** The extension's open shadow root, or undefined when nothing was mounted. */
export const SHADOW_ROOT = ROOT;

/** The first element inside the shadow root matching `selector`. */
export const inShadow = (selector: string) => `${ROOT}?.querySelector(${JSON.stringify(selector)})`;

/** Every element inside the shadow root matching `selector`, as an array (empty without a root). */
export const allInShadow = (selector: string) => `[...(${ROOT}?.querySelectorAll(${JSON.stringify(selector)}) ?? [])]`;

/** True once the launcher shows how many versions the article has. */
export const LAUNCHER_COUNTED = `/\\d+ versions/.test(${inShadow('[data-testid=launcher]')}?.textContent ?? '')`;

/** True once the sidebar says the history is complete. */
export const HISTORY_DONE = `${inShadow('[data-testid=status]')}?.dataset.state === 'done'`;
