import { describe, expect, it } from 'vitest';
import { ArchivePauses, DEFAULT_PAUSE_POLICY, type PauseRecord } from '../../src/sources/archive-pause.ts';
import { createPoliteFetch, readBody } from '../../src/sources/polite-fetch.ts';
import { ArchiveError } from '../../src/sources/source.ts';
import { FakeArchive, serveArchive } from '../support/fake-archive.ts';

const QUICK = { maxInFlight: 2, spacingMs: 0, timeoutMs: 800, retries: 2, backoffMs: 20, maxWaitMs: 100 };
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

describe('the pause after repeated 429s', () => {
  it('starts after three 429s and holds every request to that host, not to others', async () => {
    const clock = { now: 1_000_000 };
    const saved: PauseRecord[] = [];
    const pauses = new ArchivePauses((r) => saved.push(r), DEFAULT_PAUSE_POLICY, () => clock.now);
    const { calls, impl } = scripted((url) => (url === ARCHIVE ? tooMany() : ok()));
    const politeFetch = createPoliteFetch(QUICK, impl, pauses);

    await expect(politeFetch(ARCHIVE)).rejects.toMatchObject({ failure: { kind: 'rate-limited', retryAfterMs: 5 * MINUTE } });
    expect(calls).toHaveLength(3);
    // Another job, a minute later: nothing is sent, it is told how long is left.
    clock.now += MINUTE;
    await expect(politeFetch(`${ARCHIVE}&other`)).rejects.toMatchObject({ failure: { kind: 'rate-limited', retryAfterMs: 4 * MINUTE } });
    expect(calls).toHaveLength(3);
    expect((await politeFetch(OTHER)).status).toBe(200);
    expect(saved.at(-1)).toMatchObject({ host: 'web.archive.org', until: 1_000_000 + 5 * MINUTE });
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
    await expect(createPoliteFetch(QUICK, impl, after)(ARCHIVE)).rejects.toMatchObject({ failure: { kind: 'rate-limited' } });
    expect(calls).toEqual([]);
  });
});

describe('back-off and timeouts', () => {
  it('backs off exponentially on a live 503, then reports the archive unavailable', async () => {
    const { calls, impl } = scripted(() => new Response('<html>503 Service Temporarily Unavailable</html>', { status: 503 }));
    await expect(createPoliteFetch(QUICK, impl)(ARCHIVE)).rejects.toMatchObject({ failure: { kind: 'unavailable', status: 503 } });
    expect(calls).toHaveLength(3);
    const gaps = [calls[1]!.at - calls[0]!.at, calls[2]!.at - calls[1]!.at];
    expect(gaps[0]).toBeGreaterThanOrEqual(18);
    expect(gaps[1]).toBeGreaterThanOrEqual(38);
  });

  it('waits as long as Retry-After says before asking again', async () => {
    const { calls, impl } = scripted((_, call) => (call === 1 ? tooMany({ 'Retry-After': '1' }) : ok()));
    const slowWait = { ...QUICK, maxWaitMs: 3000 };
    expect((await createPoliteFetch(slowWait, impl)(ARCHIVE)).status).toBe(200);
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
    const pending = createPoliteFetch(QUICK, impl)(ARCHIVE, controller.signal);
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ArchiveError);
    expect((error as Error).name).toBe('AbortError');
  });
});
