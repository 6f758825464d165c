/** What a background read of a followed story's live page makes of it: only a full read of the same story with another text is a change. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import { judgeLiveRead, sameStoryAddress, type LiveRead } from '../../src/core/follow-check.ts';

const URL_A = 'https://www.nytimes.com/2016/09/20/nyregion/a.html';
const story = (change: Partial<Article> = {}): Article => ({
  url: URL_A, site: 'nytimes', reader: 'nytimes:2014', title: 'Suspect Is Arrested', byline: null, publishedAt: null, modifiedAt: null, corrections: [],
  paragraphs: ['The man was found asleep in a doorway.', 'He was taken to a hospital.'], partial: false, liveBlog: false, ...change,
});
const page = (article: Article, redirectedTo: string | null = null): LiveRead => ({ kind: 'page', redirectedTo, reading: { kind: 'article', article } });

describe('judging a live read', () => {
  it('a new headline and a rewritten paragraph are a change, counted for the summary', () => {
    const check = judgeLiveRead(page(story({ title: 'Suspect Is Charged', paragraphs: ['The man was found asleep in the doorway of a bar.', 'He was taken to a hospital.'] })), story());
    expect(check.kind).toBe('changed');
    if (check.kind !== 'changed') return;
    expect(check.counts).toMatchObject({ headline: true, rewritten: 1, added: 0, removed: 0 });
    expect(check.article.title).toBe('Suspect Is Charged');
  });

  it('the same text is unchanged, and so is a text that differs only in quotes and spaces', () => {
    expect(judgeLiveRead(page(story()), story())).toEqual({ kind: 'unchanged' });
    expect(judgeLiveRead(page(story({ paragraphs: ['The man was found  asleep in a doorway.', 'He was taken to a hospital.'] })), story())).toEqual({ kind: 'unchanged' });
  });

  it('a 404 and a 410 are failures, not a story with every paragraph removed', () => {
    expect(judgeLiveRead({ kind: 'http-error', status: 404 }, story())).toEqual({ kind: 'failed', failure: 'not-found' });
    expect(judgeLiveRead({ kind: 'http-error', status: 410 }, story())).toEqual({ kind: 'failed', failure: 'gone' });
    expect(judgeLiveRead({ kind: 'http-error', status: 503 }, story())).toEqual({ kind: 'failed', failure: 'http-error' });
    expect(judgeLiveRead({ kind: 'unreachable' }, story())).toEqual({ kind: 'failed', failure: 'unreachable' });
  });

  it('a paywalled read is a failure, even when what it shows differs', () => {
    expect(judgeLiveRead(page(story({ title: 'Subscribe', paragraphs: ['The man was found'], partial: true })), story())).toEqual({ kind: 'failed', failure: 'partial' });
  });

  it('a redirect to another page, or another page under the address, is a failure', () => {
    expect(judgeLiveRead(page(story({ title: 'N.Y./Region' }), 'https://www.nytimes.com/section/nyregion'), story())).toEqual({ kind: 'failed', failure: 'redirected' });
    expect(judgeLiveRead({ kind: 'page', redirectedTo: null, reading: { kind: 'other-page', url: 'https://www.nytimes.com/section/nyregion' } }, story())).toEqual({ kind: 'failed', failure: 'redirected' });
    expect(judgeLiveRead({ kind: 'page', redirectedTo: null, reading: { kind: 'no-article' } }, story())).toEqual({ kind: 'failed', failure: 'no-article' });
  });

  it('a redirect that only adds https, www., a trailing slash or a query is the same story', () => {
    expect(sameStoryAddress(URL_A, 'https://nytimes.com/2016/09/20/nyregion/a.html?smid=nytcore')).toBe(true);
    expect(sameStoryAddress('https://www.bbc.com/news/world-1', 'https://www.bbc.com/news/world-1/')).toBe(true);
    expect(sameStoryAddress(URL_A, 'https://www.nytimes.com/section/nyregion')).toBe(false);
    expect(sameStoryAddress(URL_A, 'https://www.example.com/2016/09/20/nyregion/a.html')).toBe(false);
  });
});
