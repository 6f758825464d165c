/**
 * The shape of a site file. A site file is data: hosts, URL rules and one template per
 * template era. Nothing here touches DOM globals at load time, so the registry can be imported
 * by vite.config.ts in Node to build the manifest's content-script matches.
 */

/** Where one template era keeps the parts of a story. Every field is a CSS selector. */
export interface Template {
  /** When the template was first seen, for the reader of the file ("2019", "2014-03"). */
  since: string;
  /** Elements whose text is one body paragraph each (usually `<p>`, sometimes headings). */
  body: string;
  /** The standfirst, read as the first paragraph(s) even inside the page's `<header>`; only with a body. */
  lead?: string;
  /**
   * For a body element that holds several paragraphs as bare text (Times of India): they end at
   * each `<br>`, block, and element matching this selector, and each is read as a paragraph.
   */
  breaks?: string;
  /** Not story text (promos, captions, ads, name pop-ups): dropped as whole paragraphs and inside them. */
  exclude?: string;
  title?: string;
  /** An element with the byline (a `<meta>` is read from its content). */
  byline?: string;
  /** For a template without one byline element: elements of one author each, joined as "A, B and C". */
  authors?: string;
  /** An element carrying the date (`<time datetime>`, `<meta content>`, or text). */
  published?: string;
  modified?: string;
  /** Each match is one correction or editor's note, kept apart from the body. */
  corrections?: string;
  /** Present only when the page holds part of the story (a paywall or "continue reading" gate). */
  truncated?: string;
  /**
   * A container the page ships the whole story in but marks `hidden` until its script lets a
   * subscriber in: its paragraphs are read all the same, as the subscriber's live page shows them.
   */
  gated?: string;
  /** Lines this site repeats under every story that are not the story (a standing footer note). */
  chrome?: readonly RegExp[];
}

export interface Site {
  id: string;
  /** Exact hostnames, the canonical one first. */
  hosts: readonly string[];
  isArticle: (url: URL) => boolean;
  isLiveBlog: (url: URL) => boolean;
  isVideo: (url: URL) => boolean;
  isGallery: (url: URL) => boolean;
  canonical: (url: URL) => string;
  /** Newest era first; the first template that finds a body wins. */
  templates: readonly Template[];
  /**
   * The pages this file was checked on, one per template era where a real page shows it. Each
   * has its provenance in test/fixtures/PROVENANCE.md. test/unit/site-pages.test.ts reads every
   * one and checks what it says.
   */
  testPages: readonly TestPage[];
  /** Addresses of the site that are not stories (section fronts, home pages): they get no launcher. */
  testFronts: readonly string[];
}

/** A real page of the site and what a careful reader sees in it. */
export interface TestPage {
  /** Path under test/fixtures/ (`.gz` is unpacked). */
  file: string;
  /** The page's own address, as it was crawled or captured. */
  url: string;
  /**
   * The Content-Type header to read the bytes with, where the page's own `<meta charset>` is not
   * their charset (fundus stores every page as UTF-8, whatever charset it was served in).
   */
  contentType?: string;
  /** The template era (`since`) that must read it: never the generic reader. */
  era: string;
  title: string;
  byline?: string;
  paragraphs: number;
  /** The start of the first and of the last body paragraph. */
  first: string;
  last: string;
  /** Text on the page that is not the story (a promo, a caption, a footer) and must not be read. */
  absent?: readonly string[];
  /**
   * Path under test/fixtures/ of a reviewed body for the page (`{ "paragraphs": [...] }`, from
   * fundus's hand-written parser): our paragraphs must match it at a 4-gram shingle F1 of 0.97.
   */
  expected?: string;
}

type SiteFile = Pick<Site, 'id' | 'hosts' | 'isArticle' | 'templates' | 'testPages'> & Partial<Site>;

const never = () => false;

export function defineSite(file: SiteFile): Site {
  const canonicalHost = file.hosts[0];
  return {
    isLiveBlog: never,
    isVideo: never,
    isGallery: never,
    canonical: (url) => canonicalize(url, { host: canonicalHost, keep: [] }),
    testFronts: [],
    ...file,
  };
}

/** Query parameters that only say where a reader came from. */
const TRACKING = /^(utm_|fbclid$|gclid$|dclid$|mc_[ce]id$|smid$|smtyp$|cmpid$|ref$|referrer$|src$|source$|partner$|ito$|itid$|wt\.mc_id$|ns_|at_|cid$|ocid$|ftag$|icid$|_ga$|share$|sh$)/i;
const AMP_PARAMS = /^(amp|outputtype|output)$/i;

export interface CanonicalRule {
  /** Hostname every variant maps to (mobile., amp., bare domain); default: the URL's own. */
  host?: string | undefined;
  /** Query parameters that identify the article; others are dropped. Default: keep all but tracking. */
  keep?: readonly string[];
}

/**
 * One URL per story: https, no fragment, no tracking or AMP parameters, no AMP path variant.
 * The canonical URL is the key the history is stored and looked up under.
 */
export function canonicalize(url: URL, rule: CanonicalRule = {}): string {
  const out = new URL(url.href);
  out.protocol = 'https:';
  out.hash = '';
  out.username = '';
  out.password = '';
  out.port = '';
  out.hostname = rule.host ?? out.hostname.toLowerCase().replace(/^amp\./, 'www.');
  out.pathname = withoutAmp(out.pathname);
  // forEach, not the iterator: in Firefox content scripts URLSearchParams is an Xray wrapper
  // whose entries() cannot be spread.
  const entries: [string, string][] = [];
  out.searchParams.forEach((value, name) => entries.push([name, value]));
  const params = entries
    .filter(([name]) => (rule.keep ? rule.keep.includes(name) : !TRACKING.test(name) && !AMP_PARAMS.test(name)))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  out.search = new URLSearchParams(params).toString();
  return out.href;
}

function withoutAmp(path: string): string {
  return path
    .replace(/\.amp\.html$/, '.html')
    .replace(/\.amp$/, '')
    .replace(/\/amp\/?$/, '/')
    .replace(/^\/amp\//, '/');
}
