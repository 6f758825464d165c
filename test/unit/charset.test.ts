import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/core/charset.ts';

/** Encodes text as windows-1252 / ISO-8859-1 bytes (the characters used here are all in both). */
function latin1(text: string): Uint8Array {
  const map: Record<string, number> = { '’': 0x92, '“': 0x93, '”': 0x94, '—': 0x97, 'é': 0xe9, 'ü': 0xfc, '£': 0xa3 };
  return Uint8Array.from([...text].map((ch) => map[ch] ?? ch.charCodeAt(0)));
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const STORY = '<p>Café owner’s “best” year — £5 for Müller</p>';

describe('decoding archived pages', () => {
  it('uses the HTTP Content-Type charset first', () => {
    const bytes = latin1(`<html><head><meta charset="utf-8"></head><body>${STORY}</body></html>`);
    expect(decodeHtml(bytes, 'text/html; charset=windows-1252')).toContain(STORY);
  });

  it('reads a 2000s page that declares ISO-8859-1 in http-equiv, with windows-1252 quotes', () => {
    const bytes = latin1(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body>${STORY}</body></html>`);
    expect(decodeHtml(bytes, 'text/html')).toContain(STORY);
  });

  it('finds <meta charset> after a long head (beyond the first 1024 bytes)', () => {
    const bytes = latin1(`<html><head><!-- ${'x'.repeat(1500)} --><meta charset="windows-1252"></head><body>${STORY}</body></html>`);
    expect(decodeHtml(bytes)).toContain(STORY);
  });

  it('without any declaration, valid UTF-8 is read as UTF-8', () => {
    expect(decodeHtml(utf8(`<html><body>${STORY}</body></html>`))).toContain(STORY);
  });

  it('without any declaration, bytes that are not UTF-8 are read as windows-1252', () => {
    expect(decodeHtml(latin1(`<html><body>${STORY}</body></html>`))).toContain(STORY);
  });

  it('an unknown charset label falls through to the next signal', () => {
    const bytes = utf8(`<html><head><meta charset="x-no-such-charset"></head><body>${STORY}</body></html>`);
    expect(decodeHtml(bytes, 'text/html; charset=bogus')).toContain(STORY);
  });

  it('a byte order mark wins over a wrong declaration', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`<meta charset="iso-8859-1">${STORY}`)]);
    expect(decodeHtml(bytes, 'text/html; charset=iso-8859-1')).toContain(STORY);
  });
});
