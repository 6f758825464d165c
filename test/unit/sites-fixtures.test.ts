/**
 * Every site file against real pages of its site (and, for the sites no real page has been found
 * for yet, a page written after the site's current template; see test/fixtures/PROVENANCE.md).
 * NYT and WaPo have their own, longer test files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import { normalizeText } from '../../src/core/normalize.ts';
import { detectArticle, sites } from '../../src/sites/index.ts';
import { parseDocument } from '../../src/extract/node.ts';
import { testPageFile } from '../../src/extract/site.ts';
import { extractFixture, FIXTURES, fixtureBytes } from '../support/fixtures.ts';


interface Case {
  file: string;
  url: string;
  site: string;
  title: string;
  byline?: string;
  paragraphs: number;
  first: string;
  last: string;
  /** Page chrome that must not reach the text. */
  absent?: RegExp;
}

const cases: Case[] = [
  { file: 'pages/cnn-2016-11-29.html', url: 'https://www.cnn.com/2016/11/29/politics/donald-trump-transition-presidency/index.html', site: 'cnn', title: 'Why Donald Trump won\'t change', byline: 'Stephen Collinson, CNN', paragraphs: 39, first: 'Winning the presidency didn\'t change Donald Trump -- and', last: '"And," Burke said, "I don\'t think we are seeing a lot of change."', absent: /Chat with us in Facebook Messenger|contributed to this story/ },
  { file: 'pages/cnn-2022.html', url: 'https://edition.cnn.com/2016/11/29/politics/donald-trump-transition-presidency/index.html', site: 'cnn', title: 'Why Donald Trump won’t change', paragraphs: 39, first: 'Winning the presidency didn’t change Donald Trump – and', last: '“And,” Burke said, “I don’t think we are seeing a lot of change.”', absent: /Cable News Network|Ad Feedback/ },
  { file: 'extraction/readability/cnn/source.html', url: 'http://money.cnn.com/2016/02/01/news/economy/poverty-inequality-united-states/index.html', site: 'cnn', title: 'The \'birth lottery\' and economic mobility', paragraphs: 11, first: 'The U.S. has long been heralded as a land of opportunity', last: 'The report concluded that the American safety net was ineffective', absent: /Most stock quote data|Start your day right/ },
  { file: 'pages/bbc-2020-fauci.html', url: 'https://www.bbc.com/news/world-us-canada-52629681', site: 'bbc', title: 'Coronavirus: Fauci to warn Senate of \'needless suffering and death\'', paragraphs: 20, first: 'The US\'s top infectious diseases doctor is to tell senators', last: 'Mr Trump said he did not need to follow the directive', absent: /Share this with|RECOVERY: How long|A SIMPLE GUIDE|Image caption|Media caption/ },
  { file: 'extraction/readability/bbc-1/source.html', url: 'http://www.bbc.com/news/world-us-canada-33646704', site: 'bbc', title: 'Obama admits US gun laws are his \'biggest frustration\'', paragraphs: 37, first: 'President Barack Obama has admitted that his failure to pass "common sense gun', last: 'Mr Obama will become the first US president to address the African Union', absent: /Medigap|How black Americans are reacting/ },
  { file: 'pages/guardian-2016-11-29.html', url: 'https://www.theguardian.com/us-news/2016/nov/29/standing-rock-protest-north-dakota-shutdown-evacuation', site: 'theguardian', title: 'Standing Rock protesters hold out against extraordinary police violence', byline: 'Julia Carrie Wong and Sam Levin', paragraphs: 39, first: 'Police violence against Standing Rock protesters in North Dakota has risen', last: '“The thing is, racism is nothing new here.' },
  { file: 'pages/guardian-2022.html', url: 'https://www.theguardian.com/us-news/2016/nov/29/standing-rock-protest-north-dakota-shutdown-evacuation', site: 'theguardian', title: 'Standing Rock protesters hold out against extraordinary police violence', byline: 'Julia Carrie Wong and Sam Levin', paragraphs: 39, first: 'Police violence against Standing Rock protesters in North Dakota has risen', last: '“The thing is, racism is nothing new here.' },
  { file: 'pages/npr-2016-12-15.html', url: 'https://www.npr.org/sections/thetwo-way/2016/12/15/505723552/jury-finds-dylann-roof-guilty-in-s-c-church-shooting', site: 'npr', title: 'Jury Finds Dylann Roof Guilty In S.C. Church Shooting', byline: 'Rebecca Hersher', paragraphs: 19, first: 'A jury in Charleston, S.C., has found Dylann Roof guilty on all 33 counts', last: 'Roof is facing separate murder charges brought by the state of South Carolina', absent: /is escorted from the Shelby Police Department|The Two-Way is the place/ },
  { file: 'pages/npr-2022.html', url: 'https://www.npr.org/sections/thetwo-way/2016/12/15/505723552/jury-finds-dylann-roof-guilty-in-s-c-church-shooting', site: 'npr', title: 'Jury Finds Dylann Roof Guilty In S.C. Church Shooting', paragraphs: 19, first: 'A jury in Charleston, S.C., has found Dylann Roof guilty on all 33 counts', last: 'Roof is facing separate murder charges brought by the state of South Carolina', absent: /is escorted from the Shelby Police Department/ },
  { file: 'pages/nbcnews-2016-12-13.html', url: 'https://www.nbcnews.com/tech/tech-news/what-s-hold-spacex-n695001', site: 'nbcnews', title: 'What\'s the Hold-Up at SpaceX?', byline: 'Alyssa Newcomb', paragraphs: 14, first: 'If it\'s any small comfort, 2016 probably wasn\'t the most enjoyable year', last: 'On Twitter, Musk appealed for the public\'s help', absent: /Still working on the Falcon fireball/ },
  { file: 'pages/nbcnews-2022.html', url: 'https://www.nbcnews.com/tech/tech-news/what-s-hold-spacex-n695001', site: 'nbcnews', title: 'What\'s the Hold-Up at SpaceX?', paragraphs: 14, first: 'If it\'s any small comfort, 2016 probably wasn\'t the most enjoyable year', last: 'On Twitter, Musk appealed for the public\'s help', absent: /Still working on the Falcon fireball|NBC UNIVERSAL/ },
  { file: 'pages/newyorker-2016-12-02.html', url: 'https://www.newyorker.com/magazine/2016/12/05/lessons-from-my-mother', site: 'newyorker', title: 'Lessons from My Mother', byline: 'James Wood', paragraphs: 18, first: 'At my mother’s funeral, I was calmer than I had ever imagined being.', last: 'Sometimes, in anger or rebellion, I had felt', absent: /Sign up for the daily newsletter|This article appears in other versions/ },
  { file: 'pages/newyorker-2022.html', url: 'https://www.newyorker.com/magazine/2016/12/05/lessons-from-my-mother', site: 'newyorker', title: 'Lessons from My Mother', byline: 'James Wood', paragraphs: 18, first: 'At my mother’s funeral, I was calmer than I had ever imagined being.', last: 'Sometimes, in anger or rebellion, I had felt', absent: /Condé Nast|To revisit this article/ },
  { file: 'pages/newyorker-2022-quantum.html', url: 'https://www.newyorker.com/tech/annals-of-technology/hacking-cryptography-and-the-countdown-to-quantum-computing', site: 'newyorker', title: 'Hacking, Cryptography, and the Countdown to Quantum Computing', byline: 'Alex Hutchinson', paragraphs: 9, first: 'Given the recent ubiquity of cyber-scandals', last: 'In a sense, then, the fundamental question isn’t whether' },
  { file: 'pages/politico-2016-vp-debate.html', url: 'https://www.politico.com/story/2016/10/who-will-win-the-vp-debate-229079', site: 'politico', title: 'Insiders: Trump will sink Pence in VP debate', byline: 'Steven Shepard', paragraphs: 42, first: 'Tim Kaine isn’t Mike Pence’s only opponent Tuesday night', last: 'Kristen Hayford contributed to this report.' },
  { file: 'pages/politico-2022-debt-relief.html', url: 'https://www.politico.com/news/2022/10/17/student-debt-relief-applications-00062145', site: 'politico', title: 'Biden’s student debt relief draws 8M+ applications in first two days', byline: 'Michael Stratford', paragraphs: 8, first: 'More than 8 million Americans have applied for federal student debt relief', last: '“Our legal judgment is that it won’t” be struck down by a court', absent: /President Joe Biden speaks about the student debt relief portal/ },
  { file: 'pages/theatlantic-2022-alert.html', url: 'https://www.theatlantic.com/technology/archive/2016/09/why-new-yorkers-got-a-push-alert-about-a-manhunt/500591/', site: 'theatlantic', title: 'Why New Yorkers Received a Push Alert About a Manhunt', byline: 'Kaveh Waddell', paragraphs: 16, first: 'Just before 8 in the morning on Monday, cellphones chimed in unison', last: 'Peter Donald, the NYPD assistant commissioner for public information', absent: /Updated on September 19|pic\.twitter\.com/ },
  { file: 'pages/vox-2016-twitter.html', url: 'https://www.vox.com/culture/2016/12/10/13898352/trump-twitter-harassment-policy-bannable', site: 'vox', title: 'Donald Trump’s tweets fit a pattern of harassment Twitter has banned before', byline: 'Aja Romano', paragraphs: 34, first: 'After the election, Twitter issued a statement to Slate', last: 'And as Trump’s first anti-Batchelder Twitter user was quick to point out', absent: /Will you support Vox’s explanatory journalism|Correction:/ },
  { file: 'pages/bloomberg-2016-stocks.html', url: 'https://www.bloomberg.com/news/articles/2016-12-06/stock-rally-extends-into-asia-as-traders-await-rbi-aussie-gdp', site: 'bloomberg', title: 'U.S. Stocks Rise to Records, Bonds Gain on ECB Stimulus Optimism', byline: 'Jeremy Herron', paragraphs: 24, first: 'The Dow Jones Industrial Average rose 220 points', last: 'The Bloomberg Dollar Spot Index, which tracks the greenback', absent: /markets daily newsletter|Connecting decision makers/ },
  // ABC News: the same story captured in its 2016 template and (edited) in the 2022 one.
  { file: 'pages/abcnews-2016-clinton-putin.html', url: 'http://abcnews.go.com/US/hillary-clinton-putins-alleged-involvement-democratic-hack-stems/story?id=44233864&cid=clicksource_4380645_2_three_posts_vert_hed', site: 'abcnews', title: 'Hillary Clinton: Putin\'s Alleged Involvement in Democratic Hack Stems From Longtime Grudge', byline: 'Josh Haskell, David Caplan and PATRICK REEVELL', paragraphs: 19, first: 'Hillary Clinton has an explanation for Vladimir Putin\'s alleged involvement', last: 'Of course, publicly it’s not known how much of this speculation', absent: /Sections|Shares|Email|Star|WATCH|Evan Vucci|Follow on Twitter|More from Josh|Pizzagate|Comments/ },
  { file: 'pages/abcnews-2022-clinton-putin.html', url: 'https://abcnews.go.com/US/hillary-clinton-putins-alleged-involvement-democratic-hack-stems/story?id=44233864', site: 'abcnews', title: 'Hillary Clinton: Putin\'s Alleged Involvement in Democratic Hack Stems From \'Personal Beef\'', byline: 'JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL', paragraphs: 21, first: '&#151; -- Hillary Clinton has an explanation for Vladimir Putin\'s', last: 'Of course, publicly it’s not known how much of this speculation', absent: /Related Topics|Top Stories|ABC News Live|Evan Vucci|Hillary Clinton speaks during a ceremony|Mom of missing teen|Copyright/ },
  // The Telegraph's 2016-18 layout (one block per run of paragraphs) and a 2014 Fox News Latino story.
  { file: 'pages/telegraph-2017-mugabe.html', url: 'http://www.telegraph.co.uk/news/2017/11/16/zimbabwes-robert-mugabe-wife-grace-insisting-finishes-term-priest/', site: 'telegraph', title: 'Zimbabwe coup: Robert Mugabe and wife Grace \'insisting he finishes his term\', as priest steps in to mediate', byline: 'Our Foreign Staff', paragraphs: 13, first: 'Zimbabwe President Robert Mugabe, his wife Grace and two key figures', last: 'Whatever the final outcome, the events could signal a once-in-a-generation change', absent: /Credit:|HARARE HERALD|DESMOND KWANDE|armoured personnel carrier parked|Profile \| Grace Mugabe|Related Topics|Follow on|Show comments|commenting policy|Galleries/ },
  { file: 'pages/foxnews-2014-oscar-isaac.html', url: 'http://latino.foxnews.com/latino/entertainment/2014/12/29/how-oscar-isaac-and-jessica-chastain-went-about-bringing-to-life-most-violent/', site: 'foxnews', title: 'How Oscar Isaac and Jessica Chastain went about bringing to life \'A Most Violent Year\'', byline: 'Lucia I. Suarez', paragraphs: 20, first: 'Oscar Isaac has had a pretty stellar year.', last: '“I’ve signed away my organs,” he joked', absent: /Like us on|Follow us on|Follow Lucia|AP Photo|Related Slideshow|Miss Nevada|Share This Article|Newsletter|Advertisement|More Stories|View Article/ },
  // Written after each site's current template (no real page in the shared fixtures).
  { file: 'pages/written/apnews-2024-template.html', url: 'https://apnews.com/article/bridge-repair-city-council-vote-3f6c1d2e8a9b4c5d6e7f8a9b0c1d2e3f', site: 'apnews', title: 'City council approves new bridge repair plan', byline: 'MARIA ORTEGA', paragraphs: 7, first: 'SPRINGFIELD, Ill. (AP) — The city council voted 7-2', last: 'Associated Press writer Sam Lee contributed to this report.', absent: /Advertisement|Related coverage|Bridge lanes closed|AP Photo/ },
  { file: 'pages/written/foxnews-2024-template.html', url: 'https://www.foxnews.com/politics/state-lawmakers-pass-budget-after-overnight-session', site: 'foxnews', title: 'State lawmakers pass budget after overnight session', byline: 'Jordan Miles', paragraphs: 6, first: 'Lawmakers approved a $12 billion state budget early Tuesday', last: 'Jordan Miles is a politics reporter for Fox News Digital.', absent: /CLICK HERE|LAWMAKERS SPLIT OVER|Advertisement|Governor speaks on budget talks/ },
  { file: 'pages/written/axios-2024-template.html', url: 'https://www.axios.com/2024/05/14/electric-bus-orders-cities-diesel', site: 'axios', title: 'Electric bus orders jump as cities replace diesel fleets', byline: 'Ben Carter', paragraphs: 7, first: 'U.S. transit agencies ordered more electric buses', last: 'The bottom line: Diesel buses still make up most fleets, but the gap is closing.', absent: /Go deeper|Advertisement|Sign up for Axios AM|Getty Images/ },
  { file: 'pages/written/independent-2024-template.html', url: 'https://www.independent.co.uk/travel/news-and-advice/rail-fares-rise-march-b2467890.html', site: 'independent', title: 'Rail fares to rise by 4.9 per cent in March', byline: 'Simon Hale', paragraphs: 6, first: 'Regulated rail fares in England will rise by 4.9 per cent', last: 'The Department for Transport said the increase was the lowest', absent: /Read more|All the rail strike dates|Advertisement|Sign up to Simon Calder|\(PA\)/ },
  { file: 'pages/written/telegraph-2024-template.html', url: 'https://www.telegraph.co.uk/news/2024/02/08/museum-return-bronze-statues-dispute/', site: 'telegraph', title: 'Museum to return bronze statues after ten-year dispute', byline: 'Helen Ward', paragraphs: 3, first: 'A museum will return six bronze statues', last: 'The director said the museum would lend replicas', absent: /Advertisement|Related: New rules|subscribers only|Tom Pilston/ },
];

