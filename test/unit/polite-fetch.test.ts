import { describe, expect, it } from 'vitest';
import { ArchivePauses, DEFAULT_PAUSE_POLICY, type PauseRecord } from '../../src/sources/archive-pause.ts';
import { createPoliteFetch, readBody } from '../../src/sources/polite-fetch.ts';
import { RateBudgets, type Priority } from '../../src/sources/rate-budget.ts';
import { RequestQueue, type QueueWait } from '../../src/sources/request-queue.ts';
import { ArchiveError } from '../../src/sources/source.ts';
import { FakeArchive, serveArchive } from '../support/fake-archive.ts';
import { manualClock } from '../support/manual-clock.ts';

const QUICK = { maxInFlight: 2, timeoutMs: 800, retries: 2, backoffMs: 20, maxWaitMs: 100 };
const ARCHIVE = 'https://web.archive.org/cdx/search/cdx?url=x';
const OTHER = 'https://archive.example.org/cdx/search/cdx?url=x';
const MINUTE = 60_000;

const tooMany = (headers: Record<string, string> = {}) => new Response('<html>Too Many Requests</html>', { status: 429, headers });
const ok = () => new Response('[]', { status: 200 });

/** A fetch that answers from a script and logs what it was asked, with times. */
function scripted(answer: (url: string, call: number) => Response) {
  const calls: { url: string; at: number }[] = [];
  const impl = async (url: string) => {
    calls.push({ url, at: Date.now() });
    return answer(url, calls.length);
  };
  return { calls, impl };
}

describe('the pause after a 429', () => {
  it('a 429 without Retry-After holds every request to that host for a minute, not to others', async () => {
    const clock = { now: 1_000_000 };
    const saved: PauseRecord[] = [];
    const pauses = new ArchivePauses((r) => saved.push(r), DEFAULT_PAUSE_POLICY, () => clock.now);
    const { calls, impl } = scripted((url) => (url === ARCHIVE ? tooMany() : ok()));
    const politeFetch = createPoliteFetch(QUICK, { fetch: impl, pauses });

    await expect(politeFetch(ARCHIVE)).rejects.toMatchObject({ failure: { kind: 'rate-limited', retryAfterMs: MINUTE } });
    expect(calls).toHaveLength(1);
    // Another job, half a minute later: nothing is sent, it is told how long is left.
    clock.now += MINUTE / 2;
    await expect(politeFetch(`${ARCHIVE}&other`)).rejects.toMatchObject({ failure: { kind: 'rate-limited', retryAfterMs: MINUTE / 2 } });
    expect(calls).toHaveLength(1);
    expect((await politeFetch(OTHER)).status).toBe(200);
    expect(saved.at(-1)).toMatchObject({ host: 'web.archive.org', until: 1_000_000 + MINUTE });
  });

  it('three 429s within ten minutes, each waited out, start a pause of five minutes', async () => {
    const clock = { now: 1_000_000 };
    const pauses = new ArchivePauses(undefined, DEFAULT_PAUSE_POLICY, () => clock.now);
    const { calls, impl } = scripted(() => tooMany());
    const politeFetch = createPoliteFetch(QUICK, { fetch: impl, pauses });
    const waits: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      const error = (await politeFetch(ARCHIVE).catch((e: unknown) => e)) as ArchiveError;
      waits.push(error.failure);
      clock.now += MINUTE;
    }
    expect(waits).toEqual([1, 1, 5].map((minutes) => ({ kind: 'rate-limited', retryAfterMs: minutes * MINUTE })));
    expect(calls).toHaveLength(3);
  });

  it('lasts twice as long when the archive rate-limits again soon after, up to half an hour', () => {
    const clock = { now: 0 };
    const pauses = new ArchivePauses(undefined, DEFAULT_PAUSE_POLICY, () => clock.now);
    const lengths: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 3; i++) pauses.strike('web.archive.org', null);
      lengths.push(pauses.remaining('web.archive.org'));
      clock.now += pauses.remaining('web.archive.org') + MINUTE;
    }
    expect(lengths).toEqual([5, 10, 20, 30, 30].map((m) => m * MINUTE));
  });

  it('takes a long Retry-After as the pause, within reason', () => {
    const pauses = new ArchivePauses(undefined, DEFAULT_PAUSE_POLICY, () => 0);
    expect(pauses.strike('web.archive.org', 3_600_000)).toBe(3_600_000);
    expect(pauses.strike('web.archive.org', 30 * 24 * 3_600_000)).toBe(6 * 3_600_000);
  });

  it('is restored from what a stopped worker persisted', async () => {
    const saved: PauseRecord[] = [];
    const clock = { now: 0 };
    const before = new ArchivePauses((r) => saved.push(r), DEFAULT_PAUSE_POLICY, () => clock.now);
    for (let i = 0; i < 3; i++) before.strike('web.archive.org', null);
    clock.now = 2 * MINUTE;
    const after = new ArchivePauses(undefined, DEFAULT_PAUSE_POLICY, () => clock.now);
    after.restore([saved.at(-1)!]);
    expect(after.remaining('web.archive.org')).toBe(3 * MINUTE);
    const { calls, impl } = scripted(ok);
    await expect(createPoliteFetch(QUICK, { fetch: impl, pauses: after })(ARCHIVE)).rejects.toMatchObject({ failure: { kind: 'rate-limited' } });
    expect(calls).toEqual([]);
  });
});

