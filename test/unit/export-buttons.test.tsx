// @vitest-environment happy-dom
/** The export buttons of the sidebar and the followed-stories page: a click that cannot build its file says so. */
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { englishMessage } from '../support/english-messages.ts';

vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getUILanguage: () => 'en-US', getMessage: englishMessage } },
}));
vi.stubGlobal('browser', (await import('webextension-polyfill')).default);
const { ExportButtons } = await import('../../src/sidebar/ExportButtons.tsx');
const { FeedExportButton } = await import('../../src/followed/FeedExportButton.tsx');

let host: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '';
  host = document.createElement('div');
  document.body.append(host);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
const failure = () => host.querySelector<HTMLElement>('[data-testid=export-failed]');
const click = (testId: string) => host.querySelector<HTMLButtonElement>(`[data-testid=${testId}]`)!.click();

describe('export buttons', () => {
  it('say nothing when the file is made', async () => {
    const onExport = vi.fn(() => Promise.resolve());
    render(<ExportButtons onExport={onExport} />, host);
    click('export-markdown');
    await vi.waitFor(() => expect(onExport).toHaveBeenCalledWith('markdown'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failure()).toBeNull();
  });

  it('say so beside the buttons when the file cannot be made, and forget it at the next click that works', async () => {
    let fail = true;
    render(<ExportButtons onExport={() => (fail ? Promise.reject(new Error('cannot read the stored versions')) : Promise.resolve())} />, host);
    click('export-atom');
    await vi.waitFor(() => expect(failure()?.textContent).toBe('The file could not be made. Reload the page and try again.'));
    expect(failure()!.getAttribute('role')).toBe('alert');
    fail = false;
    click('export-json');
    await vi.waitFor(() => expect(failure()).toBeNull());
  });

  it('the feed of every followed story says so too', async () => {
    render(<FeedExportButton onExport={() => Promise.reject(new Error('no answer from the background'))} />, host);
    click('export-followed-feed');
    await vi.waitFor(() => expect(failure()).not.toBeNull());
  });
});
