/** Tokens of normalised text: which of them count as words for the totals. */
import { expect, it } from 'vitest';
import { isWord, tokenize } from '../../src/core/diff/tokens.ts';

it('a token is a word when it starts with a letter, mark or digit, ASCII or not', () => {
  const tokens = tokenize("Mr. Rahami's 2 bombs — é, Ⅻ & 日本 @ [x] `z` {y}").keys;
  expect(tokens.filter(isWord)).toEqual(['Mr', "Rahami's", '2', 'bombs', 'é', 'Ⅻ', '日本', 'x', 'z', 'y']);
});
