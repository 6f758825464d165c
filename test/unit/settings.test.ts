/** The reader's stored settings: when lookups happen, read back whatever storage holds. */
import { describe, expect, it } from 'vitest';
import { loadSettings, readSettings } from '../../src/settings.ts';

describe('when history is looked up', () => {
  it('is on page load unless the reader chose the sidebar, and a stored value that means nothing is the default', () => {
    expect(readSettings(undefined).lookup).toBe('page-load');
    expect(readSettings({ archiveBase: 'https://web.archive.org' }).lookup).toBe('page-load');
    expect(readSettings({ lookup: 'sidebar-open' }).lookup).toBe('sidebar-open');
    for (const bad of [true, 'never', null, 1]) expect(readSettings({ lookup: bad }).lookup).toBe('page-load');
  });

  it('keeps the archive when only the timing was stored, and the timing when only the archive was', () => {
    expect(readSettings({ lookup: 'sidebar-open' })).toEqual({ archiveBase: 'https://web.archive.org', lookup: 'sidebar-open' });
    expect(readSettings({ archiveBase: 'https://a.example.org', lookup: 'sidebar-open' })).toEqual({ archiveBase: 'https://a.example.org', lookup: 'sidebar-open' });
  });

  it('a storage that fails gives the defaults', async () => {
    expect(await loadSettings({ get: () => Promise.reject(new Error('gone')) })).toEqual({ archiveBase: 'https://web.archive.org', lookup: 'page-load' });
  });
});
