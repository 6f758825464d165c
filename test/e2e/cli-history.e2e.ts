/**
 * The command line's `history` and the extension read one story's history from one archive the
 * same way: the versions the sidebar lists from the archive are the versions the CLI prints,
 * first seen at the same times, linking to the same copies. The sidebar has one more: the live
 * page the reader has open, which the CLI, asking only the archive, does not see.
 */
import { expect, it } from 'vitest';
import { ensureCliBuilt, startCli } from '../support/cli.ts';
import { serveArchive } from '../support/fake-archive.ts';
import { allInShadow, HISTORY_DONE, inShadow, LAUNCHER_COUNTED } from '../support/hooks.ts';
import { ARCHIVE_HOST } from '../support/servers.ts';
import { inEachBrowser } from './each-browser.ts';
import { RAHAMI_URL, rahamiScenario } from './scenarios.ts';

interface ShownVersion {
  capturedAt: string;
  sources: string[];
  archiveLink: string | null;
}

inEachBrowser('', rahamiScenario, (session) => {
  it('article-history history prints the timeline the sidebar shows for the same story from the same archive', async () => {
    await session.browser.open(RAHAMI_URL);
    await session.browser.waitFor(LAUNCHER_COUNTED, 60_000);
    await session.browser.evaluate(`${inShadow('[data-testid=launcher]')}.click()`);
    await session.browser.waitFor(HISTORY_DONE, 60_000);
    const shown = await session.browser.evaluate<ShownVersion[]>(
      `${allInShadow('[data-testid=version]')}.map((v) => ({ capturedAt: v.dataset.capturedAt, sources: [...v.querySelectorAll('.dot')].map((d) => d.className.replace(/.*dot-/, '')), archiveLink: v.querySelector('.source a')?.getAttribute('href') ?? null }))`,
    );

    ensureCliBuilt();
    // The same archive, reached by the CLI at an address of its own on loopback.
    const served = await serveArchive(session.scenario.archive);
    let printed;
    try {
      const run = await startCli(['history', RAHAMI_URL, '--archive', served.base]).exited;
      expect(run).toMatchObject({ code: 0, stderr: '' });
      printed = JSON.parse(run.stdout) as { state: string; versions: { capturedAt: string; sightings: { source: string; captureUrl: string }[] }[] };
    } finally {
      await served.close();
    }
    expect(printed.state).toBe('done');
    const fromCli: ShownVersion[] = printed.versions.map((version) => ({
      capturedAt: version.capturedAt,
      sources: [...new Set(version.sightings.map((s) => s.source))],
      archiveLink: version.sightings[0]!.captureUrl.replace(served.base, `https://${ARCHIVE_HOST}`),
    }));
    const archived = shown.filter((version) => version.sources.includes('archive'));
    expect(archived.map(({ capturedAt, archiveLink }) => ({ capturedAt, archiveLink }))).toEqual(fromCli.map(({ capturedAt, archiveLink }) => ({ capturedAt, archiveLink })));
    expect(fromCli.map((v) => v.capturedAt)).toEqual(['2016-09-19T20:49:01.000Z', '2019-10-16T11:16:56.000Z']);
    // What the sidebar has beyond the archive's versions is the live page alone.
    expect(shown.filter((version) => !version.sources.includes('archive')).map((v) => v.sources)).toEqual([['live']]);
  });
});
