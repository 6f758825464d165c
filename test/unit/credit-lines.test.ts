/**
 * The generic reader's rules for picture credits and chart sources on lines of their own, each
 * against the real lines it was written for and against real story lines that name the same
 * agencies or start the same way (test/fixtures/lines/credit-lines.json).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CREDIT_LINES, isChromeOrCredit } from '../../src/extract/credit-lines.ts';
import { FIXTURES } from '../support/fixtures.ts';

interface Line {
  line: string;
  from: string;
}

const { credit, story } = JSON.parse(readFileSync(new URL('lines/credit-lines.json', FIXTURES), 'utf8')) as { credit: Line[]; story: Line[] };

describe('credits on lines of their own', () => {
  it.each(credit.map((line) => [line.line, line] as const))('"%s" is a credit', (_name, { line }) => {
    expect(isChromeOrCredit(line)).toBe(true);
  });

  it('every rule was written for a real line: each matches at least one of them', () => {
    const unproven = CREDIT_LINES.filter((rule) => !credit.some(({ line }) => rule.test(line)));
    expect(unproven.map(String)).toEqual([]);
  });
});

describe('story lines that name an agency or start like a credit are kept', () => {
  it.each(story.map((line) => [line.line.slice(0, 60), line] as const))('"%s…" is story text', (_name, { line }) => {
    expect(isChromeOrCredit(line)).toBe(false);
  });
});
