/**
 * Tests declared once and run in both browsers. Kept apart from scenarios.ts, which `npm start`
 * and the UI bench import too: they must not load the test runner.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { BrowserName, BrowserSession } from '../support/browsers.ts';
import type { PageRoute } from '../support/servers.ts';
import { openScenario, type RunningScenario, type Scenario } from './scenarios.ts';

/** What the tests of an `inEachBrowser` block work with; set before the first of them runs. */
export interface ScenarioSession {
  scenario: Scenario;
  browser: BrowserSession;
}

/**
 * Declares the tests of `body` once for Chromium and once for Firefox, each block with its own
 * `makeScenario()` served and a browser open on it from the first test to the last.
 */
export function inEachBrowser(
  title: string,
  makeScenario: () => Scenario,
  body: (session: ScenarioSession, name: BrowserName) => void,
  options: { extraPages?: PageRoute[] } = {},
): void {
  for (const name of ['chromium', 'firefox'] as BrowserName[]) {
    describe(`${title} in ${name}`.trim(), () => {
      const session = {} as ScenarioSession;
      let running: RunningScenario | undefined;
      beforeAll(async () => {
        session.scenario = makeScenario();
        running = await openScenario(name, session.scenario, options);
        session.browser = running.browser;
      });
      afterAll(() => running?.close());
      body(session, name);
    });
  }
}

