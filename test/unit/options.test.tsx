// @vitest-environment happy-dom
/** The options page: choosing another archive (with its permission) and forgetting what is stored. */
import { h, render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { englishMessage } from '../support/english-messages.ts';
import { saveArchiveBase, type ArchiveSettingDeps } from '../../src/options/archive-setting.ts';
import type { Settings } from '../../src/settings.ts';

// The page reads its strings through browser.i18n: answer from the real messages.json.
vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getMessage: englishMessage,
    },
  },
}));
// The content script's modules reach the extension API as the browser's own global (src/extension-api.ts).
vi.stubGlobal('browser', (await import('webextension-polyfill')).default);

const { Options } = await import('../../src/options/Options.tsx');

/** The page's props: an archive that refuses nothing and a store that keeps nothing, unless a test says otherwise. */
const props = (change: Partial<Parameters<typeof Options>[0]> = {}) => ({
  initialBase: 'https://web.archive.org',
  initialLookup: 'page-load' as const,
  saveArchive: async () => ({ kind: 'invalid' as const }),
  saveLookup: async () => {},
  forgetAll: async () => {},
  addedSites: [],
  removeSite: async () => {},
  ...change,
});

/** Permissions and storage as the browser would keep them, with the reader's answer to a prompt. */
function browserState(answer: boolean) {
  const granted = new Set<string>();
  const stored: Partial<Settings>[] = [];
  const deps: ArchiveSettingDeps = {
    request: async (origins) => {
      if (answer) origins.forEach((o) => granted.add(o));
      return answer;
    },
    release: async (origins) => origins.forEach((o) => granted.delete(o)),
    store: async (settings) => void stored.push(settings),
  };
  return { granted, stored, deps };
}

describe('saving another archive', () => {
  it('asks for the archive\'s origin, stores the address without its trailing slash, and gives back the old archive\'s permission', async () => {
    const browser = browserState(true);
    expect(await saveArchiveBase(' https://archive.example.org/wayback/ ', 'https://web.archive.org', browser.deps)).toEqual({ kind: 'saved', base: 'https://archive.example.org/wayback' });
    expect(browser.stored).toEqual([{ archiveBase: 'https://archive.example.org/wayback' }]);
    expect([...browser.granted]).toEqual(['https://archive.example.org/*']);
    expect(await saveArchiveBase('https://web.archive.org', 'https://archive.example.org/wayback', browser.deps)).toEqual({ kind: 'saved', base: 'https://web.archive.org' });
    expect([...browser.granted]).toEqual([]);
  });

  it('changes nothing when the reader refuses the permission', async () => {
    const browser = browserState(false);
    expect(await saveArchiveBase('https://archive.example.org', 'https://web.archive.org', browser.deps)).toEqual({ kind: 'denied', origin: 'https://archive.example.org' });
    expect(browser.stored).toEqual([]);
  });

  it('refuses what is not an archive address without asking for anything', async () => {
    const browser = browserState(true);
    const request = vi.spyOn(browser.deps, 'request');
    for (const input of ['web.archive.org', 'ftp://archive.example.org', 'https://archive.example.org/?q=1', 'https://user:pw@archive.example.org']) {
      expect(await saveArchiveBase(input, 'https://web.archive.org', browser.deps)).toEqual({ kind: 'invalid' });
    }
    expect(request).not.toHaveBeenCalled();
    expect(browser.stored).toEqual([]);
  });
});

describe('the options page', () => {
  let container: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '<div id="options"></div>';
    container = document.getElementById('options')!;
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  const $ = (testid: string) => container.querySelector<HTMLElement>(`[data-testid=${testid}]`)!;

  it('shows the archive in use and says in plain words what saving did', async () => {
    const browser = browserState(false);
    render(h(Options, props({ saveArchive: (input: string) => saveArchiveBase(input, 'https://web.archive.org', browser.deps) })), container);
    const input = $('archive-base') as HTMLInputElement;
    expect(input.value).toBe('https://web.archive.org');
    input.value = 'https://archive.example.org';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    $('save-archive').click();
    await settle();
    expect($('archive-status').textContent).toBe('Not saved: without your permission to reach https://archive.example.org, the extension cannot ask it for earlier versions.');
  });

  it('forgets everything stored when asked, and says so, or says why not', async () => {
    const forgetAll = vi.fn(async () => {});
    render(h(Options, props({ forgetAll })), container);
    $('forget-all').click();
    await settle();
    expect(forgetAll).toHaveBeenCalledTimes(1);
    expect($('forget-status').textContent).toContain('nothing is stored any more');
    forgetAll.mockRejectedValueOnce(new Error('the disk is full'));
    $('forget-all').click();
    await settle();
    expect($('forget-status').textContent).toBe('The stored history could not be forgotten: the disk is full');
  });

  it('says what is sent, to whom and when, before any setting', () => {
    render(h(Options, props()), container);
    const said = $('what-is-sent').textContent!;
    expect(said).toContain('web.archive.org');
    expect(said).toContain("the article's canonical URL");
    expect(said).toContain('Nothing else leaves your browser');
    expect(said).toContain('Save Page Now (web.archive.org/save)');
    expect(container.querySelector('section')).toBe($('what-is-sent'));
  });

  it('"look up history only when I open the sidebar" is off by default, and turning it on or off is stored and said', async () => {
    const saved: string[] = [];
    render(h(Options, props({ saveLookup: async (lookup) => void saved.push(lookup) })), container);
    const box = $('lookup-on-open') as HTMLInputElement;
    expect(box.checked).toBe(false);
    box.click();
    await settle();
    expect(saved).toEqual(['sidebar-open']);
    expect($('lookup-status').textContent).toBe('Saved: history is looked up only when you open the sidebar.');
    box.click();
    await settle();
    expect(saved).toEqual(['sidebar-open', 'page-load']);
    expect($('lookup-status').textContent).toBe('Saved: history is looked up as an article loads.');
  });

  it('shows the stored choice when the page opens', () => {
    render(h(Options, props({ initialLookup: 'sidebar-open' })), container);
    expect(($('lookup-on-open') as HTMLInputElement).checked).toBe(true);
  });
});

describe('the sites the reader added', () => {
  beforeEach(() => {
    document.body.innerHTML = '<div id="root"></div>';
  });
  const root = () => document.getElementById('root')!;

  it('lists each added site with a button that removes it, and says so once it is removed', async () => {
    const removed: string[] = [];
    const sites = [
      { origin: 'https://www.focus.de', addedAt: 1 },
      { origin: 'https://www.heise.de', addedAt: 2 },
    ];
    render(h(Options, props({ addedSites: sites, removeSite: async (origin: string) => void removed.push(origin) })), root());
    const rows = [...root().querySelectorAll('[data-testid=added-sites] li')];
    expect(rows.map((row) => row.getAttribute('data-origin'))).toEqual(['https://www.focus.de', 'https://www.heise.de']);
    const button = rows[1]!.querySelector<HTMLButtonElement>('[data-testid=remove-site]')!;
    expect(button.getAttribute('aria-label')).toBe('Remove www.heise.de');
    button.click();
    await vi.waitFor(() => expect(root().querySelector('[data-testid=added-sites-status]')?.textContent).toContain('Removed www.heise.de'));
    expect(removed).toEqual(['https://www.heise.de']);
  });

  it('says when no site was added', () => {
    render(h(Options, props()), root());
    expect(root().querySelector('[data-testid=added-sites]')).toBeNull();
    expect(root().querySelector('[data-testid=added-sites-none]')?.textContent).toBe('No sites added.');
  });
});