describe('back-off and timeouts', () => {
  it('backs off exponentially on a live 503, then reports the archive unavailable', async () => {
    const { calls, impl } = scripted(() => new Response('<html>503 Service Temporarily Unavailable</html>', { status: 503 }));
    await expect(createPoliteFetch(QUICK, { fetch: impl })(ARCHIVE)).rejects.toMatchObject({ failure: { kind: 'unavailable', status: 503 } });
    expect(calls).toHaveLength(3);
    const gaps = [calls[1]!.at - calls[0]!.at, calls[2]!.at - calls[1]!.at];
    expect(gaps[0]).toBeGreaterThanOrEqual(18);
    expect(gaps[1]).toBeGreaterThanOrEqual(38);
  });

  it('waits as long as Retry-After says before asking again', async () => {
    const { calls, impl } = scripted((_, call) => (call === 1 ? tooMany({ 'Retry-After': '1' }) : ok()));
    const slowWait = { ...QUICK, maxWaitMs: 3000 };
    expect((await createPoliteFetch(slowWait, { fetch: impl })(ARCHIVE)).status).toBe(200);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(990);
    expect(calls).toHaveLength(2);
  });

  it('ends a request that takes too long as "timed out", and a body that stalls too', async () => {
    const archive = new FakeArchive([{ url: 'https://www.nytimes.com/a.html', timestamp: '20160101000000', body: '<p>x</p>'.repeat(500) }]);
    const served = await serveArchive(archive);
    try {
      const politeFetch = createPoliteFetch(QUICK);
      archive.setFault({ kind: 'slow', delayMs: 2000 });
      await expect(politeFetch(`${served.base}/cdx/search/cdx?url=https://www.nytimes.com/a.html`)).rejects.toMatchObject({ failure: { kind: 'offline', detail: 'timed out' } });
      archive.setFault({ kind: 'stall' });
      const response = await politeFetch(`${served.base}/web/20160101000000id_/https://www.nytimes.com/a.html`);
      await expect(readBody(response)).rejects.toMatchObject({ failure: { kind: 'offline', detail: 'timed out' } });
      archive.setFault({ kind: 'truncated' });
      const cut = await politeFetch(`${served.base}/web/20160101000000id_/https://www.nytimes.com/a.html`);
      await expect(readBody(cut)).rejects.toMatchObject({ failure: { kind: 'garbled' } });
    } finally {
      await served.close();
    }
  });

  it('lets the caller cancel: an abort is not an archive failure', async () => {
    const controller = new AbortController();
    const impl = (_: string, init?: RequestInit) =>
      new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    const pending = createPoliteFetch(QUICK, { fetch: impl })(ARCHIVE, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ArchiveError);
    expect((error as Error).name).toBe('AbortError');
  });
});

/** The politeness code as the background wires it, on a clock the test moves. */
function onManualClock(answer: (url: string, call: number) => Response) {
  const clock = manualClock();
  const calls: { url: string; at: number }[] = [];
  const impl = async (url: string) => {
    calls.push({ url, at: clock.now() });
    return answer(url, calls.length);
  };
  const pauses = new ArchivePauses(undefined, DEFAULT_PAUSE_POLICY, clock.now);
  const queue = new RequestQueue(QUICK, new RateBudgets(undefined, undefined, clock.now), pauses, clock);
  return { clock, calls, queue, politeFetch: createPoliteFetch(QUICK, { fetch: impl, pauses, queue, clock }) };
}

