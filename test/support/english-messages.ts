/** The extension's English strings as the browser's i18n gives them, for tests that render UI outside a browser. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessagesJson } from '../../src/core/summary-words.ts';

// A path, not a URL: under happy-dom the global URL is the page's, which node:fs does not take.
const messages = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../public/_locales/en/messages.json'), 'utf8')) as MessagesJson;

/** `i18n.getMessage`: `$NAME$` filled from the substitution its placeholder names; '' for a missing key, as the browser answers. */
export function englishMessage(key: string, substitutions: string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => substitutions[Number(entry.placeholders?.[name.toLowerCase()]?.content.slice(1)) - 1] ?? '');
}
