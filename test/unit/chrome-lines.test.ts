/**
 * The shared rules for lines that are never story text, each against the real line it was
 * written for and against real story sentences that start the same way
 * (test/fixtures/lines/chrome-lines.json; where each line was read is in its `from`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROME_LINES, isChrome } from '../../src/extract/chrome-lines.ts';
import { FIXTURES } from '../support/fixtures.ts';

interface Line {
  line: string;
  from: string;
  like?: string;
}

const { chrome, story } = JSON.parse(readFileSync(new URL('lines/chrome-lines.json', FIXTURES), 'utf8')) as { chrome: Line[]; story: Line[] };

describe('lines that are never story text', () => {
  it.each(chrome.map((line) => [line.line, line] as const))('"%s" is page chrome', (_name, { line }) => {
    expect(isChrome(line)).toBe(true);
  });

  it('every rule was written for a real line: each matches at least one of them', () => {
    const unproven = CHROME_LINES.filter((rule) => !chrome.some(({ line }) => rule.test(line)));
    expect(unproven.map(String)).toEqual([]);
  });
});

describe('story sentences that start the same way are kept', () => {
  it.each(story.map((line) => [line.line.slice(0, 60), line] as const))('"%s…" is story text', (_name, { line }) => {
    expect(isChrome(line)).toBe(false);
  });
});
