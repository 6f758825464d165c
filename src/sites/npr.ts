import { defineSite } from '../extract/site.ts';

export default defineSite({
  id: 'npr',
  hosts: ['www.npr.org', 'npr.org'],
  // /sections/thetwo-way/2016/12/15/505723552/jury-finds-dylann-roof-guilty..., /2024/01/02/1222345678/slug
  isArticle: (url) => /\/\d{4}\/\d{2}\/\d{2}\/\d+\//.test(url.pathname),
  isLiveBlog: (url) => /\/live-updates\//.test(url.pathname),
  templates: [
    {
      since: '2011',
      body: '#storytext > p, #storytext > h3, #storytext > blockquote p, #storytext > ul > li',
      exclude: '.bucketwrap, .credit-caption, .caption, .enlarge_html, .image_data, .teaser, .pullquote',
      title: '.storytitle h1, h1',
      byline: '.byline__name, #storybyline .byline a, .byline a',
      corrections: '.correction',
    },
  ],
  testPages: [
    {
      file: 'pages/npr-2016-12-15.html',
      url: 'https://www.npr.org/sections/thetwo-way/2016/12/15/505723552/jury-finds-dylann-roof-guilty-in-s-c-church-shooting',
      era: '2011',
      title: 'Jury Finds Dylann Roof Guilty In S.C. Church Shooting',
      byline: 'Rebecca Hersher',
      paragraphs: 19,
      first: 'A jury in Charleston, S.C., has found Dylann Roof guilty on all 33 counts',
      last: 'Roof is facing separate murder charges brought by the state of South Carolina',
      absent: ['is escorted from the Shelby Police Department', 'The Two-Way is the place'],
    },
    {
      file: 'pages/npr-2022.html',
      url: 'https://www.npr.org/sections/thetwo-way/2016/12/15/505723552/jury-finds-dylann-roof-guilty-in-s-c-church-shooting',
      era: '2011',
      title: 'Jury Finds Dylann Roof Guilty In S.C. Church Shooting',
      paragraphs: 19,
      first: 'A jury in Charleston, S.C., has found Dylann Roof guilty on all 33 counts',
      last: 'Roof is facing separate murder charges brought by the state of South Carolina',
      absent: ['is escorted from the Shelby Police Department'],
    },
  ],
});
