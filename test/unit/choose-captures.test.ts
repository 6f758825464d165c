import { describe, expect, it } from 'vitest';
import { chooseCaptures, type CaptureText } from '../../src/core/choose-captures.ts';

/** n captures whose text changes at the given indices; every capture has its own digest, as on the real archive. */
function story(n: number, changesAt: number[]) {
  let text = 0;
  return Array.from({ length: n }, (_, i) => {
    if (changesAt.includes(i)) text++;
    return { digest: `d${i}`, text: `t${text}` };
  });
}

async function run(captures: ReturnType<typeof story>, options?: Parameters<typeof chooseCaptures>[2]) {
  const fetched: number[] = [];
  const { texts: resolved, complete } = await chooseCaptures(
    captures,
    async (c): Promise<CaptureText> => {
      fetched.push(captures.indexOf(c));
      return { kind: 'text', hash: c.text };
    },
    options,
  );
  return { fetched, resolved, complete };
}

describe('choosing which captures to fetch', () => {
  it('fetches only the first and the newest when they have the same text', async () => {
    const { fetched } = await run(story(200, []));
    expect(fetched).toEqual([0, 199]);
  });

  it('pins every change between two adjacent fetched captures, with far fewer fetches than captures', async () => {
    const captures = story(200, [37, 150]);
    const { fetched, resolved } = await run(captures);
    expect(fetched.length).toBeLessThan(30);
    for (const change of [37, 150]) {
      expect(resolved.get(change - 1)?.kind === 'text' && resolved.get(change)?.kind === 'text').toBe(true);
    }
    const texts = [...resolved.entries()].sort(([a], [b]) => a - b).map(([, t]) => (t.kind === 'text' ? t.hash : ''));
    expect([...new Set(texts)]).toEqual(['t0', 't1', 't2']);
  });

  it('fetches each digest once, even when the archive lists it many times', async () => {
    const captures = Array.from({ length: 10 }, (_, i) => ({ digest: i < 5 ? 'same' : 'other', text: i < 5 ? 'a' : 'b' }));
    const { fetched } = await run(captures);
    expect(new Set(fetched.map((i) => captures[i]!.digest)).size).toBe(fetched.length);
  });

  it('stops at the fetch budget and keeps what it learnt', async () => {
    const captures = story(100, [10, 20, 30, 40, 50, 60, 70, 80, 90]);
    const { fetched, resolved, complete } = await run(captures, { maxFetches: 5, thorough: false });
    expect(fetched.length).toBe(5);
    expect(resolved.size).toBe(5);
    expect(complete).toBe(false);
  });

  it('calls a search complete when every change is pinned, even if that took the whole budget', async () => {
    const captures = story(3, [1]);
    expect((await run(captures, { maxFetches: 3, thorough: false })).complete).toBe(true);
    expect((await run(captures, { maxFetches: 2, thorough: false })).complete).toBe(false);
  });

  it('in thorough mode fetches every distinct digest, finding a change that was reverted between ends', async () => {
    const captures = story(9, [4, 5]).map((c, i) => (i === 4 ? c : { ...c, text: 't0' }));
    const bisected = await run(captures);
    expect([...bisected.resolved.values()].some((t) => t.kind === 'text' && t.hash !== 't0')).toBe(false);
    const thorough = await run(captures, { maxFetches: 100, thorough: true });
    expect(thorough.fetched.length).toBe(9);
    expect([...thorough.resolved.values()].some((t) => t.kind === 'text' && t.hash !== 't0')).toBe(true);
  });

  it('does nothing for an article the archive never captured', async () => {
    expect((await run([])).fetched).toEqual([]);
  });
});

describe('the cost of bisection', () => {
  /** A small seeded generator, so the random stories are the same on every run. */
  const seeded = (seed: number) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

  it.each([
    [300, 5],
    [2000, 20],
    [50, 1],
  ])('finds every change among %i captures with %i changes within 2 + 1.5·k·log2(N) fetches', async (n, k) => {
    for (let seed = 1; seed <= 5; seed++) {
      const next = seeded(seed * 7919 + n + k);
      const at = new Set<number>();
      while (at.size < k) at.add(1 + Math.floor(next() * (n - 1)));
      const captures = story(n, [...at]);
      const { fetched, resolved } = await run(captures, { maxFetches: Infinity, thorough: false });
      expect(fetched.length).toBeLessThanOrEqual(2 + 1.5 * k * Math.log2(n));
      for (const change of at) expect(resolved.has(change - 1) && resolved.has(change)).toBe(true);
    }
  });

  it('asks for the first and the newest capture together', async () => {
    const started: number[] = [];
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const captures = story(10, [5]);
    const pending = chooseCaptures(captures, async (c): Promise<CaptureText> => {
      started.push(captures.indexOf(c));
      await gate;
      return { kind: 'text', hash: c.text };
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([0, 9]);
    release();
    await pending;
  });
});
