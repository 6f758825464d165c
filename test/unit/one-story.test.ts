/**
 * One story per page for the generic reader: the next story a page loads under the first (as
 * Dagbladet's does) goes, and a live blog's posts stay together.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/extract/node.ts';
import { keepOneStory } from '../../src/extract/one-story.ts';

const LONG = 'Forholdet mellom stormakten USA og det lille landet nord på Korea-halvøya er alt annet en godt.';
const story = (heading: string, tag = 'h1') => `<article><${tag}>${heading}</${tag}><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></article>`;
const page = (...articles: string[]) => parseDocument(`<!doctype html><html><body><main>${articles.join('')}</main></body></html>`);
const headings = (doc: Document) => [...doc.querySelectorAll('h1, h2')].map((h) => h.textContent);

describe('one story per page', () => {
  it('keeps the story whose headline is the page title, and drops the next story loaded under it', () => {
    const doc = page(story('- Angsten vil øke'), story('Null tvil: - Nei!'));
    keepOneStory(doc, '- Angsten vil øke');
    expect(headings(doc)).toEqual(['- Angsten vil øke']);
  });

  it('keeps the first story when no headline is the title', () => {
    const doc = page(story('- Angsten vil øke'), story('Null tvil: - Nei!'));
    keepOneStory(doc, 'Dagbladet');
    expect(headings(doc)).toEqual(['- Angsten vil øke']);
  });

  it("keeps every post of a live blog, each an <article> under an h2", () => {
    const doc = page(story('12:05 Nord-Korea testet missiler', 'h2'), story('11:40 Maduro i New York', 'h2'));
    keepOneStory(doc, 'Siste nytt');
    expect(headings(doc)).toEqual(['12:05 Nord-Korea testet missiler', '11:40 Maduro i New York']);
  });
});
