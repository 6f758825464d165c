/**
 * Save Page Now as the extension asks it: against the fake archive (which answers as the
 * archive documents, not as recorded: see test/support/fake-archive.ts), on a clock the test
 * moves, so that minutes of the archive's limits pass at once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ArchivePauses } from '../../src/sources/archive-pause.ts';
import { createSavePageNow, refusalIn, type SaveOutcome } from '../../src/sources/save-page-now.ts';
import { SaveLimits, type SaveLimitRecord } from '../../src/sources/save-limits.ts';
import { FakeArchive, serveArchive } from '../support/fake-archive.ts';
import { manualClock } from '../support/manual-clock.ts';

const STORY = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';
const OTHER = 'https://www.nytimes.com/2016/09/21/nyregion/another-story.html';
const LIVE_PAGE = '<html><head><link rel="canonical" href="x"></head><body><p>The live text.</p></body></html>';
const MINUTE = 60_000;

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** `persisted`: what a stopped worker left, for this run's archive host (each run serves it on a port of its own). */
async function setUp(saves: Partial<NonNullable<ConstructorParameters<typeof FakeArchive>[1]>['saves']> = {}, persisted: (host: string) => SaveLimitRecord[] = () => []) {
  // 2026-11-30 10:42:00 UTC: a time of day the reader would see.
  const clock = manualClock(Date.UTC(2026, 10, 30, 10, 42));
  const archive = new FakeArchive([], { now: clock.now, saves: { capture: () => Buffer.from(LIVE_PAGE), ...saves } });
  const served = await serveArchive(archive);
  close = served.close;
  const kept: SaveLimitRecord[][] = [];
  const limits = new SaveLimits((records) => kept.push(records), undefined, clock.now);
  limits.restore(persisted(new URL(served.base).host));
  const pauses = new ArchivePauses(undefined, undefined, clock.now);
  const spn = createSavePageNow({ base: served.base, limits, pauses, clock });
  const asked = () => archive.requests.filter((r) => r.url.startsWith('/save/')).length;
  return { clock, archive, served, spn, pauses, kept, asked, host: new URL(served.base).host };
}

describe('Save Page Now', () => {
  it('says when the capture was made and where the reader can see it, and the archive lists and serves it', async () => {
    const { spn, archive, served } = await setUp();
    const outcome = await spn.save(STORY);
    expect(outcome).toEqual({ kind: 'saved', timestamp: '20261130104200', captureUrl: `${served.base}/web/20261130104200/${STORY}` });
    expect(archive.requests.map((r) => r.url)).toEqual([`/save/${STORY}`]);
    const listing = await fetch(`${served.base}/cdx/search/cdx?url=${encodeURIComponent(STORY)}&output=json`);
    expect(JSON.stringify(await listing.json())).toContain('20261130104200');
    expect(await (await fetch(`${served.base}/web/20261130104200id_/${STORY}`)).text()).toBe(LIVE_PAGE);
  });

  it('keeps to two saves a minute of its own: a third is refused until the first leaves the minute, and the archive hears nothing of it', async () => {
    const { spn, clock, asked } = await setUp({ perMinute: 10 });
    expect((await spn.save(STORY)).kind).toBe('saved');
    await clock.advance(10_000);
    expect((await spn.save(OTHER)).kind).toBe('saved');
    expect(await spn.save(STORY)).toEqual({ kind: 'refused', reason: { kind: 'rate-limited', retryAt: Date.UTC(2026, 10, 30, 10, 43) } });
    expect(asked()).toBe(2);
    await clock.advance(MINUTE);
    expect((await spn.save(STORY)).kind).toBe('saved');
    expect(asked()).toBe(3);
  });

  it('after a 429 asks nothing for five minutes, saves or listings: listings for the minute a live 429 costs, saves for five', async () => {
    const { spn, clock, asked, archive, pauses, host } = await setUp({ perMinute: 1 });
    await spn.save(STORY);
    const refused = await spn.save(OTHER);
    const fiveMinutesOn = Date.UTC(2026, 10, 30, 10, 47);
    expect(refused).toEqual({ kind: 'refused', reason: { kind: 'rate-limited', retryAt: fiveMinutesOn } });
    expect(archive.rateLimited).toHaveLength(1);
    expect(pauses.remaining(host)).toBe(MINUTE);
    for (const wait of [MINUTE, 3 * MINUTE]) {
      await clock.advance(wait);
      expect(await spn.save(OTHER)).toEqual(refused);
    }
    expect(asked()).toBe(2);
    await clock.advance(MINUTE);
    expect((await spn.save(OTHER)).kind).toBe('saved');
    expect(archive.blocks).toEqual([]);
  });

  it('a restarted worker keeps the pause it persisted', async () => {
    const first = await setUp({ perMinute: 1 });
    await first.spn.save(STORY);
    await first.spn.save(OTHER);
    const persisted = first.kept.at(-1)!;
    await close?.();
    const second = await setUp({ perMinute: 10 }, (host) => persisted.map((record) => ({ ...record, host })));
    expect(await second.spn.save(OTHER)).toEqual({ kind: 'refused', reason: { kind: 'rate-limited', retryAt: Date.UTC(2026, 10, 30, 10, 47) } });
    expect(second.asked()).toBe(0);
  });

  it('waits out a pause of the whole host that listings met', async () => {
    const { spn, pauses, host, asked, clock } = await setUp();
    pauses.strike(host, 120_000);
    expect(await spn.save(STORY)).toEqual({ kind: 'refused', reason: { kind: 'rate-limited', retryAt: clock.now() + 120_000 } });
    expect(asked()).toBe(0);
  });

  it('a client that ignores the 429 stays refused at the archive', async () => {
    const { archive, served } = await setUp({ perMinute: 1 });
    const save = () => fetch(`${served.base}/save/${STORY}`, { redirect: 'manual' }).then((r) => r.status);
    expect(await save()).toBe(200);
    expect(await save()).toBe(429);
    expect(await save()).toBe(429);
    expect(archive.rateLimited).toHaveLength(2);
  });

  it('reads the archive refusing a URL saved ten times today as the daily limit', async () => {
    const { spn, clock } = await setUp({ perMinute: 100 });
    for (let i = 0; i < 10; i++) {
      expect((await spn.save(STORY)).kind).toBe('saved');
      await clock.advance(MINUTE);
    }
    expect(await spn.save(STORY)).toEqual({ kind: 'refused', reason: { kind: 'daily-limit' } });
  });
});

