// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { englishMessage } from '../support/english-messages.ts';
import type { Article } from '../../src/core/article.ts';
import type { Version } from '../../src/core/history.ts';
import { createPageStore, type PageStore } from '../../src/content/page-state.ts';

// What the sidebar keeps in extension storage during a test.
const stored: Record<string, unknown> = vi.hoisted(() => ({}));
// What the sidebar sends to the background during a test.
const sent: { type: string; [key: string]: unknown }[] = vi.hoisted(() => []);
// What the background says of the story's follow state.
const followed = vi.hoisted(() => ({ status: { following: false, pinned: false, change: null as string | null } }));

// The sidebar reads its strings through browser.i18n: answer from the real messages.json.
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: async (message: { type: string }) => (sent.push(message), message.type === 'follow:status' ? followed.status : { ok: true }),
    },
    storage: { local: { get: async () => ({ ...stored }), set: async (items: Record<string, unknown>) => void Object.assign(stored, items) } },
    i18n: {
      getUILanguage: () => 'en-US',
      getMessage: englishMessage,
    },
  },
}));
// The content script's modules reach the extension API as the browser's own global (src/extension-api.ts).
vi.stubGlobal('browser', (await import('webextension-polyfill')).default);

const { mountSidebar } = await import('../../src/sidebar/mount.ts');

const article = (title: string, paragraphs: string[]): Article => ({
  url: 'https://www.nytimes.com/2016/09/20/nyregion/x.html', site: 'nytimes', reader: 'nytimes:2014', title, byline: null, publishedAt: null,
  modifiedAt: null, corrections: [], paragraphs, partial: false, liveBlog: false,
});

const version = (id: string, at: string, a: Article): Version => ({
  id, capturedAt: at, article: a,
  sightings: [{ source: 'archive', at, archive: 'web.archive.org', captureUrl: `https://web.archive.org/web/${id}/x` }],
});

const versions = [
  version('v1', '2016-09-19T20:49:01.000Z', article('Man Sought in Bombings Is Captured', ['He fled, indiscriminantly firing.', 'Two officers were injured.'])),
  version('v2', '2016-09-19T21:55:00.000Z', article('Bombing Suspect Is Captured', ['He fled, indiscriminately firing.', 'Two officers were injured.', 'He was taken to a hospital.'])),
];

let root: ShadowRoot;
let store: PageStore;
const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];

beforeEach(() => {
  document.body.innerHTML = '';
  const host = document.createElement('div');
  document.documentElement.append(host);
  root = host.attachShadow({ mode: 'open' });
  store = createPageStore(versions[1]!.article, { history: { kind: 'done', versions, archivedCaptures: 2, coverage: 'bisected' }, sidebarOpen: true });
});

describe('the sidebar', () => {
  it('lists every version with its time and the gap to the previous one', async () => {
    mountSidebar(root, store, { retry: () => {}, checkEveryCapture: () => {} });
    await new Promise((r) => setTimeout(r, 0));
    const rows = $$('[data-testid=version]');
    expect(rows.map((r) => r.dataset.capturedAt)).toEqual(['2016-09-19T20:49:01.000Z', '2016-09-19T21:55:00.000Z']);
    expect(rows[1]!.textContent).toContain('about 1 hour later');
    expect($$('[data-testid=status]')[0]!.textContent).toContain('This article has changed once since');
  });

  it('shows the headline change and the changed and added paragraphs, word by word', async () => {
    mountSidebar(root, store, { retry: () => {}, checkEveryCapture: () => {} });
    await new Promise((r) => setTimeout(r, 0));
    expect($$('[data-testid=headline-change]')).toHaveLength(1);
    const changes = $$('[data-testid=change]');
    const changed = changes.find((c) => c.dataset.kind === 'changed')!;
    expect(changed.querySelector('del')?.textContent).toContain('indiscriminantly');
    expect(changed.querySelector('ins')?.textContent).toContain('indiscriminately');
    expect(changes.filter((c) => c.dataset.kind === 'added').map((c) => c.textContent)).toEqual([expect.stringContaining('taken to a hospital')]);
  });
});

describe('the settings button', () => {
  it('asks the background to open the options page, which a content script cannot open', async () => {
    sent.length = 0;
    mountSidebar(root, store, { retry: () => {}, checkEveryCapture: () => {} });
    await new Promise((r) => setTimeout(r, 0));
    const button = $$('[data-testid=open-options]')[0]!;
    expect(button.getAttribute('aria-label')).toBe('Settings');
    button.click();
    // Besides the question the sidebar asks on mounting: is the story followed?
    expect(sent.filter((message) => message.type !== 'follow:status')).toEqual([{ type: 'options:open' }]);
  });
});

