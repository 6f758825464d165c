/** The Markdown redline of a story's history, read back the way a reader reads its marks. */
import { beforeAll, describe, expect, it } from 'vitest';
import { englishSummaryWords as words } from '../../src/cli/summary-words.ts';
import { storyMarkdown } from '../../src/core/export/markdown.ts';
import type { Version } from '../../src/core/history.ts';
import { RAHAMI_URL, rahamiVersions, truthTimelines, versionOf } from '../support/story-versions.ts';

/**
 * A redline line read back as Markdown renders it: `\x` is the character x, text between
 * `~~` is struck (the old text only), between `**` is new (the new text only).
 */
function readRedline(line: string): { old: string; new: string; marks: number } {
  let old = '';
  let now = '';
  let struck = false;
  let added = false;
  let marks = 0;
  for (let i = 0; i < line.length; i++) {
    const pair = line.slice(i, i + 2);
    if (line[i] === '\\' && i + 1 < line.length) {
      i++;
      if (!added) old += line[i];
      if (!struck) now += line[i];
    } else if (pair === '~~' || pair === '**') {
      if (pair === '~~') struck = !struck;
      else added = !added;
      marks++;
      i++;
    } else {
      if (!added) old += line[i];
      if (!struck) now += line[i];
    }
  }
  return { old: squash(old), new: squash(now), marks };
}

/**
 * Spacing as compared: a mark cannot begin with a space, so a space struck before new
 * punctuation ("bar~~ in Linden~~**, Merdie's**") stays outside the marks, on both sides.
 */
/**
 * Whether every mark of a redline line opens and closes by CommonMark's flanking rules, so that
 * it renders as a mark and not as asterisks or tildes: an opener is not followed by a space,
 * and before punctuation only follows a space or punctuation; a closer the other way round.
 */
function marksRender(line: string): boolean {
  const open = { '~~': false, '**': false };
  const space = (c: string | undefined) => c === undefined || /\s/.test(c);
  const punctuation = (c: string | undefined) => c !== undefined && /[\p{P}\p{S}]/u.test(c);
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') {
      i++;
      continue;
    }
    const mark = line.slice(i, i + 2);
    if (mark !== '~~' && mark !== '**') continue;
    const [before, after] = [line[i - 1], line[i + 2]];
    const ok = open[mark]
      ? !space(before) && (!punctuation(before) || space(after) || punctuation(after))
      : !space(after) && (!punctuation(after) || space(before) || punctuation(before));
    if (!ok) return false;
    open[mark] = !open[mark];
    i++;
  }
  return !open['~~'] && !open['**'];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').replace(/ ([,.;:])/g, '$1').trim();

let rahami: Version[];
beforeAll(async () => {
  rahami = await rahamiVersions();
});

const markdownOf = (versions: Version[]) => storyMarkdown({ url: RAHAMI_URL, versions, words, exportedAt: '2026-11-30T09:00:00Z' });

describe('the Markdown redline', () => {
  it('opens with the headline and lists each change oldest first, under its summary and its two times', () => {
    const md = markdownOf(rahami);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings');
    expect(lines[2]).toBe(`<${RAHAMI_URL}> · 2026-11-30T09:00:00Z`);
    expect(lines.filter((line) => line.startsWith('## '))).toEqual([
      '## 2 corrections changed; 8 paragraphs rewritten, 30 paragraphs added, 26 paragraphs removed, 7 paragraphs moved',
      '## 2 corrections changed',
    ]);
    expect(md).toContain('\n2016-09-19T20:49:01Z → 2019-10-16T11:16:56Z\n');
    expect(md).toContain('\n2019-10-16T11:16:56Z → 2026-11-23T21:00:00Z\n');
  });

  it("strikes the old words and bolds the new ones, so each side reads back as that version's paragraph", () => {
    const md = markdownOf(rahami.slice(0, 2));
    const [breaking, rewrite] = rahami.map((v) => v.article);
    const line = md.split('\n').find((l) => l.includes('frenzied end came'))!;
    expect(line).toContain('~~dramatic episode~~**frenzied end came**');
    const read = readRedline(line);
    expect(rewrite!.paragraphs.map(squash)).toContain(read.new);
    expect(breaking!.paragraphs.map(squash)).toContain(read.old);
    // Every paragraph of the new version that differs from the old shows up, read back whole.
    // A moved paragraph is marked with an arrow, a correction is a quote.
    const shown = md.split('\n\n').map((block) => readRedline(block.replace(/^(↕ |> )/, '')).new);
    for (const paragraph of rewrite!.paragraphs.filter((p) => !breaking!.paragraphs.includes(p)).map(squash)) expect(shown).toContain(paragraph);
  });

  // Every real truth set is exported and parsed: seconds of work, more on a loaded machine.
  it('renders every mark as a mark, also where an edit begins or ends with punctuation next to a word', { timeout: 60_000 }, async () => {
    const live = rahami[2]!.article;
    const edited = versionOf({ ...live, paragraphs: live.paragraphs.map((p, i) => (i === 0 ? p.replace(/(\w) (\w+) /, '$1, aged 28, $2. ') : p)) }, '2026-11-30T06:00:00Z', 'live');
    const md = markdownOf([rahami[2]!, edited]);
    const line = md.split('\n').find((l) => l.includes('aged 28'))!;
    expect(marksRender(line), line).toBe(true);
    expect(readRedline(line)).toMatchObject({ old: squash(live.paragraphs[0]!), new: squash(edited.article.paragraphs[0]!) });
    for (const story of [{ url: RAHAMI_URL, versions: rahami }, ...(await truthTimelines())]) {
      // A mark may run over a hard line break (a split or merged paragraph): blocks, not lines.
      const blocks = storyMarkdown({ ...story, words, exportedAt: '2026-11-30T09:00:00Z' }).split('\n\n');
      for (const b of blocks.filter((b) => b.includes('~~') || b.includes('**'))) expect(marksRender(b), b).toBe(true);
    }
  });

  it("reads a story's own *, ~, links, tags and list marks as text, never as marks", () => {
    const live = rahami[2]!.article;
    const tricky = [
      'Prices rose **sharply** and ~~fell~~ again, a 2*3 ~ 6 rise.',
      '# Not a heading, 1. not a list <del>not struck</del> [not a link](https://example.com) & not an &amp; entity',
      '- not a bullet',
      '1. not a numbered item',
      '> not a quote',
    ];
    const changed = versionOf({ ...live, paragraphs: [...tricky, ...live.paragraphs] }, '2026-11-30T06:00:00Z', 'live');
    const md = markdownOf([rahami[2]!, changed]);
    const blocks = md.split('\n\n');
    for (const text of tricky) {
      const block = blocks.find((b) => readRedline(b).new === text);
      expect(block, text).toBeDefined();
      // One pair of marks around the whole added paragraph: none of the story's own.
      expect(readRedline(block!).marks, block).toBe(2);
      expect(block!.startsWith('**'), block).toBe(true);
    }
  });

  it('shows nothing for copies that differ only in page layout', () => {
    const live = rahami[2]!.article;
    const template = versionOf({ ...live, reader: 'nytimes:2018-04' }, '2026-01-01T00:00:00Z');
    const generic = versionOf({ ...live, reader: 'generic', paragraphs: [...live.paragraphs, 'ADVERTISEMENT'] }, '2026-02-01T00:00:00Z', 'live');
    const md = markdownOf([template, generic]);
    expect(md).not.toContain('ADVERTISEMENT');
    expect(md).not.toContain('## ');
  });
});
