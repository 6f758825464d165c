import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'orf',
  hosts: ['orf.at', 'www.orf.at'],
  // /stories/3376705/
  isArticle: (url) => /^\/stories\/\d+\/?$/.test(url.pathname),
  canonical: (url) => canonicalize(url, { host: 'orf.at', keep: [] }),
  templates: [
    {
      since: '2024',
      body: '.story-lead .story-lead-text, .story-content .story-story p, .story-content .story-story h2',
      exclude: '.linkcard',
      title: '.story-lead .story-lead-headline',
      // "red, ORF.at/Agenturen": the desk and its sources, under the story.
      byline: '.story-footer .byline',
    },
  ],
  testFronts: ['https://orf.at/'],
  testPages: [
    {
      file: 'fundus/at/ORF_2024_11_22.html.gz',
      url: 'https://orf.at/stories/3376705/',
      era: '2024',
      title: 'Trump-Anwältin soll Justizministerin werden',
      byline: 'red, ORF.at/Agenturen',
      paragraphs: 14,
      first: 'Der designierte US-Präsident Donald Trump hat',
      last: 'Die Nominierung von Bondi, die auch Partnerin in',
      absent: ['Links:', '„Washington Post“-Artikel'],
      expected: 'fundus/at/ORF_2024_11_22.expected.json',
    },
  ],
});