describe('each site file reads its real pages', () => {
  it.each(cases.map((c) => [`${c.site}: ${c.file.split('/').pop()}`, c] as const))('%s', async (_name, c) => {
    const article = await extractFixture(c.file, c.url);
    expect(article.site).toBe(c.site);
    expect(article.title).toBe(c.title);
    if (c.byline) expect(article.byline).toBe(c.byline);
    expect(article.paragraphs).toHaveLength(c.paragraphs);
    expect(article.paragraphs[0]!.startsWith(c.first), article.paragraphs[0]).toBe(true);
    expect(article.paragraphs.at(-1)!.startsWith(c.last), article.paragraphs.at(-1)).toBe(true);
    if (c.absent) expect(article.paragraphs.join('\n')).not.toMatch(c.absent);
    expect(detectArticle(new URL(c.url), parseDocument(fixtureBytes(c.file)))).toMatchObject({ kind: 'article', site: { id: c.site } });
  });
});

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
  const words = (text: string) => text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const shingles = (text: string) => {
    const tokens = words(text);
    return new Set(tokens.slice(0, Math.max(1, tokens.length - 3)).map((_, i) => tokens.slice(i, i + 4).join(' ')));
  };
  const supported = Object.entries(truth).filter(([, { url }]) => sites.some((site) => site.hosts.includes(new URL(url).hostname)));

  it('covers most of the pages', () => {
    expect(supported.length).toBeGreaterThanOrEqual(17);
  });

  it.each(supported.map(([id, { url, articleBody }]) => [new URL(url).hostname, id, url, articleBody] as const))('%s %s: the human-marked story text and little else', async (host, id, url, articleBody) => {
    const article = await extractFixture(`extraction/benchmark/${id}.html.gz`, url);
    expect(article.site).toBe(sites.find((site) => site.hosts.includes(host))!.id);
    const want = shingles(articleBody);
    const got = shingles(article.paragraphs.join('\n'));
    const shared = [...got].filter((shingle) => want.has(shingle)).length;
    // Embedded tweets and "(CNN)" datelines are in the human text and deliberately not in ours.
    expect(shared / want.size, 'recall').toBeGreaterThan(0.85);
    expect(shared / got.size, 'precision').toBeGreaterThan(0.95);
  });
});

