/** Words and punctuation of normalised text, the units of every word-level comparison. */

/**
 * Han and kana (with the kana length mark): Japanese and Chinese put no space between words, so
 * a run of them is a clause, not a word. Each character is a token of its own, or a one-word
 * edit would show the whole clause around it as removed and added.
 */
const UNSPACED = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\u30FC';
/** A letter, mark or digit of a script that spaces its words. */
const spacedChar = `(?:(?![${UNSPACED}])[\\p{L}\\p{M}\\p{N}])`;
/** One Han or kana character, or letters, marks and digits joined by inner apostrophes or hyphens: "didn't", "president-elect". */
const word = new RegExp(`[${UNSPACED}]|${spacedChar}+(?:['-]${spacedChar}+)*`, 'gu');
/** A word or one other visible character, tried where a token starts (sticky). */
const token = new RegExp(`${word.source}|\\S`, 'uy');
const wordStart = /^[\p{L}\p{M}\p{N}]/u;

export interface Tokens {
  /** The tokens' text. */
  keys: string[];
  /** Where each token starts in the normalised text. */
  starts: number[];
}

/**
 * Tokens of `normalised`: what the `token` pattern matches, from left to right. Most text is
 * ASCII, where a scan of character codes finds the same tokens about twice as fast as the
 * pattern; wherever a token touches other characters, the pattern decides.
 */
export function tokenize(normalised: string): Tokens {
  const keys: string[] = [];
  const starts: number[] = [];
  for (let at = 0; at < normalised.length; ) {
    if (isAsciiSpace(normalised.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = asciiTokenEnd(normalised, at);
    if (end < 0) {
      token.lastIndex = at;
      const match = token.exec(normalised);
      // Only a space other than ASCII fails to start a token.
      if (!match) {
        at++;
        continue;
      }
      end = at + match[0].length;
    }
    keys.push(normalised.slice(at, end));
    starts.push(at);
    at = end;
  }
  return { keys, starts };
}

/** Where the token starting at `at` ends, when it is ASCII and so is what follows it; -1 otherwise. */
function asciiTokenEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first >= 0x80) return -1;
  if (!isAsciiWordCode(first)) return at + 1;
  let end = at + 1;
  for (;;) {
    while (end < text.length && isAsciiWordCode(text.charCodeAt(end))) end++;
    if (end >= text.length) return end;
    const next = text.charCodeAt(end);
    if (next >= 0x80) return -1;
    if (next !== 0x27 && next !== 0x2d) return end; // ' and - join words
    if (end + 1 >= text.length) return end;
    const afterJoin = text.charCodeAt(end + 1);
    if (afterJoin >= 0x80) return -1;
    if (!isAsciiWordCode(afterJoin)) return end;
    end += 2;
  }
}

function isAsciiWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

export function isWord(key: string): boolean {
  // Most tokens start with an ASCII character, which a comparison classifies faster than the regex.
  const code = key.charCodeAt(0);
  return code >= 0x80 ? wordStart.test(key) : isAsciiWordCode(code);
}

export function countWords(normalised: string): number {
  return normalised.match(word)?.length ?? 0;
}
