/**
 * The words of a change's one-line summary, from the `summary*` messages of _locales: the
 * browser reads them through its i18n, the command line from the English messages.json, so a
 * notification, a feed entry's title and the CLI say the same line.
 */
import type { SummaryWords } from './change-summary.ts';

type CountedPart = 'summaryCorrections' | 'summaryRewritten' | 'summaryAdded' | 'summaryRemoved' | 'summaryMoved';

/** The messages the summary needs, with their placeholders filled; a context's `t` and `plural` are such. */
export interface SummaryMessages {
  t(key: 'summaryHeadline' | 'summaryByline' | 'summaryListSeparator' | 'summaryNothing'): string;
  t(key: 'summaryJoin', fields: string, body: string): string;
  plural(key: CountedPart, count: number): string;
  /** The messages' language, for its capital letters. */
  locale: string | undefined;
}

export function summaryWordsFrom(messages: SummaryMessages): SummaryWords {
  const list = (parts: string[]) => parts.join(messages.t('summaryListSeparator'));
  // The line opens with whichever part changed first; written in lower case, it is capitalised here.
  const capitalised = (line: string) => line.charAt(0).toLocaleUpperCase(messages.locale) + line.slice(1);
  return {
    headline: () => messages.t('summaryHeadline'),
    byline: () => messages.t('summaryByline'),
    corrections: (count) => messages.plural('summaryCorrections', count),
    rewritten: (count) => messages.plural('summaryRewritten', count),
    added: (count) => messages.plural('summaryAdded', count),
    removed: (count) => messages.plural('summaryRemoved', count),
    moved: (count) => messages.plural('summaryMoved', count),
    join: (fields, body) => capitalised(fields.length > 0 && body.length > 0 ? messages.t('summaryJoin', list(fields), list(body)) : list([...fields, ...body])),
    nothing: () => messages.t('summaryNothing'),
  };
}

/** A messages.json as the browser's i18n reads it: `$NAME$` filled from the placeholder whose content is `$n`. */
export type MessagesJson = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** `t` and `plural` over a messages.json, for a context without the browser's i18n (Node). */
export function messagesFromJson(json: MessagesJson, locale: string): SummaryMessages {
  const rules = new Intl.PluralRules(locale);
  const fill = (key: string, substitutions: (string | number)[]) => {
    const entry = json[key];
    if (!entry) return undefined;
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const position = Number(entry.placeholders?.[name.toLowerCase()]?.content.slice(1));
      return String(substitutions[position - 1] ?? '');
    });
  };
  return {
    t: (key: string, ...substitutions: string[]) => fill(key, substitutions) ?? key,
    plural: (key, count) => fill(`${key}_${rules.select(count)}`, [count]) ?? fill(`${key}_other`, [count]) ?? key,
    locale,
  };
}
