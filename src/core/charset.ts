/**
 * Archived pages come as bytes in whatever charset the site used that year. The order is the
 * one browsers use: the HTTP Content-Type, then a `<meta charset>` or `http-equiv` declaration
 * near the top, then a sniff (valid UTF-8, else windows-1252, the web's default for Latin text).
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
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
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
