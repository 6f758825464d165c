import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'derstandard',
  hosts: ['www.derstandard.at', 'derstandard.at'],
  // /story/3000000218734/nach-kalifat-rufen-in-hamburg-...; live reports are /jetzt/livebericht/3000000218734/...
  isArticle: (url) => /^\/(story|jetzt\/livebericht)\/\d+/.test(url.pathname),
  isLiveBlog: (url) => /^\/jetzt\/livebericht\//.test(url.pathname),
  isVideo: (url) => /^\/video\//.test(url.pathname),
  isGallery: (url) => /^\/(diashow|bildergalerie)\//.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'www.derstandard.at', keep: [] }),
  templates: [
    {
      since: '2024',
      lead: 'article .article-header .article-subtitle',
      body: 'article .article-body p, article .article-body h3, article .article-body h2',
      title: 'article .article-header .article-title',
      authors: 'article .article-header .article-origins .simple',
    },
  ],
  testFronts: ['https://www.derstandard.at/international'],
  testPages: [
    {
      file: 'fundus/at/DerStandard_2024_05_03.html.gz',
      url: 'https://www.derstandard.at/story/3000000218734/nach-kalifat-rufen-in-hamburg-sind-wir-zu-sanft-zu-islamisten?ref=rss',
      era: '2024',
      title: 'Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft zu Islamisten?',
      byline: 'Birgit Baumann, Anna Giulia Fink and Jan Michael Marchart',
      paragraphs: 28,
      first: 'Die Aufregung nach dem Aufmarsch von Islamisten',
      last: 'Steinberg wird in Wien immer wieder als',
      absent: ['Nach der islamistischen Demo in Hamburg wollen', 'Forum: 5 Postings'],
      expected: 'fundus/at/DerStandard_2024_05_03.expected.json',
    },
  ],
});
