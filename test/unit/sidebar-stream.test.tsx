// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import type { HistoryState, Version } from '../../src/core/history.ts';
import { createPageStore } from '../../src/content/page-state.ts';

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: { local: { get: async () => ({}), set: async () => undefined } },
    // The sidebar asks whether the story is followed when it mounts.
    runtime: { sendMessage: async () => ({ following: false, pinned: false, change: null }) },
    i18n: { getUILanguage: () => 'en-US', getMessage: (key: string, subs: string[] = []) => [key, ...subs].join(' ') },
  },
}));
// The content script's modules reach the extension API as the browser's own global (src/extension-api.ts).
vi.stubGlobal('browser', (await import('webextension-polyfill')).default);
const { mountSidebar } = await import('../../src/sidebar/mount.ts');

const fixture = (name: string) => JSON.parse(readFileSync(`test/fixtures/diff/${name}.json`, 'utf8')) as { title: string; paragraphs: string[] };
const article = (name: string, corrections: string[] = []): Article => ({
  ...fixture(name), url: 'https://www.nytimes.com/x.html', site: 'nytimes', reader: 'nytimes:2014', byline: null, publishedAt: null, modifiedAt: null, corrections, partial: false, liveBlog: false,
});
const version = (id: string, at: string, a: Article, source: 'archive' | 'live'): Version => ({
  id, capturedAt: at, article: a,
  sightings: [source === 'archive' ? { source, at, archive: 'web.archive.org', captureUrl: 'x' } : { source, at }],
});

const early = version('a', '2016-09-19T20:49:01.000Z', article('rahami-2016'), 'archive');
const rewritten = version('b', '2019-10-16T11:16:56.000Z', article('rahami-2019', ['Correction: a note.']), 'archive');
const live = version('c', '2026-11-23T21:00:00.000Z', article('rahami-2019'), 'live');

describe('the sidebar while versions stream in', () => {
  it('follows every state the background sends, one that arrives while it is still mounting included', async () => {
    document.body.innerHTML = '<article>' + live.article.paragraphs.map((p) => `<p>${p}</p>`).join('') + '</article>';
    const host = document.createElement('div');
    document.documentElement.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const store = createPageStore(live.article, { sidebarOpen: true });
    const states: HistoryState[] = [
      { kind: 'loading', versions: [live], checked: 0, estimated: 2 },
      { kind: 'loading', versions: [early, live], checked: 1, estimated: 2 },
      { kind: 'loading', versions: [early, rewritten, live], checked: 2, estimated: 2 },
      { kind: 'done', versions: [early, rewritten, live], archivedCaptures: 2, coverage: 'bisected' },
    ];
    mountSidebar(root, store, { retry: () => {}, checkEveryCapture: () => {} });
    for (const history of states) {
      store.update({ history });
      await new Promise((r) => setTimeout(r, 30));
      expect(root.querySelector('[data-testid=status]')?.getAttribute('data-state')).toBe(history.kind);
      expect(root.querySelectorAll('[data-testid=version]')).toHaveLength(history.versions.length);
    }
  });
});
