/** Plural forms over the browser's i18n, which has none, and message keys checked by the compiler. */
import { readFileSync } from 'node:fs';
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
