/** Tokens of normalised text: which of them count as words for the totals, and where they are. */
import { expect, it } from 'vitest';
import { isWord, tokenize } from '../../src/core/diff/tokens.ts';
import { diffCapture } from '../support/fixtures.ts';

it('a token is a word when it starts with a letter, mark or digit, ASCII or not', () => {
  const tokens = tokenize("Mr. Rahami's 2 bombs — é, Ⅻ & 日本 @ [x] `z` {y}").keys;
  expect(tokens.filter(isWord)).toEqual(['Mr', "Rahami's", '2', 'bombs', 'é', 'Ⅻ', '日', '本', 'x', 'z', 'y']);
});

it('Japanese, written without spaces, is a token a character: a run of it is a clause, not a word', () => {
  expect(tokenize('バイデン米大統領は13日、電話協議を実施。').keys).toEqual([...'バイデン米大統領は', '13', ...'日、電話協議を実施。']);
  expect(tokenize('한국어는 띄어 쓴다').keys).toEqual(['한국어는', '띄어', '쓴다']);
});

/** The definition the tokenizer's ASCII scan must agree with. */
function byPattern(text: string): { keys: string[]; starts: number[] } {
  const letter = "(?:(?![\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\u30FC])[\\p{L}\\p{M}\\p{N}])";
  const matches = [...text.matchAll(new RegExp(`[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\u30FC]|${letter}+(?:['-]${letter}+)*|\\S`, 'gu'))];
  return { keys: matches.map((m) => m[0]), starts: matches.map((m) => m.index) };
}

it('finds the same tokens as the pattern in real stories', () => {
  for (const name of ['rahami-2016', 'rahami-2019', 'cnn-2016', 'guardian-2022']) {
    for (const paragraph of diffCapture(name).paragraphs) expect(tokenize(paragraph), paragraph).toEqual(byPattern(paragraph));
  }
});

it('finds the same tokens as the pattern where ASCII meets other scripts, marks, joiners and spaces', () => {
  // Pieces chosen to meet at every boundary the scan hands over to the pattern.
  const pieces = ['a', 'Z', '9', ' ', '\n', "'", '-', '.', '_', 'é', 'ß', '日', '\u0301', '😀', '٣', '—', '\u00a0', '\u2028', '\t', 'don', 't', 'カ', 'ー', '한'];
  let state = 12345;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let n = 0; n < 5000; n++) {
    let text = '';
    for (let k = Math.floor(random() * 16); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)];
    expect(tokenize(text), JSON.stringify(text)).toEqual(byPattern(text));
  }
});
