/** A message cut into parts and put back together: in any order, a newer one superseding an unfinished older one. */
import { describe, expect, it } from 'vitest';
import { partsAssembler, toParts } from '../../src/core/message-parts.ts';

const message = { text: 'Ünïcödé “quotes” and 日本語 '.repeat(500), n: 42 };

describe('message parts', () => {
  it('cut a message into parts of at most the size asked, and put it back whole', () => {
    const parts = toParts(message, 1, 1_000);
    expect(parts.length).toBe(Math.ceil(JSON.stringify(message).length / 1_000));
    expect(parts.every((part) => part.chunk.length <= 1_000)).toBe(true);
    const assemble = partsAssembler();
    const results = [...parts].reverse().map(assemble);
    expect(results.slice(0, -1).every((result) => result === undefined)).toBe(true);
    expect(results.at(-1)).toEqual(message);
  });

  it('a newer message replaces the parts of an older one that never completed', () => {
    const assemble = partsAssembler();
    const older = toParts({ older: 'x'.repeat(3_000) }, 1, 1_000);
    const newer = toParts(message, 2, 1_000);
    expect(assemble(older[0]!)).toBeUndefined();
    const results = newer.map(assemble);
    expect(results.at(-1)).toEqual(message);
    // The older one's remaining parts alone cannot complete it.
    expect(older.slice(1).map(assemble).every((result) => result === undefined)).toBe(true);
  });

  it('parts that do not make JSON give nothing', () => {
    const assemble = partsAssembler();
    expect(assemble({ seq: 3, index: 0, count: 1, chunk: '{"cut' })).toBeUndefined();
  });
});
