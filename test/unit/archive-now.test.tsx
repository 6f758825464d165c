// @vitest-environment happy-dom
/** The "Archive this version now" line: when it is offered, and how each answer of the archive reads. */
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { englishMessage } from '../support/english-messages.ts';
import type { Article } from '../../src/core/article.ts';
import type { HistoryState, Sighting, Version } from '../../src/core/history.ts';
import type { SaveOutcome } from '../../src/sources/save-page-now.ts';

vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getUILanguage: () => 'en-US',
      getMessage: englishMessage,
    },
  },
}));
vi.stubGlobal('browser', (await import('webextension-polyfill')).default);
const { ArchiveNow } = await import('../../src/sidebar/ArchiveNow.tsx');

const text: Article = {
  url: 'https://www.nytimes.com/2016/09/20/nyregion/x.html', site: 'nytimes', reader: 'nytimes:2014', title: 'T', byline: null, publishedAt: null,
  modifiedAt: null, corrections: [], paragraphs: ['One.'], partial: false, liveBlog: false,
};
const archived: Sighting = { source: 'archive', at: '2016-09-19T20:49:01.000Z', archive: 'web.archive.org', captureUrl: 'https://web.archive.org/web/20160919204901/x' };
const live: Sighting = { source: 'live', at: '2026-11-30T10:40:00.000Z' };
const version = (id: string, sightings: Sighting[]): Version => ({ id, capturedAt: sightings[0]!.at, article: text, sightings });
const done = (versions: Version[]): HistoryState => ({ kind: 'done', versions, archivedCaptures: 1, coverage: 'every-capture' });

let host: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '';
  host = document.createElement('div');
  document.body.append(host);
});
const button = () => host.querySelector<HTMLButtonElement>('[data-testid=archive-now]');
const status = () => host.querySelector<HTMLElement>('[data-testid=archive-now-status]');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** The button's chunk loads when a save is first wanted. */
const loaded = () => vi.waitFor(() => expect(button()).not.toBeNull());

describe('archive this version now', () => {
  it('is offered once the history is known and the live text is in no archived copy', async () => {
    const save = async (): Promise<SaveOutcome> => ({ kind: 'refused', reason: { kind: 'unavailable' } });
    render(<ArchiveNow history={done([version('a', [archived]), version('b', [live])])} onSave={save} />, host);
    await loaded();
    expect(button()?.textContent).toBe('Archive this version now');
    render(<ArchiveNow history={done([version('a', [archived, live])])} onSave={save} />, host);
    expect(button()).toBeNull();
    render(<ArchiveNow history={{ kind: 'loading', versions: [version('b', [live])], checked: 0, estimated: 2 }} onSave={save} />, host);
    expect(button()).toBeNull();
    render(<ArchiveNow history={done([version('b', [live])])} onSave={save} />, host);
    await loaded();
  });

  it('says when the page was saved, and offers no second save of it', async () => {
    render(<ArchiveNow history={done([version('b', [live])])} onSave={async () => ({ kind: 'saved', timestamp: '20261130104205', captureUrl: 'https://web.archive.org/web/20261130104205/x' })} />, host);
    await loaded();
    button()!.click();
    await settle();
    const at = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(Date.UTC(2026, 10, 30, 10, 42, 5));
    expect(status()?.textContent).toBe(`Saved to the Wayback Machine at ${at}. The new copy joins the timeline once the archive lists it.`);
    expect(button()).toBeNull();
  });

  it('reads an answer it does not know as the archive not answering', async () => {
    const strange = { kind: 'refused', reason: { kind: 'asteroid' } } as unknown as SaveOutcome;
    render(<ArchiveNow history={done([version('b', [live])])} onSave={async () => strange} />, host);
    await loaded();
    button()!.click();
    await settle();
    expect(status()?.textContent).toBe('The archive did not answer. Try again later.');
    // A refusal leaves the button for a later try.
    expect(button()).not.toBeNull();
  });
});
