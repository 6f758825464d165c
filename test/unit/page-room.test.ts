// @vitest-environment happy-dom
/** The room the sidebar takes beside the page, and the page's own style given back on close. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createPageRoom } from '../../src/sidebar/page-room.ts';

beforeEach(() => document.documentElement.removeAttribute('style'));

describe('room for the sidebar', () => {
  it('narrows the page by the sidebar width, follows a new width, and leaves no trace when released', () => {
    const room = createPageRoom(document);
    room.set(440, 1280);
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('440px');
    expect(document.documentElement.style.getPropertyPriority('margin-right')).toBe('important');
    room.set(500, 1280);
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('500px');
    room.release();
    expect(document.documentElement.hasAttribute('style')).toBe(false);
  });

  it("puts back the page's own inline style exactly, and keeps what the page changed meanwhile", () => {
    document.documentElement.setAttribute('style', 'margin-right: 12px; overflow-y: scroll');
    const room = createPageRoom(document);
    room.set(440, 1280);
    document.documentElement.style.setProperty('overflow-x', 'hidden');
    room.release();
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('12px');
    expect(document.documentElement.style.getPropertyValue('overflow-y')).toBe('scroll');
    expect(document.documentElement.style.getPropertyValue('overflow-x')).toBe('hidden');
  });

  it('leaves a window too narrow to share alone: the sidebar covers the page there', () => {
    const room = createPageRoom(document);
    room.set(440, 1280);
    room.set(440, 640);
    expect(document.documentElement.hasAttribute('style')).toBe(false);
    room.set(440, 1280);
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('440px');
  });
});
