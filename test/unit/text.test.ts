/**
 * Paragraph text as the browser renders it, on real snippets of real pages
 * (test/fixtures/snippets/, provenance in test/fixtures/PROVENANCE.md). The site templates read
 * a paragraph with `textOf`; the generic reader cuts Readability's article with `blockTexts`:
 * both must give the words a reader sees, with the spaces a reader sees.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/normalize.ts';
import { parseDocument } from '../../src/extract/node.ts';
import { bodyParagraphs } from '../../src/extract/template.ts';
import { blockTexts, textOf } from '../../src/extract/text.ts';
import { FIXTURES } from '../support/fixtures.ts';

/** A snippet as an archived copy is read: parsed on its own, scripting off. */
function snippet(name: string): Document {
  return parseDocument(`<!doctype html><html><body>${readFileSync(new URL(`snippets/${name}`, FIXTURES), 'utf8')}</body></html>`);
}

/** The snippet's first element, read the way a site template reads a paragraph. */
const paragraphOf = (name: string) => textOf(snippet(name).body.firstElementChild!);
/** The snippet read the way the generic reader reads Readability's article. */
const blocksOf = (name: string) => blockTexts(snippet(name).body);

describe('inline elements neither add nor remove a space', () => {
  it.each([
    // A link whose text ends in a space, the next word right after </a>.
    ['bbc-2015-link-space.html', 'changed on the Iran nuclear deal after an intense sell aimed at Gulf allies'],
    ['nytimes-2019-link-space.html', 'He has alternated displays of anger and warmth toward Beijing'],
    ['salon-2014-link-space.html', 'As Mashable reports, the company announced'],
    // The space inside the start of the next inline element.
    ['huffingtonpost-2016-span-space.html', 'including a 45-minute discussion this weekend that Trump initiated.'],
    ['aljazeera-2019-span-spaces.html', 'only two committed to that timeline.'],
    // A dateline in its own span, the dash inside it and the space after it.
    ['washingtonpost-2015-dateline.html', 'CAIRO — Gunmen opened fire on visitors at Tunisia’s most renowned museum'],
  ])('%s', (name, words) => {
    expect(paragraphOf(name)).toContain(words);
    expect(blocksOf(name)).toEqual([paragraphOf(name)]);
  });

  it('markup whitespace inside a paragraph is one space, and none at its edges', () => {
    expect(paragraphOf('washingtonpost-2015-dateline.html')).toBe(
      'CAIRO — Gunmen opened fire on visitors at Tunisia’s most renowned museum on Wednesday, killing at least 19 people, including 17 foreigners, in an assault that threatened to upset the fragile stability of a country seen as the lone success of the Arab Spring.',
    );
  });
});

describe('block edges separate; <br> is a line break', () => {
  it('paragraphs that touch in the markup are separate paragraphs, their words never glued', () => {
    const blocks = blocksOf('nytimes-2022-adjacent-paragraphs.html');
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toMatch(/in the Trump administration\.$/);
    expect(blocks[1]).toMatch(/^Ms\. Haley, a former Republican governor/);
    expect(paragraphOf('nytimes-2022-adjacent-paragraphs.html')).toContain('in the Trump administration. Ms. Haley, a former');
  });

  it('a list set with <br> keeps its lines', () => {
    expect(paragraphOf('cnn-money-2016-br-list.html')).toBe(
      'The overall rankings of the countries were as follows:\n1. Finland\n2. Norway\n3. Australia\n4. Canada\n5. Germany\n6. France\n7. United Kingdom\n8. Italy\n9. Spain\n10. United States',
    );
  });

  it('a correction whose date sits above its text is two lines, and compares as one', () => {
    const note = paragraphOf('nytimes-2016-correction-br.html');
    expect(note).toMatch(/^Correction: September 19, 2016\nAn earlier version of this article/);
    expect(normalizeText(note)).toMatch(/^Correction: September 19, 2016 An earlier version/);
  });
});

describe('a non-breaking space is shown as written and compared as a space', () => {
  it('The New Yorker, 2016 and 2022: the same closing line, one with a no-break space before its dingbat', () => {
    const older = paragraphOf('newyorker-2016-dingbat.html');
    const newer = paragraphOf('newyorker-2022-nbsp-dingbat.html');
    expect(older).toMatch(/Her work was done\. ♦$/);
    expect(newer).toMatch(/Her work was done\.\u00a0♦$/);
    expect(normalizeText(newer)).toBe(normalizeText(older));
  });
});

describe('what the reader never sees is not text', () => {
  it('a <noscript> banner, parsed as markup in an archived copy, is not a paragraph (BR, 2024)', () => {
    const doc = snippet('br-2024-noscript-banner.html');
    expect(bodyParagraphs(doc, { body: 'p' })).toEqual([expect.stringMatching(/^Gleich zu Beginn der bayerischen Landessynode/)]);
    expect(textOf(doc.body)).not.toContain('JavaScript');
  });

  it('print-only copies are not paragraphs (Die Welt, 2024)', () => {
    const doc = snippet('welt-2024-print-only.html');
    expect(bodyParagraphs(doc, { body: 'p' })).toEqual([]);
    expect(blockTexts(doc.body)).toEqual([]);
  });

  it('an element marked hidden is not a paragraph (Canada.com, 2026)', () => {
    const doc = snippet('canadacom-2026-hidden-error.html');
    const paragraphs = bodyParagraphs(doc, { body: 'p' });
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs.join('\n')).not.toContain('We encountered an issue');
  });

  it('a headline\'s invisible copy, kept for line balancing, is not read twice (NYT, 2018)', () => {
    expect(paragraphOf('nytimes-2018-ghost-headline.html')).toBe('Mueller Won’t Indict Trump if He Finds Wrongdoing, Giuliani Says');
  });
});
