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

/**
 * Encodes text in a legacy charset by inverting the platform's own decoder over every one- and
 * two-byte sequence, so the tests need no encoding library.
 */
function encodeAs(label: string, text: string): Uint8Array {
  const decoder = new TextDecoder(label, { fatal: true });
  const table = new Map<string, number[]>();
  const add = (seq: number[]) => {
    try {
      const ch = decoder.decode(Uint8Array.from(seq));
      if ([...ch].length === 1 && !table.has(ch)) table.set(ch, seq);
    } catch {
      // Not a valid sequence in this charset.
    }
  };
  for (let a = 0; a < 0x100; a++) add([a]);
  for (let a = 0x80; a < 0x100; a++) for (let b = 0x40; b < 0x100; b++) add([a, b]);
  return Uint8Array.from([...text].flatMap((ch) => table.get(ch) ?? (() => { throw new Error(`${label} cannot encode ${ch}`); })()));
}

describe('pages that declare no charset, in legacy encodings', () => {
  // Real story text: Nikkan Gendai (fundus fixtures), Yonhap, Xinhua and Lenta.ru styles of 2000s pages.
  const page = (body: string) => `<html><head><title>x</title></head><body><article>${body}</article></body></html>`;
  const JAPANESE = '<h1>フジテレビ問題がスポーツ界に飛び火</h1><p>元タレントの中居正広氏（52）の女性トラブルを発端にしたフジテレビ問題が、スポーツ界に飛び火している。</p><p>今回の一件でフジテレビのガバナンスを問題視するスポンサー企業が続出。</p>';
  const KOREAN = '<p>정부는 오늘 새로운 경제 정책을 발표했다. 이번 정책은 중소기업 지원과 일자리 창출에 초점을 맞추고 있다.</p>';
  const CHINESE = '<p>国务院总理今天在北京主持召开国务院常务会议，部署进一步扩大内需的政策措施。</p>';
  const TRADITIONAL = '<p>行政院今天召開院會，通過新的經濟發展方案，這是今年對中小企業最重要的支持措施。</p>';
  const RUSSIAN = '<p>Правительство России утвердило новый план развития транспортной инфраструктуры на ближайшие десять лет.</p>';

  it.each([
    ['Shift_JIS', 'shift_jis', JAPANESE],
    ['EUC-JP', 'euc-jp', JAPANESE],
    ['EUC-KR', 'euc-kr', KOREAN],
    ['GBK', 'gbk', CHINESE],
    ['Big5', 'big5', TRADITIONAL],
    ['windows-1251', 'windows-1251', RUSSIAN],
  ])('a %s page is read in its own charset, not as mojibake', (_name, label, body) => {
    expect(decodeHtml(encodeAs(label, page(body)))).toContain(body);
  });

  it('a 7-bit ISO-2022-JP page is not taken for ASCII', () => {
    // ESC $ B starts JIS X 0208 text; 0x46 0x7c 0x4b 0x5c is 日本, ESC ( B goes back to ASCII.
    const bytes = Uint8Array.from([...utf8('<p>'), 0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42, ...utf8('</p>')]);
    expect(decodeHtml(bytes)).toContain('<p>日本</p>');
  });

  it('a Western page with a few accents stays windows-1252', () => {
    expect(decodeHtml(latin1(page(`<p>${'The café reopened. '.repeat(20)}${STORY}</p>`)))).toContain(STORY);
  });
});
