import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/sites/index.ts';
import { parseDocument } from '../../src/extract/node.ts';
import { extractFixture, fixtureBytes } from '../support/fixtures.ts';

const page = (name: string) => fixtureBytes(`pages/${name}`);
const extract = (name: string, url: string) => extractFixture(`pages/${name}`, url);

const RAHAMI = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';
const CHROME = /Advertisement|Supported by|Send any friend a story|gift articles|transcript|0:00|Continue reading|Read in app/;

describe('nytimes: one story across three template eras (Rahami, 2016/2019/2022)', () => {
  it('the breaking 2016 version reads headline, byline, dates, body and its correction', async () => {
    const article = await extract('nytimes-rahami-2016-09-19.html', RAHAMI);
    expect(article.site).toBe('nytimes');
    expect(article.url).toBe(RAHAMI);
    expect(article.title).toBe('Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings');
    expect(article.byline).toBe('MARC SANTORA, WILLIAM K. RASHBAUM, AL BAKER and ADAM GOLDMAN');
    expect(article.publishedAt).toBe('2016-09-19T07:46:01-04:00');
    expect(article.modifiedAt).toBe('2016-09-19T16:41:56-04:00');
    expect(article.paragraphs).toHaveLength(46);
    expect(article.paragraphs[0]).toMatch(/^The man believed to be responsible for the explosion in Manhattan on Saturday night/);
    expect(article.paragraphs.at(-1)).toBe('“Then multiple, multiple shots,” he said.');
    expect(article.paragraphs.join('\n')).toContain('indiscriminantly');
    expect(article.corrections).toHaveLength(1);
    // The date and the note are on two lines, as the page sets them (a <br>).
    expect(article.corrections[0]).toMatch(/^Correction: September 19, 2016\nAn earlier version of this article misstated the number of bombings/);
    expect(article.paragraphs.join('\n')).not.toContain('An earlier version of this article');
    expect(article.paragraphs.join('\n')).not.toMatch(CHROME);
    expect(article.partial).toBe(false);
  });

  it('the rewritten 2019 version has the fixed spelling, 49 paragraphs and both corrections', async () => {
    const article = await extract('nytimes-rahami-2019-10-16.html', RAHAMI);
    expect(article.title).toBe('Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings');
    expect(article.byline).toBe('Marc Santora, William K. Rashbaum, Al Baker and Adam Goldman');
    expect(article.paragraphs).toHaveLength(49);
    expect(article.paragraphs[0]).toMatch(/^The man who the police said sowed terror across two states/);
    expect(article.paragraphs.at(-1)).toMatch(/^By sundown, Mr. Rahami had been charged with seven counts.*legal representation\.$/);
    const body = article.paragraphs.join('\n');
    expect(body).toContain('indiscriminately');
    expect(body).not.toContain('indiscriminantly');
    expect(body).not.toMatch(CHROME);
    // The "How the Manhunt ... Unfolded" interactive promo sits in the body column but is a link card.
    expect(body).not.toContain('How the Manhunt for the Chelsea Bombing Suspect Unfolded');
    // As written: a non-breaking space after "Correction:".
    expect(article.corrections.map((note) => note.slice(0, 30))).toEqual(['Correction:\u00a0Sept. 19, 2016 An ', 'Correction:\u00a0Sept. 21, 2016 Bec']);
  });

  it('the 2022 page adds gift-article and video-transcript chrome, none of which reaches the text', async () => {
    const [older, newer] = await Promise.all([
      extract('nytimes-rahami-2019-10-16.html', RAHAMI),
      extract('nytimes-rahami-2022.html', RAHAMI),
    ]);
    expect(newer.paragraphs.join('\n')).not.toMatch(CHROME);
    expect(newer.paragraphs.join('\n')).toContain('indiscriminately');
    // Only the page around the story changed between these captures: the text must be identical.
    expect(newer.paragraphs).toEqual(older.paragraphs);
    expect(newer.title).toBe(older.title);
  });
});

