/** Plural forms over the browser's i18n, which has none, and message keys checked by the compiler. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, Entry>;
/** What the browser would answer, with the messages' language as the test sets it. */
const answers = vi.hoisted(() => ({ locale: 'en', extra: {} as Record<string, Entry> }));

vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getMessage: (key: string, subs: string[] = []) => {
        if (key === 'messagesLocale') return answers.locale;
        const entry: Entry | undefined = answers.extra[key] ?? messages[key];
        if (!entry) return '';
        return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => subs[Number(entry.placeholders?.[name.toLowerCase()]?.content.slice(1)) - 1] ?? '');
      },
    },
  },
}));
// The content script's modules reach the extension API as the browser's own global (src/extension-api.ts).
vi.stubGlobal('browser', (await import('webextension-polyfill')).default);

const { plural, t } = await import('../../src/i18n.ts');

describe('messages with a count', () => {
  it('read "1 version" and "2 versions", never "1 versions"', () => {
    expect(plural('launcherVersions', 1)).toBe('1 version');
    expect(plural('launcherVersions', 2)).toBe('2 versions');
    expect(plural('launcherVersions', 0)).toBe('0 versions');
    expect(plural('knownSoFar', 1)).toBe('Showing the 1 version known so far.');
  });

  it('take further placeholders after the count', () => {
    expect(plural('statusChanged', 1, 'Sep 19, 2016')).toBe('This article has changed once since Sep 19, 2016.');
    expect(plural('statusChanged', 3, 'Sep 19, 2016')).toBe('This article has changed 3 times since Sep 19, 2016.');
    expect(plural('statusChecking', 40, 3)).toBe('Checking 3 of about 40 archived captures…');
  });

  it("follow the plural rules of the messages' language, falling back to the _other form", async () => {
    vi.resetModules();
    answers.locale = 'pl';
    answers.extra = { launcherVersions_few: { message: '$COUNT$ wersje', placeholders: { count: { content: '$1' } } } };
    const polish = await import('../../src/i18n.ts');
    // Polish: 2-4 take "few", 5 takes "many", which this file lacks.
    expect(polish.plural('launcherVersions', 3)).toBe('3 wersje');
    expect(polish.plural('launcherVersions', 5)).toBe('5 versions');
    answers.locale = 'en';
    answers.extra = {};
  });

  it('come with an _other form for every stem, and only CLDR categories as endings', () => {
    const categories = /_(zero|one|two|few|many|other)$/;
    const stems = new Set(Object.keys(messages).filter((key) => categories.test(key)).map((key) => key.replace(categories, '')));
    expect(stems.size).toBeGreaterThan(10);
    for (const stem of stems) expect(messages, stem).toHaveProperty(`${stem}_other`);
  });
});

describe('message keys', () => {
  it('are checked against messages.json by the compiler', () => {
    // @ts-expect-error: no such message; `npm run lint` fails if t() took any string.
    expect(t('noSuchMessage')).toBe('noSuchMessage');
    // @ts-expect-error: a plural form is reached through plural(), which picks it.
    expect(t('launcherVersions_one', 1)).toBe('1 version');
    expect(t('retry')).toBe('Try again');
  });
});

describe('translations', () => {
  const LOCALES = readdirSync('public/_locales').filter((name) => name !== 'en');
  const read = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, Entry>;
  const stem = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
  const isPluralForm = (key: string) => /_(zero|one|two|few|many|other)$/.test(key) && `${stem(key)}_other` in messages;

  it('exist for at least German, French, Spanish, Italian and Japanese', () => {
    expect(LOCALES).toEqual(expect.arrayContaining(['de', 'fr', 'es', 'it', 'ja']));
  });

  it.each(LOCALES)('%s: every message, in the plural forms its language counts with, with the same placeholders', (locale) => {
    const translated = read(locale);
    expect(translated.messagesLocale?.message).toBe(locale);
    const rules = new Intl.PluralRules(locale);
    // Counts of versions, words, minutes: whole numbers up to a few thousand.
    const categories = new Set(Array.from({ length: 2000 }, (_, n) => rules.select(n)));
    for (const key of Object.keys(messages)) {
      if (isPluralForm(key)) {
        const category = key.slice(stem(key).length + 1) as Intl.LDMLPluralRule;
        if (categories.has(category) || category === 'other') expect(translated, `${locale} ${key}`).toHaveProperty(key);
        continue;
      }
      expect(translated, `${locale} ${key}`).toHaveProperty(key);
    }
    for (const [key, entry] of Object.entries(translated)) {
      const english = messages[key] ?? (isPluralForm(key) ? messages[`${stem(key)}_other`] : undefined);
      expect(english, `${locale} ${key} is not an English message`).toBeDefined();
      const contents = (of: Entry) => Object.fromEntries(Object.entries(of.placeholders ?? {}).map(([name, { content }]) => [name, content]));
      expect(contents(entry), `${locale} ${key}`).toEqual(contents(english!));
      const used = new Set([...entry.message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase()));
      for (const name of used) expect(Object.keys(entry.placeholders ?? {}), `${locale} ${key} uses $${name}$`).toContain(name);
    }
  });
});

describe('times between versions', () => {
  it.each([
    ['en', { unit: 'hour', count: 2 }, 'about 2 hours later'],
    ['en', { unit: 'day', count: 1 }, '1 day later'],
    ['de', { unit: 'hour', count: 2 }, 'etwa 2 Stunden später'],
    ['fr', { unit: 'month', count: 1 }, 'environ 1 mois plus tard'],
    ['ja', { unit: 'year', count: 3 }, '約 3 年後'],
  ] as const)('%s: %o reads "%s", the duration in the browser\'s words for that language', async (locale, gap, expected) => {
    vi.resetModules();
    answers.locale = locale;
    answers.extra = locale === 'en' ? {} : (JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, Entry>);
    const { formatGap } = await import('../../src/sidebar/i18n.ts');
    expect(formatGap(gap).replace(/\s/g, ' ')).toBe(expected);
    answers.locale = 'en';
    answers.extra = {};
  });
});