describe('what an answer of Save Page Now says', () => {
  const base = 'https://web.archive.org';
  const answering = async (response: Response | Error, redirectTarget?: string): Promise<SaveOutcome> => {
    const clock = manualClock(Date.UTC(2026, 10, 30, 10, 42));
    const spn = createSavePageNow({
      base,
      limits: new SaveLimits(undefined, undefined, clock.now),
      pauses: new ArchivePauses(undefined, undefined, clock.now),
      clock,
      fetch: async () => {
        if (response instanceof Error) throw response;
        return response;
      },
      redirectTarget: async () => redirectTarget ?? null,
    });
    return spn.save(STORY);
  };
  const saved = { kind: 'saved', timestamp: '20261130104158', captureUrl: `${base}/web/20261130104158/${STORY}` };

  it('finds the capture in a redirect, in Content-Location, or in the Link header', async () => {
    expect(await answering(new Response(null, { status: 302, headers: { Location: `/web/20261130104158/${STORY}` } }))).toEqual(saved);
    expect(await answering(new Response('<html>', { status: 200, headers: { 'Content-Location': `/web/20261130104158/${STORY}`, 'X-Location': 'save-sync' } }))).toEqual(saved);
    const link = `<${STORY}>; rel="original", <${base}/web/timemap/link/${STORY}>; rel="timemap"; type="application/link-format", <${base}/web/20160919204901/${STORY}>; rel="first memento"; datetime="Mon, 19 Sep 2016 20:49:01 GMT", <${base}/web/20261130104158/${STORY}>; rel="memento"; datetime="Mon, 30 Nov 2026 10:41:58 GMT"`;
    expect(await answering(new Response('<html>', { status: 200, headers: { Link: link } }))).toEqual(saved);
  });

  it('follows an opaque redirect through the Location webRequest saw', async () => {
    const opaque = Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' });
    expect(await answering(opaque, `${base}/web/20261130104158/${STORY}`)).toEqual(saved);
    expect(await answering(opaque)).toEqual({ kind: 'refused', reason: { kind: 'garbled' } });
  });

  it('takes a Link header without the capture (the archive still working on it) for an answer it cannot read', async () => {
    const link = `<${STORY}>; rel="original", <${base}/web/timemap/link/${STORY}>; rel="timemap"; type="application/link-format", <${base}/web/${STORY}>; rel="timegate"`;
    expect(await answering(new Response('<html></html>', { status: 200, headers: { Link: link } }))).toEqual({ kind: 'refused', reason: { kind: 'garbled' } });
  });

  it('tells the refusals apart', async () => {
    const robots = new Response('', { status: 403, headers: { 'X-Archive-Wayback-Runtime-Error': 'RobotAccessControlException: Blocked By Robots' } });
    expect(await answering(robots)).toEqual({ kind: 'refused', reason: { kind: 'excluded' } });
    const spn2 = JSON.stringify({ status: 'error', status_ext: 'error:blocked-url', message: 'This URL is in the Save Page Now service block list and cannot be captured.' });
    expect(await answering(new Response(spn2, { status: 200, headers: { 'Content-Type': 'application/json' } }))).toEqual({ kind: 'refused', reason: { kind: 'excluded' } });
    expect(await answering(new Response('<h1>502 Bad Gateway</h1>', { status: 502 }))).toEqual({ kind: 'refused', reason: { kind: 'unavailable' } });
    expect(await answering(new TypeError('fetch failed'))).toEqual({ kind: 'refused', reason: { kind: 'unavailable' } });
    expect(await answering(new Response('<html><body>Welcome</body></html>', { status: 200 }))).toEqual({ kind: 'refused', reason: { kind: 'garbled' } });
    const busy = await answering(new Response('<p>You have already reached the limit of active sessions. Please wait.</p>', { status: 200 }));
    expect(busy).toEqual({ kind: 'refused', reason: { kind: 'rate-limited', retryAt: Date.UTC(2026, 10, 30, 10, 43) } });
  });

  it('reads the SPN2 status_ext codes and the words of the anonymous pages alike', () => {
    expect(refusalIn('{"status":"error","status_ext":"error:too-many-daily-captures","message":"..."}')).toEqual({ kind: 'refused', reason: { kind: 'daily-limit' } });
    expect(refusalIn('This URL has been already captured 10 times today. Please try again tomorrow.')).toEqual({ kind: 'refused', reason: { kind: 'daily-limit' } });
    expect(refusalIn('{"status":"error","status_ext":"error:user-session-limit"}')).toEqual({ kind: 'busy' });
    expect(refusalIn('{"status":"error","status_ext":"error:soft-time-limit-exceeded"}')).toEqual({ kind: 'refused', reason: { kind: 'unavailable' } });
    expect(refusalIn('<html>A page</html>')).toBeNull();
  });
});
