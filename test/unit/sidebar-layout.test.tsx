// @vitest-environment happy-dom
/**
 * Two copies read from different page layouts, in the sidebar: one plain line says so, a
 * one-sided line of page furniture is a collapsed "layout?" row, out of the totals, and the live
 * page gets no mark for it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { englishMessage } from '../support/english-messages.ts';
import type { Article } from '../../src/core/article.ts';
import type { Version } from '../../src/core/history.ts';
import { createPageStore, type PageStore } from '../../src/content/page-state.ts';

// The sidebar reads its strings through browser.i18n: answer from the real messages.json.
vi.mock('webextension-polyfill', () => ({
  default: {
    // A story nobody follows; every other request is answered as done.
    runtime: { sendMessage: async (message: { type: string }) => (message.type === 'follow:status' ? { following: false, pinned: false, change: null } : { ok: true }) },
    storage: { local: { get: async () => ({}), set: async () => {} } },
    i18n: {
      getUILanguage: () => 'en-US',
      getMessage: englishMessage,
    },
  },
}));
vi.stubGlobal('browser', (await import('webextension-polyfill')).default);

const { mountSidebar } = await import('../../src/sidebar/mount.ts');

const URL_A = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';
const TITLE = 'Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings';
// Real lines of the Rahami story (test/fixtures/pages/nytimes-rahami-*.html); the date line is what
// the generic reader keeps of today's page when no era of the site file reads it.
const DATE_LINE = 'Sept. 19, 2016';
const story = ['Shawn Styles, 30, who works at Linden Auto Body next door, said he saw numerous police officers.', '“Then multiple, multiple shots,” he said.'];
const edited = ['Shawn Styles, 30, who works at Linden Auto Body next door, said he saw numerous officers.', '“Then multiple, multiple shots,” he said.'];

const article = (reader: string, paragraphs: string[]): Article => ({
  url: URL_A, site: reader === 'generic' ? 'generic' : 'nytimes', reader, title: TITLE, byline: null, publishedAt: null, modifiedAt: null,
  corrections: [], paragraphs, partial: false, liveBlog: false,
});

/** Ids differ per pair of readers: the sidebar keeps the diffs of the last pairs by version. */
function versionsRead(oldReader: string, newReader: string): Version[] {
  return [
    { id: `v1-${oldReader}`, capturedAt: '2016-09-19T20:49:01.000Z', article: article(oldReader, story), sightings: [{ source: 'archive', at: '2016-09-19T20:49:01.000Z', archive: 'web.archive.org', captureUrl: 'https://web.archive.org/web/20160919204901/x' }] },
    { id: `v2-${newReader}`, capturedAt: '2026-11-30T05:00:00.000Z', article: article(newReader, [DATE_LINE, ...edited]), sightings: [{ source: 'live', at: '2026-11-30T05:00:00.000Z' }] },
  ];
}

let root: ShadowRoot;
let opened: PageStore | undefined;
const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];

async function open(versions: Version[]): Promise<PageStore> {
  document.body.innerHTML = `<article><ul><li><time>${DATE_LINE}</time></li></ul>${versions[1]!.article.paragraphs.slice(1).map((p) => `<p>${p}</p>`).join('')}</article>`;
  const host = document.createElement('div');
  document.documentElement.append(host);
  root = host.attachShadow({ mode: 'open' });
  const store = createPageStore(versions[1]!.article, { history: { kind: 'done', versions, archivedCaptures: 1, coverage: 'bisected' }, sidebarOpen: true });
  mountSidebar(root, store, { retry: () => {}, checkEveryCapture: () => {} });
  await new Promise((r) => setTimeout(r, 0));
  opened = store;
  return store;
}

const marks = () => [...document.querySelectorAll('[data-article-history]')].map((el) => [el.getAttribute('data-article-history'), el.textContent]);

// Closed, a sidebar takes its marks and its watch on the page away, so the next test's page is its own.
afterEach(async () => {
  opened?.update({ sidebarOpen: false });
  await vi.waitFor(() => expect(root.querySelector('[data-testid=sidebar]') ?? document.getElementById('article-history-overlay-style')).toBeNull());
});

describe('copies read from different page layouts', () => {
  it('says so in one plain line', async () => {
    await open(versionsRead('nytimes:2014', 'generic'));
    expect($$('[data-testid=layout-note]').map((el) => el.textContent)).toEqual([
      "These two copies were read from different page layouts: short lines marked 'layout?' may be page furniture, not edits.",
    ]);
  });

  it('shows the one-sided date line as a collapsed layout? row that opens on request', async () => {
    await open(versionsRead('nytimes:2014', 'generic'));
    const rows = $$('[data-testid=layout-paragraph]');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.dataset.side).toBe('added');
    expect(rows[0]!.textContent).toBe('layout?');
    expect($$('[data-testid=change]').map((c) => c.textContent)).not.toContainEqual(expect.stringContaining(DATE_LINE));
    rows[0]!.querySelector('button')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect($$('[data-testid=layout-paragraph]')[0]!.textContent).toContain(DATE_LINE);
    expect($$('[data-testid=layout-paragraph] button')[0]!.getAttribute('aria-expanded')).toBe('true');
  });

  it('counts only the real edit in the totals', async () => {
    await open(versionsRead('nytimes:2014', 'generic'));
    expect($$('[data-testid=diff-summary]')[0]!.textContent).toBe('1 paragraph changed · 0 words added · 1 word removed');
    expect($$('[data-testid=change]').map((c) => c.dataset.kind)).toEqual(['changed']);
  });

  it('marks the real edit on the live page, and not the layout? line', async () => {
    await open(versionsRead('nytimes:2014', 'generic'));
    // The page is marked after the sidebar paints: wait for the first mark, then take them all.
    await vi.waitFor(() => expect(marks()).not.toEqual([]));
    expect(marks()).toEqual([['changed', edited[0]]]);
  });
});

describe('copies read from the same layout, or from layouts not known', () => {
  it.each([
    ['the same reader', 'generic', 'generic'],
    ['an era not recorded by an older build', 'nytimes:?', 'nytimes:2018-04'],
  ])('%s: no line, and the date line is an addition, counted and marked', async (_, oldReader, newReader) => {
    await open(versionsRead(oldReader, newReader));
    expect($$('[data-testid=layout-note]')).toEqual([]);
    expect($$('[data-testid=layout-paragraph]')).toEqual([]);
    expect($$('[data-testid=diff-summary]')[0]!.textContent).toBe('2 paragraphs changed · 3 words added · 1 word removed');
    await vi.waitFor(() => expect(marks()).not.toEqual([]));
    expect(marks()).toEqual([
      ['added', DATE_LINE],
      ['changed', edited[0]],
    ]);
  });
});
