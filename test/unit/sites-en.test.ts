/**
 * URL forms of the US, Canadian and Indian sites that their test pages do not show: live blogs,
 * AMP and mobile copies, ids and tracking in the query, and the pages around a story that are
 * not one (section fronts, videos, galleries).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/extract/node.ts';
import { canonicalUrl, detectArticle } from '../../src/sites/index.ts';

const blank = parseDocument('<!doctype html><html><head></head><body><p>Text</p></body></html>');
const detect = (url: string) => detectArticle(new URL(url), blank);

describe('Times of India', () => {
  const story = 'https://timesofindia.indiatimes.com/world/pakistan/anti-terror-op-turns-sinister/articleshow/112898501.cms';

  it('the AMP copy, the mobile host and a referral parameter are the same story', () => {
    for (const variant of [
      'https://timesofindia.indiatimes.com/world/pakistan/anti-terror-op-turns-sinister/amp_articleshow/112898501.cms',
      'https://m.timesofindia.com/world/pakistan/anti-terror-op-turns-sinister/articleshow/112898501.cms?from=mdr',
    ]) {
      expect(canonicalUrl(new URL(variant)), variant).toBe(story);
    }
  });

  it('a live blog is followed as a live blog; videos and photo stories are not articles', () => {
    expect(detect('https://timesofindia.indiatimes.com/india/election-results-live-updates/liveblog/130285793.cms')).toMatchObject({ kind: 'article', liveBlog: true });
    expect(detect(story)).toMatchObject({ kind: 'article', liveBlog: false });
    expect(detect('https://timesofindia.indiatimes.com/videos/news/some-clip/videoshow/130280000.cms')).toEqual({ kind: 'not-article', reason: 'video' });
    expect(detect('https://timesofindia.indiatimes.com/life-style/some-list/photostory/130280001.cms')).toEqual({ kind: 'not-article', reason: 'gallery' });
    expect(detect('https://timesofindia.indiatimes.com/world/pakistan')).toEqual({ kind: 'not-article', reason: 'not-article-url' });
  });
});

describe('CBC', () => {
  it('the RSS and share-bar parameters are dropped: the story id is in the path', () => {
    expect(canonicalUrl(new URL('https://www.cbc.ca/news/world/gaza-israel-ceasefire-negotiations-sinwar-1.7287711?cmp=rss'))).toBe(
      'https://www.cbc.ca/news/world/gaza-israel-ceasefire-negotiations-sinwar-1.7287711',
    );
    expect(canonicalUrl(new URL('https://cbc.ca/news/canada/some-story-1.7000001?__vfz=medium%3Dsharebar'))).toBe('https://www.cbc.ca/news/canada/some-story-1.7000001');
  });

  it('a section front and the video player are not articles', () => {
    expect(detect('https://www.cbc.ca/news/world')).toEqual({ kind: 'not-article', reason: 'not-article-url' });
    expect(detect('https://www.cbc.ca/player/play/video/9.6473360')).toEqual({ kind: 'not-article', reason: 'video' });
  });
});

describe('CNBC', () => {
  it('a live-updates story is a live blog, and its AMP copy the same story', () => {
    const live = 'https://www.cnbc.com/2024/11/05/election-2024-live-updates-trump-harris.html';
    expect(detect(live)).toMatchObject({ kind: 'article', liveBlog: true });
    expect(canonicalUrl(new URL('https://www.cnbc.com/amp/2024/11/05/election-2024-live-updates-trump-harris.html'))).toBe(live);
  });

  it('a dated video page and a section front are not articles', () => {
    expect(detect('https://www.cnbc.com/video/2023/04/28/crypto-advice.html')).toEqual({ kind: 'not-article', reason: 'video' });
    expect(detect('https://www.cnbc.com/personal-finance/')).toEqual({ kind: 'not-article', reason: 'not-article-url' });
  });
});
