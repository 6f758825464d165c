/** The sidebar's keys listen on the page's document, where the page's scripts can press keys too. */
import { describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { handleSidebarKey } from '../../src/sidebar/keys.ts';

const window = new Window();
vi.stubGlobal('HTMLElement', window.HTMLElement);
vi.stubGlobal('HTMLInputElement', window.HTMLInputElement);
vi.stubGlobal('HTMLTextAreaElement', window.HTMLTextAreaElement);
vi.stubGlobal('HTMLSelectElement', window.HTMLSelectElement);

const press = (key: string, trusted: boolean) => {
  const event = new window.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  window.document.body.dispatchEvent(event);
  return event as unknown as KeyboardEvent;
};

describe('the sidebar keys', () => {
  it("move through the changes on the reader's key presses", () => {
    const step = vi.fn();
    handleSidebarKey(press('j', true), { close: () => {}, step, stepVersion: () => {} });
    expect(step).toHaveBeenCalledWith(1);
  });

  it("do nothing for key presses a page script made, however many (a page cannot page through the history)", () => {
    const actions = { close: vi.fn(), step: vi.fn(), stepVersion: vi.fn() };
    for (const key of ['j', 'k', '[', ']', 'Escape']) handleSidebarKey(press(key, false), actions);
    expect([actions.close, actions.step, actions.stepVersion].every((fn) => fn.mock.calls.length === 0)).toBe(true);
  });
});
