/**
 * What the site files' test pages (read by test/unit/site-pages.test.ts) do not say by
 * themselves: captures years apart that read alike, notes, partial pages and live blogs, URL
 * rules, the benchmark's human-marked text, and the site files' own bookkeeping. NYT and WaPo have
 * their own, longer test files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import { normalizeText } from '../../src/core/normalize.ts';
import { detectArticle, siteForUrl, sites } from '../../src/sites/index.ts';
import { parseDocument } from '../../src/extract/node.ts';
import { extractFixture, FIXTURES, fixtureBytes } from '../support/fixtures.ts';
import { precisionOf, recallOf, shingleCounts } from '../support/shingle-f1.ts';

describe('captures years apart whose story did not change read the same', () => {
  const same = (a: Article, b: Article) => expect(a.paragraphs.map(normalizeText)).toEqual(b.paragraphs.map(normalizeText));
  it.each([
    ['guardian', 'pages/guardian-2016-11-29.html', 'pages/guardian-2022.html', 'https://www.theguardian.com/us-news/2016/nov/29/standing-rock-protest-north-dakota-shutdown-evacuation'],
    ['npr', 'pages/npr-2016-12-15.html', 'pages/npr-2022.html', 'https://www.npr.org/sections/thetwo-way/2016/12/15/505723552/jury-finds-dylann-roof-guilty-in-s-c-church-shooting'],
    ['newyorker', 'pages/newyorker-2016-12-02.html', 'pages/newyorker-2022.html', 'https://www.newyorker.com/magazine/2016/12/05/lessons-from-my-mother'],
    ['nbcnews (2022 adds an author bio line, which is not story text)', 'pages/nbcnews-2016-12-13.html', 'pages/nbcnews-2022.html', 'https://www.nbcnews.com/tech/tech-news/what-s-hold-spacex-n695001'],
    ['cnn (quotes, dashes and the "(CNN)" dateline changed)', 'pages/cnn-2016-11-29.html', 'pages/cnn-2022.html', 'https://www.cnn.com/2016/11/29/politics/donald-trump-transition-presidency/index.html'],
  ])('%s', async (_name, older, newer, url) => {
    same(await extractFixture(older, url), await extractFixture(newer, url));
  });
});

describe('notes, partial pages and live blogs', () => {
  it('a correction and an update note at the end of a story go to corrections', async () => {
    const article = await extractFixture('pages/vox-2016-twitter.html', 'https://www.vox.com/culture/2016/12/10/13898352/trump-twitter-harassment-policy-bannable');
    expect(article.corrections).toEqual([
      expect.stringMatching(/^Update: On December 10, Twitter reinstated/),
      expect.stringMatching(/^Correction: This article originally linked to a Twitter presence claiming to be Chuck Jones/),
    ]);
  });

  it('an "Updated on" line above the story is a note, not the first paragraph', async () => {
    const article = await extractFixture('pages/theatlantic-2022-alert.html', 'https://www.theatlantic.com/technology/archive/2016/09/why-new-yorkers-got-a-push-alert-about-a-manhunt/500591/');
    expect(article.corrections).toEqual(['Updated on September 19 at 3:15 p.m.']);
  });

  it('a paywalled page is marked partial, so the hidden paragraphs are not read as deleted', async () => {
    const wsj = await extractFixture('extraction/benchmark/7ab16ade32386ece353b8d31fc3bb7e660189efd5bf3c8549aaba101ad3f5ef5.html.gz', 'https://www.wsj.com/articles/is-football-violence-a-crime-11574121884');
    expect(wsj).toMatchObject({ site: 'wsj', partial: true, title: 'Is Football Violence a Crime?' });
    expect(wsj.paragraphs[0]).toMatch(/^It was the shot to the head heard ’round the world/);
    const telegraph = await extractFixture('pages/written/telegraph-2024-template.html', 'https://www.telegraph.co.uk/news/2024/02/08/museum-return-bronze-statues-dispute/');
    expect(telegraph.partial).toBe(true);
    const full = await extractFixture('pages/guardian-2022.html', 'https://www.theguardian.com/us-news/2016/nov/29/standing-rock-protest-north-dakota-shutdown-evacuation');
    expect(full.partial).toBe(false);
  });

  it('a BBC live page is detected as a live blog and still read', async () => {
    const url = 'https://www.bbc.co.uk/news/live/world-52627824';
    expect(detectArticle(new URL(url), parseDocument(fixtureBytes('pages/bbc-2020-live.html')))).toMatchObject({ kind: 'article', liveBlog: true });
    const article = await extractFixture('pages/bbc-2020-live.html', url);
    expect(article.liveBlog).toBe(true);
    expect(article.paragraphs.length).toBeGreaterThan(50);
  });

  it('ABC News keeps the story id from the query and drops the rest', async () => {
    const article = await extractFixture('pages/abcnews-2016-clinton-putin.html', 'http://abcnews.go.com/US/hillary-clinton-putins-alleged-involvement-democratic-hack-stems/story?cid=clicksource_4380645_2_three_posts_vert_hed&id=44233864#comments');
    expect(article.url).toBe('https://abcnews.go.com/US/hillary-clinton-putins-alleged-involvement-democratic-hack-stems/story?id=44233864');
  });

  it('ABC News: dates, subheads and the edits between the 2016 and 2022 captures', async () => {
    const url = 'https://abcnews.go.com/US/hillary-clinton-putins-alleged-involvement-democratic-hack-stems/story?id=44233864';
    const old = await extractFixture('pages/abcnews-2016-clinton-putin.html', url);
    const now = await extractFixture('pages/abcnews-2022-clinton-putin.html', url);
    expect(old).toMatchObject({ publishedAt: '2016-12-16', modifiedAt: '2016-12-16 12:40:25' });
    // 2022 shows only "December 16, 2016, 4:19 PM", read in the reader's time zone.
    expect(now.publishedAt).toMatch(/^2016-12-1[67]T/);
    for (const article of [old, now]) expect(article.paragraphs).toEqual(expect.arrayContaining(['The Basis Behind the Alleged Grudge', 'Political Implications']));
    expect(old.paragraphs[1]).toMatch(/as was New York governor Andrew Cuomo\.$/);
    expect(now.paragraphs[1]).toMatch(/as was New York Gov\. Andrew Cuomo\.$/);
    expect(old.paragraphs.join('\n')).not.toContain('The New York Times');
    expect(now.paragraphs[2]).toMatch(/^In an audio recording from the event obtained by The New York Times/);
  });
});

describe('older template eras', () => {
  it('The Telegraph 2017: the date of the 2016-18 layout', async () => {
    const article = await extractFixture('pages/telegraph-2017-mugabe.html', 'https://www.telegraph.co.uk/news/2017/11/16/zimbabwes-robert-mugabe-wife-grace-insisting-finishes-term-priest/');
    expect(article.publishedAt).toMatch(/^2017-11-16T14:15/);
  });

  it('Fox News Latino keeps its own host, and its date is the story\'s, not a sidebar item\'s', async () => {
    const path = '/latino/entertainment/2014/12/29/how-oscar-isaac-and-jessica-chastain-went-about-bringing-to-life-most-violent/';
    const article = await extractFixture('pages/foxnews-2014-oscar-isaac.html', `http://latino.foxnews.com${path}?intcmp=related#comments`);
    expect(article.url).toBe(`https://latino.foxnews.com${path}`);
    expect(article.publishedAt).toMatch(/^2014-12-29T16:00/);
    const fox = sites.find((site) => site.id === 'foxnews')!;
    expect(fox.isArticle(new URL(`https://latino.foxnews.com${path}`))).toBe(true);
    expect(fox.isArticle(new URL('https://latino.foxnews.com/latino/entertainment/index.html'))).toBe(false);
    expect(fox.isGallery(new URL('https://latino.foxnews.com/latino/entertainment/slideshow/2014/06/09/miss-nevada-nia-sanchez-crowned-as-63rd-miss-usa/'))).toBe(true);
    expect(fox.canonical(new URL('http://foxnews.com/politics/2016/11/29/slug.html'))).toBe('https://www.foxnews.com/politics/2016/11/29/slug.html');
  });
});

describe('the article-extraction-benchmark pages of supported sites', () => {
  const truth = JSON.parse(readFileSync(new URL('extraction/benchmark/ground-truth.json', FIXTURES), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  const supported = Object.entries(truth).filter(([, { url }]) => sites.some((site) => site.hosts.includes(new URL(url).hostname)));

  it('covers most of the pages', () => {
    expect(supported.length).toBeGreaterThanOrEqual(17);
  });

  it.each(supported.map(([id, { url, articleBody }]) => [new URL(url).hostname, id, url, articleBody] as const))('%s %s: the human-marked story text and little else', async (host, id, url, articleBody) => {
    const article = await extractFixture(`extraction/benchmark/${id}.html.gz`, url);
    expect(article.site).toBe(sites.find((site) => site.hosts.includes(host))!.id);
    const counts = shingleCounts(articleBody, article.paragraphs.join('\n'));
    // Embedded tweets and "(CNN)" datelines are in the human text and deliberately not in ours.
    expect(recallOf(counts), 'recall').toBeGreaterThan(0.85);
    expect(precisionOf(counts), 'precision').toBeGreaterThan(0.95);
  });
});

describe('site files', () => {
  it('list test pages that exist, each with its reviewed body where it names one', () => {
    for (const site of sites) {
      expect(site.testPages.length, site.id).toBeGreaterThan(0);
      for (const page of site.testPages) {
        expect(existsSync(new URL(page.file, FIXTURES)), `${site.id}: ${page.file}`).toBe(true);
        if (page.expected) expect(existsSync(new URL(page.expected, FIXTURES)), `${site.id}: ${page.expected}`).toBe(true);
      }
    }
  });

  it('list only pages of their own site', () => {
    const strays = sites.flatMap((site) => site.testPages.filter((page) => siteForUrl(new URL(page.url)) !== site).map((page) => `${site.id}: ${page.file} (${page.url})`));
    expect(strays).toEqual([]);
  });

  it('are all in the registry, each once: a new site file is read only once it is listed in src/sites/index.ts', () => {
    const siteFiles = readdirSync(SITES_DIR).filter((name) => name !== 'index.ts');
    expect(siteFiles.length).toBeGreaterThan(0);
    expect(sites.map((site) => `${site.id}.ts`).sort()).toEqual(siteFiles.sort());
  });
});

const SITES_DIR = new URL('../../src/sites/', import.meta.url);
