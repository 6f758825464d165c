/** One summary line everywhere: the browser's words (through its i18n) and the command line's (from messages.json) agree. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { englishSummaryWords } from '../../src/cli/summary-words.ts';
import { summaryLine, type ChangeCounts } from '../../src/core/change-summary.ts';
import { messagesFromJson, summaryWordsFrom, type MessagesJson } from '../../src/core/summary-words.ts';

const read = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as MessagesJson;

/** The browser's i18n as Chrome and Firefox answer it: the messages of one locale, `$NAME$` filled from `$n`. */
function stubBrowser(locale: string) {
  const messages = read(locale);
  const getMessage = (key: string, subs: string[] = []) => {
    const entry = messages[key];
    if (!entry) return '';
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => subs[Number(entry.placeholders?.[name.toLowerCase()]?.content.slice(1)) - 1] ?? '');
  };
  vi.stubGlobal('browser', { i18n: { getMessage } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

const counts = (parts: Partial<ChangeCounts>): ChangeCounts => ({ headline: false, byline: false, corrections: 0, rewritten: 0, added: 0, removed: 0, moved: 0, ...parts });

describe('the summary line', () => {
  it('reads "Headline changed; 2 paragraphs rewritten, 1 paragraph added" on the command line', () => {
    expect(summaryLine(counts({ headline: true, rewritten: 2, added: 1 }), englishSummaryWords)).toBe('Headline changed; 2 paragraphs rewritten, 1 paragraph added');
    expect(summaryLine(counts({ byline: true, removed: 1 }), englishSummaryWords)).toBe('Byline changed; 1 paragraph removed');
    expect(summaryLine(counts({ corrections: 1, moved: 3 }), englishSummaryWords)).toBe('1 correction changed; 3 paragraphs moved');
    expect(summaryLine(counts({ added: 2 }), englishSummaryWords)).toBe('2 paragraphs added');
    expect(summaryLine(counts({}), englishSummaryWords)).toBe('Only formatting changed');
  });

  it('says the same in the browser as on the command line', async () => {
    stubBrowser('en');
    const { browserSummaryWords } = await import('../../src/summary-words.ts');
    for (const parts of [{ headline: true, rewritten: 2, added: 1 }, { byline: true, corrections: 2, removed: 1, moved: 1 }, {}]) {
      expect(summaryLine(counts(parts), browserSummaryWords())).toBe(summaryLine(counts(parts), englishSummaryWords));
    }
  });

  it.each([
    ['de', 'Überschrift geändert; 2 Absätze umgeschrieben, 1 Absatz hinzugefügt'],
    ['fr', 'Titre modifié ; 2 paragraphes réécrits, 1 paragraphe ajouté'],
    ['ja', '見出しを変更。2 段落を書き換え、1 段落を追加'],
  ])('in %s: %s', async (locale, line) => {
    stubBrowser(locale);
    const { browserSummaryWords } = await import('../../src/summary-words.ts');
    expect(summaryLine(counts({ headline: true, rewritten: 2, added: 1 }), browserSummaryWords())).toBe(line);
    expect(summaryLine(counts({ headline: true, rewritten: 2, added: 1 }), summaryWordsFrom(messagesFromJson(read(locale), locale)))).toBe(line);
  });
});
