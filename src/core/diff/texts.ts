/**
 * What one diff computes from a text: its normalised form, its tokens, the offsets back to the
 * original, its bag of words. Pairing and the word diff look at the same edited paragraphs;
 * computing these once per text and diff instead of once per pass was a good part of a diff's
 * time. A cache lives for one diff only, so nothing outlives the texts it was computed from.
 */
import { normalizeText, normalizeWithOffsets, type NormalizedText } from '../normalize.ts';
import { AnchorFinder } from './anchors.ts';
import type { Bag } from './similarity.ts';
import { isWord, tokenize, type Tokens } from './tokens.ts';

/** Tokens with their ids: equal tokens, equal ids, within one diff. */
export interface IdentifiedTokens extends Tokens {
  ids: number[];
}

interface Entry {
  normalised: string;
  tokens?: IdentifiedTokens;
  bag?: Bag;
  withOffsets?: NormalizedText;
}

export class TextCache {
  private readonly entries = new Map<string, Entry>();
  private readonly tokenIds = new Map<string, number>();
  /** For each token id, the id of its lower-cased word, or -1 for punctuation. */
  private readonly wordOfToken: number[] = [];
  private readonly wordIds = new Map<string, number>();
  private readonly anchors = new AnchorFinder();

  /** The comparison form of `text` (`normalizeText`). */
  normalised(text: string): string {
    return this.entry(text).normalised;
  }

  /** Tokens of the normalised text. */
  tokens(text: string): IdentifiedTokens {
    const entry = this.entry(text);
    if (!entry.tokens) {
      const { keys, starts } = tokenize(entry.normalised);
      const ids: number[] = [];
      for (const key of keys) ids.push(this.tokenId(key));
      entry.tokens = { keys, starts, ids };
    }
    return entry.tokens;
  }

  /**
   * The text's lower-cased words as word ids: what paragraphs' similarity is measured on.
   * Taken from the tokens, which an edited paragraph needs anyway for its word diff.
   */
  bag(text: string): Bag {
    const entry = this.entry(text);
    if (!entry.bag) {
      const bag: number[] = [];
      for (const id of this.tokens(text).ids) if (this.wordOfToken[id]! >= 0) bag.push(this.wordOfToken[id]!);
      entry.bag = bag;
    }
    return entry.bag;
  }

  /**
   * An anchor finder for the token ids seen so far. The diff's word diffs share it: its tables
   * are as large as the diff's vocabulary, too large to allocate for each paragraph.
   */
  tokenAnchors(): AnchorFinder {
    return this.anchors.reserve(this.tokenIds.size);
  }

  /** The normalised text with offsets into `text`, needed only to show a word diff. */
  withOffsets(text: string): NormalizedText {
    const entry = this.entry(text);
    // A text that normalising left as it was maps every character to itself.
    return (entry.withOffsets ??= entry.normalised === text ? { text, offsets: null } : normalizeWithOffsets(text));
  }

  private entry(text: string): Entry {
    let entry = this.entries.get(text);
    if (!entry) this.entries.set(text, (entry = { normalised: normalizeText(text) }));
    return entry;
  }

  private tokenId(key: string): number {
    let id = this.tokenIds.get(key);
    if (id === undefined) {
      this.tokenIds.set(key, (id = this.tokenIds.size));
      this.wordOfToken.push(isWord(key) ? intern(this.wordIds, key.toLowerCase()) : -1);
    }
    return id;
  }
}

/** `key`'s id in `ids`: the next free one when it is new, so ids are small integers counted from 0. */
export function intern(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
}
