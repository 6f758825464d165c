/**
 * UI strings come from _locales through the browser's i18n; this is the one door to them for
 * every context (content script, sidebar, options page, background). Keys are typed from the
 * English messages.json, so a key that does not exist fails `npm run lint`.
 *
 * The browser's i18n has no plural forms. A message that holds a count comes as one key per
 * CLDR plural category it needs (`launcherVersions_one`, `launcherVersions_other`), and
 * `plural` picks the form by the rules of the language the messages are written in.
 */
import { extensionApi } from './extension-api.ts';

type Messages = typeof import('../public/_locales/en/messages.json');
type AnyKey = Extract<keyof Messages, string>;

/** The stem of a message in plural forms: `launcherVersions` for `launcherVersions_one` and `launcherVersions_other`. */
export type PluralKey = AnyKey extends infer K ? (K extends `${infer Stem}_other` ? Stem : never) : never;
/** A message without plural forms. */
export type MessageKey = Exclude<AnyKey, `${PluralKey}_${Intl.LDMLPluralRule}`>;

type Substitution = string | number;

const message = (key: string, substitutions: Substitution[]) => extensionApi().i18n.getMessage(key, substitutions.map(String));

/** The message `key` with its placeholders filled in order; the key itself if it is missing, so a gap shows rather than blanks. */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  return message(key, substitutions) || key;
}

let rules: Intl.PluralRules | undefined;

/**
 * The language the messages are in, which is not always the browser's: a language without a
 * translation reads the default locale's messages, and must count by that language's rules.
 */
export function messagesLocale(): string | undefined {
  try {
    return Intl.getCanonicalLocales(t('messagesLocale'))[0];
  } catch {
    // Not a language tag: the runtime's own rules are the best guess left.
    return undefined;
  }
}

/** The plural form of `key` for `count`; the count is the first placeholder, `more` the next ones. */
export function plural(key: PluralKey, count: number, ...more: Substitution[]): string {
  rules ??= new Intl.PluralRules(messagesLocale());
  const substitutions = [count, ...more];
  return message(`${key}_${rules.select(count)}`, substitutions) || message(`${key}_other`, substitutions) || key;
}
