/**
 * A message too large for one postMessage, sent as numbered parts of its JSON and put back
 * together on the other side. Parts of one message share a `seq`; a newer message's parts
 * replace an older one's that never completed (the newer state supersedes it anyway).
 */
export interface MessagePart {
  seq: number;
  index: number;
  count: number;
  chunk: string;
}

/** The JSON of `message` in parts of at most `maxChars` characters each. */
export function toParts(message: unknown, seq: number, maxChars: number): MessagePart[] {
  const json = JSON.stringify(message);
  const count = Math.max(1, Math.ceil(json.length / maxChars));
  return Array.from({ length: count }, (_, index) => ({ seq, index, count, chunk: json.slice(index * maxChars, (index + 1) * maxChars) }));
}

/** Takes parts as they come; answers the whole message once its last part is in, else undefined. */
export function partsAssembler(): (part: MessagePart) => unknown {
  let seq = -1;
  let chunks: (string | undefined)[] = [];
  return (part) => {
    if (part.seq !== seq) {
      seq = part.seq;
      chunks = Array.from({ length: part.count }, () => undefined);
    }
    chunks[part.index] = part.chunk;
    if (chunks.includes(undefined)) return undefined;
    const json = chunks.join('');
    seq = -1;
    chunks = [];
    try {
      return JSON.parse(json) as unknown;
    } catch {
      return undefined;
    }
  };
}
