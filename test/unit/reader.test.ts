import { describe, expect, it } from 'vitest';
import { readersDiffer, storedReader } from '../../src/core/reader.ts';

describe('which reader read a copy', () => {
  it('two eras of one site, or a site era and the generic reader, are different layouts', () => {
    expect(readersDiffer('nytimes:2014', 'nytimes:2018-04')).toBe(true);
    expect(readersDiffer('nytimes:2018-04', 'generic')).toBe(true);
  });

  it('the same reader is the same layout', () => {
    expect(readersDiffer('nytimes:2018-04', 'nytimes:2018-04')).toBe(false);
    expect(readersDiffer('generic', 'generic')).toBe(false);
  });

  it('a copy stored before readers were recorded keeps what is known: generic, or its site with the era unknown', () => {
    expect(storedReader('generic', undefined)).toBe('generic');
    expect(storedReader('nytimes', undefined)).toBe('nytimes:?');
    expect(storedReader('nytimes', 'nytimes:2014')).toBe('nytimes:2014');
  });

  it('an unknown era is never claimed to differ from an era of its own site', () => {
    expect(readersDiffer('nytimes:?', 'nytimes:2018-04')).toBe(false);
    expect(readersDiffer('nytimes:?', 'nytimes:?')).toBe(false);
    expect(readersDiffer(undefined, 'nytimes:2018-04')).toBe(false);
    expect(readersDiffer(undefined, undefined)).toBe(false);
  });

  it('but a site file against the generic reader differs even with the era unknown', () => {
    expect(readersDiffer('nytimes:?', 'generic')).toBe(true);
  });
});
