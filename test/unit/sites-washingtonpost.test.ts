import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/sites/index.ts';
import { parseDocument } from '../../src/extract/node.ts';
import { extractFixture, fixtureBytes } from '../support/fixtures.ts';

const page = (name: string) => fixtureBytes(`pages/${name}`);
const extract = (name: string, url: string) => extractFixture(`pages/${name}`, url);

const TUNISIA = 'http://www.washingtonpost.com/world/gunmen-storm-museum-in-tunisia-killing-at-least-8/2015/03/18/00202e76-cd73-11e4-8730-4f473416e759_story.html';
const FOUNDATION = 'https://www.washingtonpost.com/politics/trump-foundation-apparently-admits-to-violating-ban-on-self-dealing-new-filing-to-irs-shows/2016/11/22/893f6508-b0a9-11e6-8616-52b15787add0_story.html';
const OPINION = 'https://www.washingtonpost.com/news/opinions/wp/2018/10/29/enough-platitudes-lets-name-names/';

describe('washingtonpost', () => {
  it('a 2015 story: body without the "Read more" link list that closes it', async () => {
    const article = await extract('washingtonpost-2015-tunisia.html', TUNISIA);
    expect(article.site).toBe('washingtonpost');
    expect(article.url).toBe(TUNISIA.replace('http:', 'https:'));
    expect(article.title).toBe('Attack stokes instability fears in North Africa');
    expect(article.byline).toBe('Erin Cunningham');
    expect(article.paragraphs[0]).toMatch(/^CAIRO — Gunmen opened fire on visitors at Tunisia’s most renowned museum/);
    expect(article.paragraphs.at(-1)).toBe('Heba Habib contributed to this report.');
    expect(article.paragraphs).toHaveLength(29);
    expect(article.paragraphs.join('\n')).not.toMatch(/Read more|Bardo museum is home to amazing Roman treasures|Comments our editors find/);
  });

  it('a 2016 story: in-body links to other stories are not paragraphs; the stated date is read', async () => {
    const article = await extract('washingtonpost-2016-trump-foundation.html', FOUNDATION);
    expect(article.title).toBe('Trump Foundation admits to violating ban on ‘self-dealing,’ new filing to IRS shows');
    expect(article.byline).toBe('David A. Fahrenthold');
    expect(article.publishedAt).toBe('2016-11-22T08:57-05:00');
    expect(article.paragraphs[0]).toMatch(/^President-elect Donald Trump’s charitable foundation has admitted/);
    expect(article.paragraphs.at(-1)).toBe('Rosalind S. Helderman contributed to this report.');
    expect(article.paragraphs).toHaveLength(50);
    const body = article.paragraphs.join('\n');
    expect(body).not.toContain('[Trump boasts about his philanthropy');
    expect(body).not.toContain('Trump Foundation 2015 tax filing\n');
    expect(body).not.toContain('Post Contributor Badge');
  });

  it('a 2018 opinion column: the author\'s "Read more from" list is not the column', async () => {
    const article = await extract('washingtonpost-2018-opinion.html', `${OPINION}?utm_term=.72241d67bd9b`);
    expect(article.url).toBe(OPINION);
    expect(article.title).toBe('Enough platitudes: Let’s name names');
    expect(article.byline).toBe('Jennifer Rubin');
    expect(article.paragraphs).toHaveLength(11);
    expect(article.paragraphs.at(-1)).toMatch(/We should call them out — by name — and implore them to do better\.$/);
    expect(article.paragraphs.join('\n')).not.toMatch(/Read more from Jennifer Rubin|Why Trump cannot tone it down|Amazon Services LLC/);
  });

  it('detects articles by their dated path, and video and live-update pages for what they are', () => {
    const doc = parseDocument(page('washingtonpost-2018-opinion.html'));
    expect(detectArticle(new URL(OPINION), doc)).toMatchObject({ kind: 'article', url: OPINION, liveBlog: false });
    expect(detectArticle(new URL('https://www.washingtonpost.com/politics/'), doc)).toEqual({ kind: 'not-article', reason: 'not-article-url' });
    expect(detectArticle(new URL('https://www.washingtonpost.com/video/politics/some-clip/2018/10/29/abc_video.html'), doc)).toEqual({ kind: 'not-article', reason: 'video' });
    expect(detectArticle(new URL('https://www.washingtonpost.com/politics/live-updates/2024/11/05/election-day/'), doc)).toMatchObject({ kind: 'article', liveBlog: true });
  });
});
