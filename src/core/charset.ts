/**
 * Archived pages come as bytes in whatever charset the site used that year. The order is the
 * one browsers use: the HTTP Content-Type, then a `<meta charset>` or `http-equiv` declaration
 * near the top, then a sniff: valid UTF-8; else the legacy encoding whose reading of the
 * bytes looks like text of its language (Japanese, Chinese, Korean or Cyrillic pages of the
 * 2000s often declared nothing); else windows-1252, the web's default for Latin text.
 */

/** How far into the page a charset declaration is looked for (the HTML spec says 1024; real pages put it later). */
const PRESCAN_BYTES = 4096;

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const label = charsetOfBom(bytes) ?? charsetOfContentType(contentType) ?? charsetOfMeta(bytes) ?? sniff(bytes);
  // TextDecoder maps iso-8859-1 and us-ascii to windows-1252, as the HTML spec says.
  const decoder = new TextDecoder(label);
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? windows1252Fixed(text) : text;
}

function charsetOfBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

function charsetOfContentType(contentType: string | null | undefined): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match?.[1] && isKnown(match[1]) ? match[1] : null;
}

function charsetOfMeta(bytes: Uint8Array): string | null {
  // Declarations are ASCII, so reading the head as latin1 finds them whatever the charset.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag);
    if (direct?.[1] && isKnown(direct[1])) return utf16AsUtf8(direct[1]);
  }
  return null;
}

/** A page that reached us as bytes and claims UTF-16 in a meta tag is really ASCII-compatible (HTML spec). */
function utf16AsUtf8(label: string): string {
  return /^utf-?16/i.test(label) ? 'utf-8' : label;
}

function sniff(bytes: Uint8Array): string {
  // ISO-2022-JP is 7-bit, so it is valid UTF-8 too: its escape sequences give it away first.
  if (hasIso2022JpEscapes(bytes)) return 'iso-2022-jp';
  if (decodes(bytes, 'utf-8') !== null) return 'utf-8';
  return sniffLegacy(bytes) ?? 'windows-1252';
}

/** The bytes as text if every one of them is valid in `label`; a cut-off character at the end is allowed (the bytes may be a sample). */
function decodes(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return null;
  }
}

function hasIso2022JpEscapes(bytes: Uint8Array): boolean {
  for (let i = 0; i + 2 < bytes.length; i++) {
    // ESC $ B and ESC $ @ switch to JIS X 0208; ESC ( B back to ASCII.
    if (bytes[i] === 0x1b && bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40)) return true;
  }
  return false;
}

/** How much of a page the legacy sniff reads: enough text to tell, without decoding megabytes five times. */
const SNIFF_BYTES = 64 * 1024;

const KANA = /[\u3040-\u30ff]/gu;
const HANGUL = /[\uac00-\ud7a3]/gu;
const HANGUL_WORD_END = /[\uac00-\ud7a3](?=[\s.,!?])/gu;
const IDEOGRAPH = /[\u4e00-\u9fff]/gu;
const CYRILLIC = /[\u0410-\u044f\u0401\u0451]/gu;
/** Among the commonest characters of Chinese text, in the simplified and the traditional forms. */
const SIMPLIFIED = /[这们国说时对会来为经发个过后动与开关长现实业员进]/gu;
const TRADITIONAL = /[這們國說時對會來為經發個過後動與開關長現實業員進]/gu;

const share = (text: string, pattern: RegExp, of: number) => (text.match(pattern) ?? []).length / of;
const nonAscii = (text: string) => [...text].filter((ch) => ch.charCodeAt(0) > 0x7f).length;

/**
 * Each legacy decoder reads another's bytes too, into characters its language hardly uses, so
 * the script that comes out decides: kana only in Japanese, Hangul only in Korean, ideographs
 * in Chinese (where the commonest characters tell simplified from traditional), and for
 * Cyrillic, letters that are mostly not Latin. Null when nothing fits.
 */
function sniffLegacy(page: Uint8Array): string | null {
  const bytes = page.subarray(0, SNIFF_BYTES);
  const read = (label: string) => {
    const text = decodes(bytes, label);
    const foreign = text === null ? 0 : nonAscii(text);
    return text === null || foreign === 0 ? null : { label, text, foreign };
  };
  const japanese = ['shift_jis', 'euc-jp']
    .map(read)
    .filter((r) => r !== null && share(r.text, KANA, r.foreign) > 0.1 && share(r.text, KANA, r.foreign) + share(r.text, IDEOGRAPH, r.foreign) > 0.7)
    .sort((a, b) => share(b!.text, KANA, b!.foreign) - share(a!.text, KANA, a!.foreign))[0];
  if (japanese) return japanese.label;
  // Chinese bytes read as EUC-KR give Hangul too, but in runs: Korean puts a space between words.
  const korean = read('euc-kr');
  if (korean && share(korean.text, HANGUL, korean.foreign) > 0.5 && share(korean.text, HANGUL_WORD_END, korean.foreign) > 0.1) return korean.label;
  const chinese = [read('gb18030'), read('big5')].filter((r) => r !== null && share(r.text, IDEOGRAPH, r.foreign) > 0.7);
  if (chinese.length > 0) {
    const commonness = (r: NonNullable<(typeof chinese)[number]>) => (r.text.match(r.label === 'big5' ? TRADITIONAL : SIMPLIFIED) ?? []).length;
    return chinese.sort((a, b) => commonness(b!) - commonness(a!))[0]!.label;
  }
  // Markup and scripts are ASCII whatever the charset: only the text between tags counts.
  const cyrillic = decodes(bytes, 'windows-1251')?.replace(/<(script|style)\b[\s\S]*?<\/\1>|<[^>]*>/gi, ' ');
  const letters = cyrillic ? (cyrillic.match(/\p{L}/gu) ?? []).length : 0;
  if (cyrillic && letters > 0 && share(cyrillic, CYRILLIC, letters) > 0.5) return 'windows-1251';
  return null;
}

function isKnown(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * windows-1252 bytes 0x80-0x9F are curly quotes, dashes, the euro sign... Browsers decode them
 * so; Node 20's TextDecoder reads them as C1 control characters (ISO-8859-1), which would turn
 * every curly quote in a 2000s page into garbage in the CLI and the tests. Mapped here, a no-op
 * where the decoder is right.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252Fixed(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (ch) => WINDOWS_1252_C1[ch.charCodeAt(0) - 0x80] ?? ch);
}
