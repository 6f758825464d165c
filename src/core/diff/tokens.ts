/** Words and punctuation of normalised text, the units of every word-level comparison. */

/** Letters, marks and digits, joined by inner apostrophes or hyphens: "didn't", "president-elect". */
const word = /[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*/gu;
/** A word or one other visible character. */
const token = new RegExp(`${word.source}|\\S`, 'gu');
const wordStart = /^[\p{L}\p{M}\p{N}]/u;

export interface Tokens {
  /** The tokens' text. */
  keys: string[];
  /** Where each token starts in the normalised text. */
  starts: number[];
}

export function tokenize(normalised: string): Tokens {
  const keys: string[] = [];
  const starts: number[] = [];
  // An `exec` loop rather than `matchAll`, which copies the pattern and builds an iterator per text.
  token.lastIndex = 0;
  for (let match = token.exec(normalised); match; match = token.exec(normalised)) {
    keys.push(match[0]);
    starts.push(match.index);
  }
  return { keys, starts };
}

export function isWord(key: string): boolean {
  // Most tokens start with an ASCII character, which a comparison classifies faster than the regex.
  const code = key.charCodeAt(0);
  if (code >= 0x80) return wordStart.test(key);
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function countWords(normalised: string): number {
  return normalised.match(word)?.length ?? 0;
}
