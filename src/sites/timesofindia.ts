import { canonicalize, defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'timesofindia',
  hosts: ['timesofindia.indiatimes.com', 'm.timesofindia.com'],
  // /world/pakistan/anti-terror-op-turns-sinister-.../articleshow/112898501.cms, AMP copies under /amp_articleshow/
  isArticle: (url) => /\/(amp_)?articleshow\/\d+\.cms$/.test(url.pathname) || /\/liveblog\/\d+\.cms$/.test(url.pathname),
  isLiveBlog: (url) => /\/liveblog\/\d+\.cms$/.test(url.pathname),
  isVideo: (url) => /\/videoshow\/\d+\.cms$/.test(url.pathname),
  isGallery: (url) => /\/(photostory|photoshow)\/\d+\.cms$/.test(url.pathname),
  canonical: (url) => {
    const story = new URL(url.href);
    story.pathname = story.pathname.replace('/amp_articleshow/', '/articleshow/');
    return canonicalize(story, { host: 'timesofindia.indiatimes.com', keep: [] });
  },
  templates: [
    {
      // Class names are hashed per build (_s30J in 2024, ihgno in 2026); the story container's
      // "fewcent-<id>" class and the byline's classes are not.
      since: '2024',
      lead: '.art_synopsis',
      body: '[class*="fewcent-"] > .clearfix',
      // 2024 ends each paragraph with <br>, 2026 with <span class="id-r-component br">.
      breaks: '.br',
      title: '.innerbody h1, h1',
      byline: '.byline_action .byline a',
      // Promo lines the newsroom appends to the story's text: a live blog of the day, city links.
      chrome: [/^Get (real-time|the latest) updates\b.{0,160}$/i, /^You can also check:/i],
    },
  ],
  testPages: [
    {
      file: 'fundus/ind/TimesOfIndia_2026_04_16.html.gz',
      url: 'https://timesofindia.indiatimes.com/city/bhopal/newborns-left-in-dustbins-buses-forests-madhya-pradesh-tops-india-in-infant-abandonment-cases-for-5th-straight-year/articleshow/130278578.cms',
      era: '2024',
      title: 'Newborns left in dustbins, buses, forests: Madhya Pradesh tops India in infant abandonment cases for 5th straight year',
      byline: 'Lairenlakpam Warli',
      paragraphs: 54,
      first: 'BHOPAL: Madhya Pradesh continues to report',
      last: 'Addressing this crisis will require not just',
      absent: ['You Can Also Check', 'Get real-time updates and result insights'],
      expected: 'fundus/ind/TimesOfIndia_2026_04_16.expected.json',
    },
    {
      file: 'fundus/ind/TimesOfIndia_2024_09_02.html.gz',
      url: 'https://timesofindia.indiatimes.com/world/pakistan/anti-terror-op-turns-sinister-pakistani-netizens-being-walled-off-as-army-raises-spectre-of-digital-terrorism/articleshow/112898501.cms',
      era: '2024',
      title: 'Anti-terror op turns sinister: Pakistani netizens being \'walled off\' as army raises spectre of \'digital terrorism\'',
      byline: 'Aashish Saxena',
      paragraphs: 29,
      first: 'Pakistan\'s military has initiated the Azm-e-Istehkam',
      last: 'Countries like China, Iran, Turkiye, and',
      absent: ['Visual Stories', '8 morning habits that can help sharpen memory'],
      expected: 'fundus/ind/TimesOfIndia_2024_09_02.expected.json',
    },
  ],
});
