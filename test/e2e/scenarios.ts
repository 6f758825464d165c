/**
 * Real articles with real earlier versions, as the e2e tests and `npm start` serve them: the
 * live page under its real hostname, its earlier captures in the fake archive.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, type BrowserName, type BrowserSession } from '../support/browsers.ts';
import { capturesFromFiles, FakeArchive } from '../support/fake-archive.ts';
import { startTestServers, type PageRoute, type TestServers } from '../support/servers.ts';

const page = (name: string) => fileURLToPath(new URL(`../fixtures/pages/${name}`, import.meta.url));

export const RAHAMI_URL = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';
export const SECTION_FRONT_URL = 'https://www.nytimes.com/es/';

/**
 * The stylesheet the live NYT page links to. The fixture does not hold NYT's CSS; a small one of
 * ours answers at its address, so that the page reads as a news article and not as bare HTML.
 */
const NYT_STYLESHEET: PageRoute = {
  host: 'www.nytimes.com',
  path: '/vi-assets/static-assets/global-f449cfd9976ad673ef2b7ab5098b85be.css',
  file: page('nytimes-stand-in.css'),
  contentType: 'text/css; charset=utf-8',
};

/** Hosts the browsers must resolve to the local servers. */
export const HOSTNAMES = ['www.nytimes.com', 'www.washingtonpost.com', 'web.archive.org'];

export interface Scenario {
  archive: FakeArchive;
  pages: PageRoute[];
}

/**
 * The NYT story on the Chelsea bombing suspect: the breaking version of 19 September 2016,
 * the rewritten story as archived in 2019, and today's page (the 2022 capture) as the live one.
 */
export function rahamiScenario(): Scenario {
  return rahamiArchivedAs([
    ['20160919204901', 'nytimes-rahami-2016-09-19.html'],
    ['20191016111656', 'nytimes-rahami-2019-10-16.html'],
  ]);
}

/** Today's Rahami page under its real address, its copies in the archive as `captures` ([timestamp, fixture page]). */
function rahamiArchivedAs(captures: [timestamp: string, file: string][]): Scenario {
  const archive = new FakeArchive(capturesFromFiles(RAHAMI_URL, captures.map(([timestamp, file]) => ({ timestamp, path: page(file) }))));
  const pages: PageRoute[] = [
    { host: 'www.nytimes.com', path: new URL(RAHAMI_URL).pathname, file: page('nytimes-rahami-2022.html') },
    { host: 'www.nytimes.com', path: new URL(SECTION_FRONT_URL).pathname, file: page('nytimes-5-section-front.html') },
    NYT_STYLESHEET,
  ];
  return { archive, pages };
}

/**
 * The same story as archived three times, the rewrite only in the middle capture: the first and
 * the newest capture have the same text (and digest), so bisection never looks between them.
 */
export function revertedRahamiScenario(): Scenario {
  return rahamiArchivedAs([
    ['20160919204901', 'nytimes-rahami-2016-09-19.html'],
    ['20160920120000', 'nytimes-rahami-2019-10-16.html'],
    ['20160921120000', 'nytimes-rahami-2016-09-19.html'],
  ]);
}

/**
 * The Rahami story as archived four times, two of them not the story: in 2017 the archive
 * stored another story under its address, in 2018 the section front, both answering 200.
 */
export function otherPagesRahamiScenario(): Scenario {
  return rahamiArchivedAs([
    ['20160919204901', 'nytimes-rahami-2016-09-19.html'],
    ['20170301120000', 'nytimes-1.html'],
    ['20180301120000', 'nytimes-5-section-front.html'],
    ['20191016111656', 'nytimes-rahami-2019-10-16.html'],
  ]);
}

/**
 * The Rahami story read from two layouts: the breaking version of 2016 in the archive, read by
 * the site file's 2014 era, and today's page in a layout no era reads (test/fixtures/layouts/),
 * so the generic reader reads the live page and keeps its date line as a paragraph.
 */
export function rahamiUnreadLayoutScenario(): Scenario {
  const archive = new FakeArchive(capturesFromFiles(RAHAMI_URL, [{ timestamp: '20160919204901', path: page('nytimes-rahami-2016-09-19.html') }]));
  const live = fileURLToPath(new URL('../fixtures/layouts/nytimes-rahami-2022-no-template.html', import.meta.url));
  return { archive, pages: [{ host: 'www.nytimes.com', path: new URL(RAHAMI_URL).pathname, file: live }, NYT_STYLESHEET] };
}

export interface RunningScenario {
  servers: TestServers;
  browser: BrowserSession;
  close(): Promise<void>;
}

/** Serves a scenario under its real hostnames and opens a browser with the built extension loaded. */
export async function openScenario(
  name: BrowserName,
  scenario: Scenario,
  options: { extraPages?: PageRoute[]; headless?: boolean } = {},
): Promise<RunningScenario> {
  const servers = await startTestServers({ pages: [...scenario.pages, ...(options.extraPages ?? [])], archive: scenario.archive, hostnames: HOSTNAMES });
  const extensionDir = resolve(name === 'chromium' ? 'dist/chrome' : 'dist/firefox');
  let browser: BrowserSession;
  try {
    browser = await launchBrowser(name, { extensionDir, servers, hostnames: HOSTNAMES, headless: options.headless });
  } catch (error) {
    // Left listening, the servers would keep the test run from ending.
    await servers.close();
    throw error;
  }
  return {
    servers,
    browser,
    async close() {
      try {
        await browser.close();
      } finally {
        await servers.close();
      }
    },
  };
}