/** The most requests that started within any window of `windowMs` (a request leaves the window `windowMs` after it started). */
function busiestWindow(times: number[], windowMs: number): number {
  return Math.max(0, ...times.map((start) => times.filter((at) => at >= start && at < start + windowMs).length));
}

const CDX = (n: number) => `https://web.archive.org/cdx/search/cdx?url=https://www.nytimes.com/2016/09/20/a${n}.html`;
const MEMENTO = (n: number) => `https://web.archive.org/web/2016092012000${n % 10}id_/https://www.nytimes.com/2016/09/20/a${n}.html`;

describe('the archive\'s budgets, shared by every job', () => {
  it('lets at most 24 listings start in any minute and 8 mementos in any second, however many jobs ask', async () => {
    const { clock, calls, politeFetch } = onManualClock(ok);
    const asked = [...Array.from({ length: 60 }, (_, n) => politeFetch(CDX(n))), ...Array.from({ length: 30 }, (_, n) => politeFetch(MEMENTO(n)))];
    await clock.advance(0);
    expect(calls.filter((c) => c.url.includes('/cdx/'))).toHaveLength(24);
    expect(calls.filter((c) => c.url.includes('/web/'))).toHaveLength(8);
    await clock.advance(3 * 60_000);
    await Promise.all(asked);
    const listings = calls.filter((c) => c.url.includes('/cdx/')).map((c) => c.at);
    const mementos = calls.filter((c) => c.url.includes('/web/')).map((c) => c.at);
    expect(listings).toHaveLength(60);
    expect(busiestWindow(listings, 60_000)).toBe(24);
    expect(busiestWindow(mementos, 1_000)).toBe(8);
  });

  it('keeps part of the budget for the article in front: it is listed at once, before the tabs that wait', async () => {
    const { clock, calls, politeFetch } = onManualClock(ok);
    const background: { priority: () => Priority } = { priority: () => 'background' };
    const waits = new Map<number, QueueWait>();
    const tabs = Array.from({ length: 30 }, (_, n) => politeFetch(CDX(n), { ...background, onQueued: (wait) => waits.set(n, wait) }));
    await clock.advance(0);
    // Background tabs get 20 of the 24; the others are told they are queued, and for how long.
    expect(calls).toHaveLength(20);
    expect(waits.get(20)).toEqual({ ahead: 0, startsAt: clock.now() + 60_000 });
    expect(waits.get(29)?.ahead).toBe(9);

    await clock.advance(10_000);
    const inFront = politeFetch(CDX(100));
    await clock.settle();
    expect(calls.at(-1)).toEqual({ url: CDX(100), at: clock.now() });
    await inFront;

    // A background tab brought to the front goes first once a token comes back.
    let front = 29;
    const late = politeFetch(CDX(200), { priority: () => (front === 200 ? 'visible' : 'background') });
    front = 200;
    await clock.advance(50_000);
    expect(calls.slice(21, 22).map((c) => c.url)).toEqual([CDX(200)]);
    await clock.advance(5 * 60_000);
    await Promise.all([...tabs, late]);
    expect(calls).toHaveLength(32);
    expect(busiestWindow(calls.map((c) => c.at), 60_000)).toBeLessThanOrEqual(24);
  });

  it('leaves a lane to the tab in front while it is asking: its next capture does not wait for background ones', async () => {
    const clock = manualClock();
    const started: string[] = [];
    const impl = async (url: string) => {
      started.push(url);
      await clock.sleep(url.includes('a2.') ? 50 : 300);
      return ok();
    };
    const pauses = new ArchivePauses(undefined, DEFAULT_PAUSE_POLICY, clock.now);
    const queue = new RequestQueue(QUICK, new RateBudgets(undefined, undefined, clock.now), pauses, clock);
    const politeFetch = createPoliteFetch(QUICK, { fetch: impl, pauses, queue, clock });
    const background = { priority: () => 'background' as const };
    const asked = [politeFetch(MEMENTO(1)), politeFetch(MEMENTO(2)), politeFetch(MEMENTO(3), background), politeFetch(MEMENTO(4), background)];
    await clock.advance(100);
    // The front tab's second request was answered; the background ones still wait for a lane...
    expect(started).toEqual([MEMENTO(1), MEMENTO(2)]);
    // ...which its next request takes at once.
    asked.push(politeFetch(MEMENTO(5)));
    await clock.settle();
    expect(started).toEqual([MEMENTO(1), MEMENTO(2), MEMENTO(5)]);
    await clock.advance(20_000);
    await Promise.all(asked);
    expect(started.slice(3).sort()).toEqual([MEMENTO(3), MEMENTO(4)]);
    // Once the front tab has gone quiet, background requests use both lanes again.
    const later = [politeFetch(MEMENTO(6), background), politeFetch(MEMENTO(7), background)];
    await clock.settle();
    expect(started.slice(5)).toEqual([MEMENTO(6), MEMENTO(7)]);
    await clock.advance(1_000);
    await Promise.all(later);
  });

  it('starts again from what a stopped worker spent, not from a full budget', async () => {
    const clock = manualClock();
    const saved: import('../../src/sources/rate-budget.ts').BudgetRecord[] = [];
    const before = new RateBudgets((record) => saved.push(record), undefined, clock.now);
    for (let n = 0; n < 24; n++) before.spend('web.archive.org', 'listing');
    await clock.advance(30_000);
    const after = new RateBudgets(undefined, undefined, clock.now);
    after.restore([saved.at(-1)!]);
    expect(after.delay('web.archive.org', 'listing', 'visible')).toBe(30_000);
    expect(after.delay('web.archive.org', 'memento', 'visible')).toBe(0);
  });
});

