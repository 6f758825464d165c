// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { diffArticles } from '../../src/core/diff/index.ts';
import { createOverlay, locateParagraphs, MARK_ATTR } from '../../src/sidebar/overlay.ts';

const text = (paragraphs: string[]) => ({ title: 'T', byline: null, corrections: [], paragraphs, partial: false });
const before = ['The officer fired first.', 'Two officers were injured.', 'The mayor spoke.', 'A witness said nothing.'];
const after = ['The officer fired first.', 'Two officers were wounded.', 'He was taken to a hospital.', 'A witness said nothing.'];

beforeEach(() => {
  document.body.innerHTML = `<article><h1>T</h1>${after.map((p) => `<p>${p.replace('wounded', '<a href="#">wounded</a>')}</p>`).join('')}<aside><p>Advertisement</p></aside></article>`;
});

const marks = () => [...document.querySelectorAll(`[${MARK_ATTR}]`)].map((el) => [el.getAttribute(MARK_ATTR), el.textContent]);

describe('the overlay on the live article', () => {
  it('finds the page element of each paragraph by its text, links and curly quotes included', () => {
    const found = locateParagraphs(document.body, [...after, 'Not on the page']);
    expect(found.slice(0, 4).every((el) => el?.tagName === 'P')).toBe(true);
    expect(found[4]).toBeNull();
  });

  it('marks changed and added paragraphs, notes removed ones where they were, and clears it all', () => {
    const overlay = createOverlay(document, () => {}, (n) => `${n} removed`);
    overlay.show(diffArticles(text(before), text(after)), after);
    expect(marks()).toEqual([
      ['changed', 'Two officers were wounded.'],
      ['added', 'He was taken to a hospital.'],
    ]);
    expect(document.querySelector('article-history-removed')?.textContent).toBe('1 removed');
    overlay.clear();
    expect(marks()).toEqual([]);
    expect(document.querySelector('article-history-removed')).toBeNull();
    expect(document.getElementById('article-history-overlay-style')).toBeNull();
  });

  it('puts the marks back when the site re-renders its article', async () => {
    const overlay = createOverlay(document, () => {}, (n) => `${n} removed`);
    overlay.show(diffArticles(text(before), text(after)), after);
    const article = document.querySelector('article')!;
    article.replaceWith(article.cloneNode(true));
    document.querySelectorAll(`[${MARK_ATTR}]`).forEach((el) => el.removeAttribute(MARK_ATTR));
    await new Promise((r) => setTimeout(r, 50));
    expect(marks().map(([kind]) => kind)).toEqual(['changed', 'added']);
    overlay.clear();
  });

  it('leaves its marks alone while the rest of the page changes (ads, lazy images)', async () => {
    const overlay = createOverlay(document, () => {}, (n) => `${n} removed`);
    overlay.show(diffArticles(text(before), text(after)), after);
    const note = document.querySelector('article-history-removed');
    const marked = document.querySelector(`[${MARK_ATTR}]`);
    document.querySelector('aside')!.append(document.createElement('img'));
    await new Promise((r) => setTimeout(r, 50));
    expect(document.querySelector('article-history-removed')).toBe(note);
    expect(document.querySelector(`[${MARK_ATTR}]`)).toBe(marked);
    overlay.clear();
  });

  /** A click as the reader's mouse makes it; happy-dom's own are untrusted, like a page script's. */
  const readerClick = (element: Element) => {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'isTrusted', { value: true });
    element.dispatchEvent(event);
  };

  it('tells which change a click on a marked paragraph is about, but leaves links alone', () => {
    const clicked: number[] = [];
    const overlay = createOverlay(document, (i) => clicked.push(i), (n) => `${n} removed`);
    const diff = diffArticles(text(before), text(after));
    overlay.show(diff, after);
    readerClick(document.querySelector(`[${MARK_ATTR}="added"]`)!);
    readerClick(document.querySelector('a')!);
    expect(clicked.map((i) => diff.paragraphs[i]!.kind)).toEqual(['added']);
    overlay.clear();
  });

  it("ignores a click on a marked paragraph that the page's own script made", () => {
    const clicked: number[] = [];
    const overlay = createOverlay(document, (i) => clicked.push(i), (n) => `${n} removed`);
    overlay.show(diffArticles(text(before), text(after)), after);
    (document.querySelector(`[${MARK_ATTR}="added"]`) as HTMLElement).click();
    expect(clicked).toEqual([]);
    overlay.clear();
  });
});

describe('paragraphs that are lines of bare text (a template with `breaks`)', () => {
  const lines = ['The first line of the story.', 'A second line, with <a href="#">a link</a> in it.', 'The third line.'];
  const page = `<div class="story">${lines.join('<span class="br"></span>')}<br>Not a paragraph of the story.</div>`;
  const read = (html: string) => html.replace(/<[^>]+>/g, '');

  it('marks the changed line alone, and gives the page its own text back on clear', () => {
    document.body.innerHTML = page;
    const now = lines.map(read);
    const was = [now[0]!, 'A second line, with a link in it once.', now[2]!];
    const overlay = createOverlay(document, () => {}, (n) => `${n} removed`);
    overlay.show(diffArticles(text(was), text(now)), now);
    expect(marks()).toEqual([['changed', now[1]]]);
    // The lines that did not change are left as the site built them.
    expect(document.querySelectorAll('article-history-run')).toHaveLength(1);
    overlay.clear();
    expect(document.body.innerHTML).toBe(page);
  });

  it('notes a removed line before the line that now follows it', () => {
    document.body.innerHTML = page;
    const now = lines.map(read);
    const overlay = createOverlay(document, () => {}, (n) => `${n} removed`);
    overlay.show(diffArticles(text([now[0]!, 'A line since removed from the story.', now[1]!, now[2]!]), text(now)), now);
    expect(document.querySelector('article-history-removed')?.nextElementSibling?.textContent).toBe(now[1]);
    overlay.clear();
    expect(document.body.innerHTML).toBe(page);
  });

  it('does not take a line for a paragraph that is only part of it', () => {
    document.body.innerHTML = page;
    const overlay = createOverlay(document, () => {}, (n) => `${n} removed`);
    overlay.show(diffArticles(text(['Not a paragraph.']), text(['a paragraph of the story.'])), ['a paragraph of the story.']);
    expect(marks()).toEqual([]);
    overlay.clear();
  });
});