describe('nytimes: 2018 templates from NewsDiffs', () => {
  it('the old (story-body) template reads all 51 paragraphs and no comments or newsletter box', async () => {
    const article = await extract('nytimes-2018-old-format.html', 'https://www.nytimes.com/2018/05/18/us/school-shooting-santa-fe-texas.html');
    expect(article.title).toBe('Texas School Shooting: 10 Dead, 10 Hurt, and Many Not Surprised It Happened');
    expect(article.paragraphs).toHaveLength(51);
    expect(article.paragraphs[0]).toMatch(/^SANTA FE, Tex\. — A nation plagued by a nightmarish loop/);
    expect(article.paragraphs.at(-1)).toBe('“I started replaying what happened to us in my head,” she said. “Over and over.”');
    const body = article.paragraphs.join('\n');
    expect(body).not.toContain('GOOD GUY');
    expect(body).not.toContain('The news and stories that matter to Californians');
  });

  it('the new (React) template drops ad labels, the metering notice and the doubled headline', async () => {
    const article = await extract('nytimes-2018-new-format.html', 'https://www.nytimes.com/2018/05/16/us/politics/mueller-trump-indictment.html?smid=tw-share#commentsContainer');
    expect(article.url).toBe('https://www.nytimes.com/2018/05/16/us/politics/mueller-trump-indictment.html');
    expect(article.title).toBe('Mueller Won’t Indict Trump if He Finds Wrongdoing, Giuliani Says');
    expect(article.byline).toBe('Michael S. Schmidt, Maggie Haberman and Charlie Savage');
    expect(article.paragraphs).toHaveLength(25);
    expect(article.paragraphs[0]).toMatch(/^WASHINGTON — The special counsel, Robert S. Mueller III, will not indict/);
    const body = article.paragraphs.join('\n');
    expect(body).not.toMatch(/free articles remaining|Advertisement|Trending on NYTimes|Morning Briefing newsletter/);
  });

  it('a correction is its own field, not a body paragraph', async () => {
    const article = await extract('nytimes-2018-with-correction.html', 'https://www.nytimes.com/2018/06/05/world/europe/greece-macedonia.html');
    expect(article.corrections).toEqual([
      expect.stringMatching(/^Correction: Because of an editing error, an earlier version of a picture caption .* not Athens\.$/),
    ]);
    expect(article.paragraphs).toHaveLength(29);
    expect(article.paragraphs.join('\n')).not.toContain('Because of an editing error');
    expect(article.paragraphs.at(-1)).toBe('“They are not stealing our name,” he said of Macedonians. “We are the ones asking them to change theirs.”');
  });
});

describe('nytimes: Readability test pages', () => {
  it.each([
    ['nytimes-1.html', 'http://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html', 'United States to Lift Sudan Sanctions', 20, /^LONDON — After nearly 20 years of hostile relations/],
    ['nytimes-2.html', 'http://www.nytimes.com/2016/07/30/business/dealbook/yahoos-sale-to-verizon-leaves-shareholders-with-little-say.html', 'Yahoo’s Sale to Verizon Leaves Shareholders With Little Say', 20, /^Yahoo’s \$4.8 billion sale to Verizon is a complicated beast/],
    ['nytimes-3.html', 'https://www.nytimes.com/2019/02/21/nyregion/winter-weather-manholes-pipes.html', 'Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath N.Y.C.', 43, /^A series of recent manhole fires in the heart of Manhattan/],
  ])('%s is an article with its headline and body', async (name, url, title, count, first) => {
    const doc = parseDocument(page(name));
    expect(detectArticle(new URL(url), doc)).toMatchObject({ kind: 'article', liveBlog: false });
    const article = await extract(name, url);
    expect(article.site).toBe('nytimes');
    expect(article.url.startsWith('https://www.nytimes.com/')).toBe(true);
    expect(article.title).toBe(title);
    expect(article.paragraphs).toHaveLength(count);
    expect(article.paragraphs[0]).toMatch(first);
    expect(article.paragraphs.join('\n')).not.toMatch(/A version of this article appears in print|We’re interested in your feedback|Get New York Today in your inbox/);
  });

  it('subheadings in the body column are part of the text, in their place', async () => {
    const article = await extract('nytimes-3.html', 'https://www.nytimes.com/2019/02/21/nyregion/winter-weather-manholes-pipes.html');
    expect(article.paragraphs[6]).toBe('Rock salt on icy streets can cause mayhem below them');
  });

  it('the en Español section front is not an article, by its URL and by its page', () => {
    const doc = parseDocument(page('nytimes-5-section-front.html'));
    expect(detectArticle(new URL('https://www.nytimes.com/es/'), doc)).toEqual({ kind: 'not-article', reason: 'not-article-url' });
    // Even served under a story-shaped URL, its JSON-LD says CollectionPage.
    expect(detectArticle(new URL('https://www.nytimes.com/2019/08/06/es/portada.html'), doc)).toEqual({ kind: 'not-article', reason: 'not-article-page' });
  });
});
