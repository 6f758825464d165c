/**
 * A fast, stable 53-bit string hash: stored paragraphs are keyed by it, so its output for a
 * given input must never change (changing it orphans every stored paragraph).
 */
import { normalizeText } from './normalize.ts';

/**
 * Two 32-bit multiplicative hashes over the UTF-16 code units (FNV-1a and a variant with a
 * different seed and prime), each finished with the murmur3 avalanche, joined into a number
 * that fits a JavaScript integer exactly (and is therefore a valid IndexedDB key and JSON value).
 */
export function hashString(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (avalanche(b) >>> 11) * 0x100000000 + avalanche(a);
}

function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of a paragraph's normalised text: equal for paragraphs that differ only in formatting. */
export function hashText(s: string): number {
  return hashString(normalizeText(s));
}