describe('site files', () => {
  it('list test pages that exist', () => {
    for (const site of sites) {
      expect(site.testPages.length, site.id).toBeGreaterThan(0);
      for (const page of site.testPages.map(testPageFile)) expect(existsSync(new URL(page, FIXTURES)), `${site.id}: ${page}`).toBe(true);
    }
  });

  it('are all in the registry, each once: a new site file is read only once it is listed in src/sites/index.ts', () => {
    const siteFiles = readdirSync(SITES_DIR).filter((name) => name !== 'index.ts');
    expect(siteFiles.length).toBeGreaterThan(0);
    expect(sites.map((site) => `${site.id}.ts`).sort()).toEqual(siteFiles.sort());
  });

  it('list only test pages that a test reads', () => {
    const tests = readdirSync(TESTS_DIR).filter((name) => /\.tsx?$/.test(name)).map((name) => readFileSync(new URL(name, TESTS_DIR), 'utf8')).join('\n');
    // Entries with their expectations are read by site-pages.test.ts. The benchmark's pages are read for every supported host by the ground-truth block above.
    const truth = benchmarkTruth();
    const name = (page: string) => page.split('/').pop()!;
    const readByTest = (page: string) => tests.includes(name(page)) || (page.startsWith('extraction/benchmark/') && name(page).replace(/\.html\.gz$/, '') in truth);
    const unread = sites.flatMap((site) => site.testPages.filter((page): page is string => typeof page === 'string').filter((page) => !readByTest(page)).map((page) => `${site.id}: ${page}`));
    expect(unread, 'listed in a site file, read by no test').toEqual([]);
  });
});

const SITES_DIR = new URL('../../src/sites/', import.meta.url);
const TESTS_DIR = new URL('./', import.meta.url);
const benchmarkTruth = () => JSON.parse(readFileSync(new URL('extraction/benchmark/ground-truth.json', FIXTURES), 'utf8')) as Record<string, unknown>;
