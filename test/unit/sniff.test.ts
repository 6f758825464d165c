/** Whether bytes handed over as a page can be HTML: what the CLI refuses before parsing. */
import { describe, expect, it } from 'vitest';
import { sniffPage } from '../../src/core/sniff.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));
const PAGE = '<!doctype html><html><head><title>A story</title></head><body><p>Text.</p></body></html>';

describe('sniffPage', () => {
  it.each([
    ['a PNG image', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR')],
    ['a JPEG image', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF')],
    ['a GIF image', bytes('GIF89a', [1, 0, 1, 0])],
    ['a WebP image', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')],
    ['a PDF document', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')],
    ['a zip archive (or a document inside one)', bytes('PK', [3, 4, 20, 0])],
    ['gzip-compressed data (decompress it first, e.g. curl --compressed)', bytes([0x1f, 0x8b, 0x08, 0], PAGE)],
    ['a video or audio file', bytes([0, 0, 0, 0x20], 'ftypisom')],
  ])('names %s by its first bytes', (what, data) => {
    expect(sniffPage(data)).toEqual({ kind: 'not-html', what });
  });

  it('a known signature wins over a content type that says HTML', () => {
    expect(sniffPage(bytes('%PDF-1.4 ...'), 'text/html; charset=utf-8')).toEqual({ kind: 'not-html', what: 'a PDF document' });
  });

  it('a content type that is not HTML is not HTML, whatever the bytes', () => {
    expect(sniffPage(bytes(PAGE), 'application/json; charset=utf-8')).toEqual({ kind: 'not-html', what: 'application/json, says the content type' });
    expect(sniffPage(bytes(PAGE), 'Text/HTML; charset=windows-1252')).toEqual({ kind: 'html' });
    expect(sniffPage(bytes(PAGE), 'application/xhtml+xml')).toEqual({ kind: 'html' });
  });

  it('unknown binary bytes are binary data; a UTF-16 page with its BOM, or one declared HTML, is not', () => {
    expect(sniffPage(bytes([0x00, 0x01, 0x02, 0x03], PAGE))).toEqual({ kind: 'not-html', what: 'binary data' });
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(PAGE, 'utf16le')]);
    expect(sniffPage(utf16)).toEqual({ kind: 'html' });
    expect(sniffPage(Uint8Array.from(Buffer.from(PAGE, 'utf16le')), 'text/html; charset=utf-16le')).toEqual({ kind: 'html' });
  });

  it('an HTML page in any ASCII-compatible charset is HTML', () => {
    expect(sniffPage(bytes(PAGE))).toEqual({ kind: 'html' });
    expect(sniffPage(bytes('<p>Caf\xe9 \x93quoted\x94</p>'))).toEqual({ kind: 'html' });
    expect(sniffPage(bytes([0xef, 0xbb, 0xbf], PAGE))).toEqual({ kind: 'html' });
  });

  it('no bytes, whitespace, or a BOM and whitespace are an empty page', () => {
    expect(sniffPage(new Uint8Array())).toEqual({ kind: 'empty' });
    expect(sniffPage(bytes(' \t\r\n\f'))).toEqual({ kind: 'empty' });
    expect(sniffPage(bytes([0xef, 0xbb, 0xbf], '\n'))).toEqual({ kind: 'empty' });
    expect(sniffPage(new Uint8Array(), 'text/html')).toEqual({ kind: 'empty' });
  });
});