describe('the follow toggle', () => {
  it('follows the story as the reader sees it, and says so', async () => {
    sent.length = 0;
    followed.status = { following: false, pinned: false, change: null };
    mountSidebar(root, store, { retry: () => {}, checkEveryCapture: () => {} });
    await new Promise((r) => setTimeout(r, 0));
    const toggle = $$('[data-testid=follow]')[0]!;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.click();
    await new Promise((r) => setTimeout(r, 0));
    expect($$('[data-testid=follow]')[0]!.getAttribute('aria-pressed')).toBe('true');
    expect(sent.find((message) => message.type === 'follow:start')).toEqual({ type: 'follow:start', article: versions[1]!.article });
  });

  it('opens on the change a check found, and tells the background it was seen', async () => {
    sent.length = 0;
    followed.status = { following: true, pinned: false, change: 'v2' };
    const three = [...versions, version('v3', '2016-09-20T08:00:00.000Z', article('Bombing Suspect Is Charged', ['He fled.']))];
    store.update({ history: { kind: 'done', versions: three, archivedCaptures: 3, coverage: 'bisected' } });
    mountSidebar(root, store, { retry: () => {}, checkEveryCapture: () => {} });
    // The answer comes back through a few promises, then preact renders.
    await new Promise((r) => setTimeout(r, 30));
    // Not the default pair (the newest change, v2 → v3): the change that led to v2.
    expect($$('[data-testid=version]').map((row) => row.dataset.selected ?? '')).toEqual(['from', 'to', '']);
    expect(sent).toContainEqual({ type: 'follow:seen', url: versions[1]!.article.url });
  });
});

describe('the status line', () => {
  it('says why the archive gave no more versions and when it will try again', async () => {
    store.update({ history: { kind: 'failed', versions, reason: 'archive-unavailable', retryAt: Date.now() + 4 * 60_000 } });
    mountSidebar(root, store, { retry: () => {}, checkEveryCapture: () => {} });
    await new Promise((r) => setTimeout(r, 0));
    const status = $$('[data-testid=status]')[0]!;
    expect(status.textContent).toContain('The web archive is not answering right now. Showing the 2 versions known so far.');
    expect(status.textContent).toContain('Trying again in 4 min.');
    expect(status.querySelector('button')?.textContent).toBe('Try again');
  });

  it('offers no "Try again" when the archive excludes the site, and counts one version as one', async () => {
    store.update({ history: { kind: 'failed', versions: versions.slice(0, 1), reason: 'archive-blocked' } });
    mountSidebar(root, store, { retry: () => {}, checkEveryCapture: () => {} });
    await new Promise((r) => setTimeout(r, 0));
    const status = $$('[data-testid=status]')[0]!;
    expect(status.textContent).toBe("The web archive does not make this site's copies available. Showing the 1 version known so far.");
    expect(status.querySelector('button')).toBeNull();
  });

  it('offers to read every archived copy when bisection skipped some, and asks the background once clicked', async () => {
    const checkEveryCapture = vi.fn();
    store.update({ history: { kind: 'done', versions: versions.slice(0, 1), archivedCaptures: 40, coverage: 'bisected' } });
    mountSidebar(root, store, { retry: () => {}, checkEveryCapture });
    await new Promise((r) => setTimeout(r, 0));
    const status = $$('[data-testid=status]')[0]!;
    expect(status.textContent).toContain('No changes found: the first and the newest archived copies have the same text as this page.');
    // The status has said why there is no pair: nothing after it says "nothing to compare yet".
    expect(root.textContent).not.toContain('nothing to compare');
    const button = status.querySelector<HTMLButtonElement>('[data-testid=check-every-capture]')!;
    expect(button.title).toContain('Read all 40 archived copies');
    button.click();
    await new Promise((r) => setTimeout(r, 0));
    // Nothing is asked until the reader has seen the cost and agreed.
    expect(checkEveryCapture).not.toHaveBeenCalled();
    expect($$('[data-testid=check-every-capture-cost]')[0]!.textContent).toContain('up to 40 copies, about 1 min');
    $$('[data-testid=confirm-check-every-capture]')[0]!.click();
    expect(checkEveryCapture).toHaveBeenCalledTimes(1);
  });

  it('puts a bound on checking every copy of a story archived thousands of times, and says so', async () => {
    const checkEveryCapture = vi.fn();
    store.update({ history: { kind: 'done', versions: versions.slice(0, 1), archivedCaptures: 12_400, coverage: 'bisected' } });
    mountSidebar(root, store, { retry: () => {}, checkEveryCapture });
    await new Promise((r) => setTimeout(r, 0));
    $$('[data-testid=check-every-capture]')[0]!.click();
    await new Promise((r) => setTimeout(r, 0));
    const cost = $$('[data-testid=check-every-capture-cost]')[0]!.textContent;
    expect(cost).toContain('up to 2000 copies, about 17 min');
    expect(cost).toContain('12400 archived copies; one check reads at most 2000');
    const cancel = [...$$('[data-testid=check-every-capture-cost] button')].find((b) => b.textContent === 'Cancel')!;
    cancel.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(checkEveryCapture).not.toHaveBeenCalled();
    expect($$('[data-testid=check-every-capture]')).toHaveLength(1);
  });

  it('says when the search stopped at its limit, and offers no second check once every copy was read', async () => {
    store.update({ history: { kind: 'done', versions, archivedCaptures: 900, coverage: 'cut-short' } });
    mountSidebar(root, store, { retry: () => {}, checkEveryCapture: () => {} });
    await new Promise((r) => setTimeout(r, 0));
    const status = () => $$('[data-testid=status]')[0]!;
    expect(status().textContent).toContain('some changes may be missing');
    expect(status().querySelector('[data-testid=check-every-capture]')).not.toBeNull();
    store.update({ history: { kind: 'done', versions: versions.slice(0, 1), archivedCaptures: 900, coverage: 'every-capture' } });
    await new Promise((r) => setTimeout(r, 0));
    expect(status().textContent).toContain('every archived copy has the same text as this page');
    expect(status().querySelector('[data-testid=check-every-capture]')).toBeNull();
  });
});

