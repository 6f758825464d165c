import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashString, hashText } from '../../src/core/hash.ts';
import { normalizeText, normalizeWithOffsets, originalIndex } from '../../src/core/normalize.ts';

const same = (a: string, b: string) => expect(normalizeText(a)).toBe(normalizeText(b));
const differ = (a: string, b: string) => expect(normalizeText(a)).not.toBe(normalizeText(b));

const fixtureDir = new URL('../fixtures/diff/', import.meta.url);
const fixtureParagraphs = readdirSync(fixtureDir).flatMap(
  (name) => (JSON.parse(readFileSync(new URL(name, fixtureDir), 'utf8')) as { paragraphs: string[] }).paragraphs,
);

describe('normalising text for comparison', () => {
  it('treats curly and straight quotes as the same', () => {
    same('“It’s over,” she said. ‘Done.’', '"It\'s over," she said. \'Done.\'');
    same('the ``quoted\'\' word', 'the "quoted" word');
  });

  it('treats an em dash, an en dash between words and a double hyphen as the same, spaced or not', () => {
    same("Donald Trump -- and it's clear", 'Donald Trump – and it’s clear');
    same('Donald Trump—and', 'Donald Trump — and');
    same('Donald Trump - and', 'Donald Trump—and');
    same('the 1990–95 season', 'the 1990-95 season');
  });

  it('ignores non-breaking, zero-width and soft-hyphen characters and runs of spaces', () => {
    same('a\u00A0b  c\u200Bd\u00ADe\nf\u2009g', 'a b cde f g');
    same('  padded  ', 'padded');
  });

  it('treats decomposed and composed accents as the same (Unicode NFC)', () => {
    same('Cafe\u0301 in Zu\u0308rich', 'Café in Zürich');
  });

  it('ignores a space left before punctuation by inline markup', () => {
    same('said <a>Smith</a> , who', 'said <a>Smith</a>, who');
    same('( see above )', '(see above)');
  });

  it('ignores a leading wire dateline, but not an opening parenthesis that is part of the text', () => {
    same('(CNN)Winning the presidency', 'Winning the presidency');
    same('WASHINGTON (AP) — The Senate voted', 'The Senate voted');
    same('London (Reuters) - Shares fell', 'Shares fell');
    differ('(Laughter) Thank you.', 'Thank you.');
    differ('The network (CNN) said', 'The network said');
  });

  it('keeps real edits apart: words, numbers, case and punctuation that carries meaning', () => {
    differ('one officer was injured', 'one officer was wounded');
    differ('indiscriminantly firing', 'indiscriminately firing');
    differ('29 people', '28 people');
    differ('its end', "it's end");
    differ('President-elect', 'president-elect');
    differ('he left.', 'he left?');
  });

  it('is idempotent on real paragraphs', () => {
    for (const p of fixtureParagraphs) expect(normalizeText(normalizeText(p))).toBe(normalizeText(p));
  });

  it('records where each normalised character came from, so diffs can show the original', () => {
    const samples = [...fixtureParagraphs, '(CNN)Trump -- and “it’s” \u00A0 done…', 'Cafe\u0301  ok', '\u200B'];
    for (const original of samples) {
      const tracked = normalizeWithOffsets(original);
      expect(tracked.text).toBe(normalizeText(original));
      expect(originalIndex(tracked, tracked.text.length)).toBe(original.length);
      const backwards = Array.from({ length: tracked.text.length }, (_, k) => k).filter((k) => originalIndex(tracked, k) > originalIndex(tracked, k + 1));
      expect(backwards).toEqual([]);
    }
    const dashed = 'Trump -- and';
    const tracked = normalizeWithOffsets(dashed);
    const dash = tracked.text.indexOf('—');
    expect(dashed.slice(originalIndex(tracked, dash), originalIndex(tracked, dash + 1))).toBe(' -- ');
  });
});

describe('paragraph hashes', () => {
  it('are equal for paragraphs that differ only in formatting and differ for an edit', () => {
    expect(hashText('“It’s over” -- he said')).toBe(hashText('"It\'s over"—he said'));
    expect(hashText('one officer was injured')).not.toBe(hashText('one officer was wounded'));
  });

  it('are exact integers that fit a JavaScript number (valid IndexedDB keys)', () => {
    for (const p of fixtureParagraphs) {
      const h = hashText(p);
      expect(Number.isSafeInteger(h)).toBe(true);
      expect(h).toBeGreaterThanOrEqual(0);
    }
  });

  it('do not collide on the fixture paragraphs or on many near-identical strings', () => {
    const distinct = new Set(fixtureParagraphs.map(normalizeText));
    expect(new Set([...distinct].map(hashString)).size).toBe(distinct.size);
    const near = Array.from({ length: 50_000 }, (_, i) => `Paragraph number ${i} of the story.`);
    expect(new Set(near.map(hashString)).size).toBe(near.length);
  });

  it('do not change between releases: stored paragraphs are keyed by them', () => {
    // Pinned on purpose. If this fails, the hash function changed and every stored paragraph
    // key with it: that needs a store migration, not a new expected value.
    expect(hashString('The officer returned fire.')).toBe(5950308167690021);
  });
});
