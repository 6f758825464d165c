import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'aftonbladet',
  hosts: ['www.aftonbladet.se', 'aftonbladet.se'],
  // /nyheter/a/Ard8wM/hanna-18-forsvunnen-i-uddevalla: the id after /a/ is the story
  isArticle: (url) => /^\/([a-z0-9-]+\/)*a\/[A-Za-z0-9]{5,8}(\/|$)/.test(url.pathname),
  isVideo: (url) => /^\/(tv|video)\//.test(url.pathname),
  templates: [
    {
      since: '2026-08',
      lead: 'header.article-intro p',
      body: 'section.article-body p, section.article-body h2, section.article-body li',
      exclude: 'astro-island, figure',
      title: 'header.article-intro h1, h1',
      authors: '#byline [class*="authorInfo"] a, #byline [class*="authorInfo"]',
      published: 'meta[property="article:published_time"]',
    },
    {
      since: '2026',
      body: 'article [data-test-tag="lead-text"], article[class*="article-wrapper"] > p, article[class*="article-wrapper"] > h2[data-test-tag="paragraph-header"], article[class*="article-wrapper"] > ul > li',
      exclude: '[data-test-tag="image"]',
      // The standing note on a missing-person story, in italics under it.
      chrome: [/^familjen har godkänt namn- och bildpubliceringen\.?$/i],
      title: 'h1[data-test-tag="headline"], h1',
      published: 'meta[property="article:published_time"]',
    },
  ],
  testFronts: ['https://www.aftonbladet.se/nyheter'],
  testPages: [
    {
      file: 'fundus/se/Aftonbladet_2026_01_08.html.gz',
      url: 'https://www.aftonbladet.se/nyheter/a/Ard8wM/hanna-18-forsvunnen-i-uddevalla',
      era: '2026',
      title: 'Hanna, 18, försvunnen i Uddevalla',
      byline: 'Amanda Hällsten',
      paragraphs: 13,
      first: '18-åriga Hanna försvann i Uddevalla i tisdags.',
      last: '”Kvinnan har långt mellanblont hår och är cirka',
      absent: ['Polisen och hemvärnet deltar i sökandet', 'Familjen har godkänt'],
      expected: 'fundus/se/Aftonbladet_2026_01_08.expected.json',
    },
    {
      file: 'fundus/se/Aftonbladet_2026_08_02.html.gz',
      url: 'https://www.aftonbladet.se/nyheter/a/OklJOk/zelenskyj-vadjar-efter-nya-attackerna-kritiskt-att-partner-forstar',
      era: '2026-08',
      title: 'Zelenskyj vädjar efter nya attackerna: ”Kritiskt att partner förstår”',
      byline: 'Leo Pettersson',
      paragraphs: 24,
      first: 'Rekordmånga ryska ballistiska missiler avfyras',
      last: '– Ta tillbaka honom! skanderade de, enligt',
      absent: ['Publicerad 22:31', 'Rök stiger över Kievs centrum'],
      expected: 'fundus/se/Aftonbladet_2026_08_02.expected.json',
    },
  ],
});