describe('what the first view says changed', () => {
  const withCorrections = (id: string, at: string, corrections: string[]) => ({ ...version(id, at, { ...versions[1]!.article, corrections }) });

  it('names the pair it compares above the changes', async () => {
    mountSidebar(root, store, { retry: () => {}, checkEveryCapture: () => {} });
    await new Promise((r) => setTimeout(r, 0));
    expect($$('[data-testid=pair-summary]')[0]!.textContent).toMatch(/^Comparing version 1, Sep 19, 2016, .* with version 2, Sep 19, 2016, /);
  });

  it('counts in the right plural forms', async () => {
    mountSidebar(root, store, { retry: () => {}, checkEveryCapture: () => {} });
    await new Promise((r) => setTimeout(r, 0));
    expect($$('[data-testid=diff-summary]')[0]!.textContent).toBe('2 paragraphs changed · 7 words added · 1 word removed');
    expect($$('.unchanged-run button')[0]!.textContent).toBe('1 unchanged paragraph');
  });

  it('says that only corrections changed when the body did not, never that nothing did', async () => {
    const notes = [
      withCorrections('c1', '2016-09-19T20:49:01.000Z', ['Correction: September 19, 2016 An earlier version of this article misstated the number of bombings.']),
      withCorrections('c2', '2016-09-21T10:00:00.000Z', [
        'Correction: Sept. 19, 2016 An earlier version of this article misstated the number of bombings.',
        'Correction: Sept. 21, 2016 Because of an editing error, two sections of type were transposed.',
      ]),
    ];
    store.update({ history: { kind: 'done', versions: notes, archivedCaptures: 2, coverage: 'bisected' } });
    mountSidebar(root, store, { retry: () => {}, checkEveryCapture: () => {} });
    await new Promise((r) => setTimeout(r, 0));
    expect($$('[data-testid=diff-summary]')[0]!.textContent).toBe('Only 2 corrections changed: the body text is the same in both versions.');
    expect(root.textContent).not.toContain('did not change');
    const corrections = $$('[data-testid=correction-change]');
    expect(corrections.map((c) => c.dataset.kind)).toEqual(['changed', 'added']);
    expect(corrections[0]!.querySelector('del')?.textContent).toContain('September');
    expect(corrections[0]!.querySelector('ins')?.textContent).toContain('Sept.');
  });

  it('lists in the legend only the sources the timeline shows', async () => {
    mountSidebar(root, store, { retry: () => {}, checkEveryCapture: () => {} });
    await new Promise((r) => setTimeout(r, 0));
    expect($$('.legend li').map((li) => li.textContent?.trim())).toEqual(['web archive']);
  });
});

describe('right-to-left articles', () => {
  it('lets each paragraph take its own direction, so Arabic reads right to left next to English', async () => {
    const arabic = (title: string, paragraphs: string[]) => version(title, versions[0]!.capturedAt, article(title, paragraphs));
    const rtl = [arabic('a', ['قال المتحدث إن الاجتماع تأجل.']), { ...arabic('b', ['قال المتحدث إن الاجتماع أُلغي.']), capturedAt: versions[1]!.capturedAt }];
    store.update({ history: { kind: 'done', versions: rtl, archivedCaptures: 2, coverage: 'bisected' } });
    mountSidebar(root, store, { retry: () => {}, checkEveryCapture: () => {} });
    await new Promise((r) => setTimeout(r, 0));
    const paragraph = $$('[data-testid=change] p')[0]!;
    expect(paragraph.getAttribute('dir')).toBe('auto');
    expect(paragraph.querySelector('del')?.textContent).toContain('تأجل');
    expect(paragraph.querySelector('ins')?.textContent).toContain('أُلغي');
  });
});

describe('the sidebar width', () => {
  it('can be changed from the keyboard and is remembered for the next page', async () => {
    mountSidebar(root, store, { retry: () => {}, checkEveryCapture: () => {} });
    await new Promise((r) => setTimeout(r, 0));
    const handle = $$('[role=separator]')[0]!;
    const aside = $$('[data-testid=sidebar]')[0]!;
    const before = parseInt(aside.style.width, 10);
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(parseInt(aside.style.width, 10)).toBe(before + 20);
    expect(stored.sidebarWidth).toBe(before + 20);
  });
});
