/**
 * Whether bytes handed to us as a page can be HTML at all, before any parsing: a saved image,
 * a PDF or a still-compressed download would otherwise be decoded as text and "extracted" into
 * garbage or a misleading "no story found". A known file signature decides first (a PNG is never
 * a page, whatever it was served as), then the content type when one is given, then the first
 * bytes as the WHATWG MIME sniffing standard reads them.
 */

export type Sniffed = { kind: 'html' } | { kind: 'empty' } | { kind: 'not-html'; what: string };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** Signatures from the MIME sniffing standard's image, audio/video and archive tables, plus PDF and zip. */
const SIGNATURES: readonly { what: string; bytes: readonly (number | null)[] }[] = [
  { what: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { what: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { what: 'a GIF image', bytes: [...ascii('GIF8')] },
  { what: 'a WebP image', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { what: 'a PDF document', bytes: [...ascii('%PDF-')] },
  { what: 'a zip archive (or a document inside one)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'gzip-compressed data (decompress it first, e.g. curl --compressed)', bytes: [0x1f, 0x8b, 0x08] },
  { what: 'zstd-compressed data (decompress it first)', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { what: 'a video or audio file', bytes: [null, null, null, null, ...ascii('ftyp')] },
];

/** The standard's "binary data bytes": no text page, in any charset a page may use unannounced, has them. */
const BINARY_BYTE = (byte: number) => byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1a) || (byte >= 0x1c && byte <= 0x1f);

const WHITESPACE = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x20]);

/** How many leading bytes are sniffed (the standard's resource header is 1445 bytes). */
const HEADER_BYTES = 1445;

export function sniffPage(bytes: Uint8Array, contentType?: string | null): Sniffed {
  if (isBlank(bytes)) return { kind: 'empty' };
  const signature = SIGNATURES.find((candidate) => startsWith(bytes, candidate.bytes));
  if (signature) return { kind: 'not-html', what: signature.what };
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  // A declared HTML type is trusted as browsers trust it: a UTF-16 page without a BOM is full of zero bytes.
  if (mediaType) return HTML_TYPES.has(mediaType) ? { kind: 'html' } : { kind: 'not-html', what: `${mediaType}, says the content type` };
  if (!hasUtf16Bom(bytes) && bytes.subarray(0, HEADER_BYTES).some(BINARY_BYTE)) return { kind: 'not-html', what: 'binary data' };
  return { kind: 'html' };
}

function isBlank(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.subarray(start).every((byte) => WHITESPACE.has(byte));
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe);
}

function startsWith(bytes: Uint8Array, signature: readonly (number | null)[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => byte === null || bytes[i] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((ch) => ch.charCodeAt(0));
}