describe('redirects, followed here one hop at a time', () => {
  const redirect = (to: string) => new Response(null, { status: 302, headers: { Location: to } });

  it('follows a redirect within the archive, each hop counted against its budget', async () => {
    const { clock, calls, politeFetch } = onManualClock((url) => (url.includes('20160920120000') ? redirect(MEMENTO(1)) : ok()));
    const response = await politeFetch(MEMENTO(0).replace('2016092012000' + '0', '20160920120000'));
    await clock.settle();
    expect(response.status).toBe(200);
    expect(calls.map((c) => c.url)).toEqual([expect.stringContaining('20160920120000'), MEMENTO(1)]);
  });

  it('cuts a loop after five requests: "the archive sent us in circles"', async () => {
    const { calls, politeFetch } = onManualClock((url) => redirect(url));
    await expect(politeFetch(CDX(0))).rejects.toMatchObject({ failure: { kind: 'redirect-loop', hops: 5 } });
    expect(calls).toHaveLength(5);
  });

  it('spends the listing budget on every hop of a loop', async () => {
    const { clock, calls, politeFetch } = onManualClock((url) => redirect(url));
    const loops = Array.from({ length: 6 }, (_, n) => politeFetch(CDX(n)).catch((e: unknown) => e));
    await clock.advance(0);
    expect(calls).toHaveLength(24);
    await clock.advance(60_000);
    expect((await Promise.all(loops)).map((e) => (e as ArchiveError).failure.kind)).toEqual(Array(6).fill('redirect-loop'));
    expect(calls).toHaveLength(30);
  });

  it('reads where an opaque redirect goes from the browser, and never leaves the archive\'s host', async () => {
    const opaque = { type: 'opaqueredirect', status: 0, headers: new Headers(), body: null } as unknown as Response;
    const asked: string[] = [];
    const impl = async (url: string) => {
      asked.push(url);
      return url === CDX(0) ? opaque : ok();
    };
    const targets: Record<string, string> = { [CDX(0)]: CDX(1) };
    const politeFetch = createPoliteFetch(QUICK, { fetch: impl, redirectTarget: async (url) => targets[url] ?? null });
    expect((await politeFetch(CDX(0))).status).toBe(200);
    expect(asked).toEqual([CDX(0), CDX(1)]);

    targets[CDX(0)] = 'https://elsewhere.example.com/cdx?url=https://www.nytimes.com/2016/09/20/a0.html';
    await expect(politeFetch(CDX(0))).rejects.toMatchObject({ failure: { kind: 'unavailable' } });
    delete targets[CDX(0)];
    await expect(politeFetch(CDX(0))).rejects.toMatchObject({ failure: { kind: 'offline' } });
    expect(asked.filter((url) => !url.startsWith('https://web.archive.org/'))).toEqual([]);
  });
});
