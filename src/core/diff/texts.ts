/**
 * What one diff computes from a text: its normalised form, its tokens, its words, the offsets
 * back to the original. Pairing and the word diff look at the same edited paragraphs; computing
 * these once per text and diff instead of once per pass was a good part of a diff's time. A
 * cache lives for one diff only, so nothing outlives the texts it was computed from.
 */
import { normalizeText, normalizeWithOffsets, type NormalizedText } from '../normalize.ts';
import { tokenize, words, type Tokens } from './tokens.ts';

interface Entry {
  normalised: string;
  tokens?: Tokens;
  words?: string[];
  withOffsets?: NormalizedText;
}

export class TextCache {
  private readonly entries = new Map<string, Entry>();

  /** The comparison form of `text` (`normalizeText`). */
  normalised(text: string): string {
    return this.entry(text).normalised;
  }

  /** Tokens of the normalised text. */
  tokens(text: string): Tokens {
    const entry = this.entry(text);
    return (entry.tokens ??= tokenize(entry.normalised));
  }

  /**
   * Lower-cased words of the normalised text, what paragraphs' similarity is measured on. Not
   * taken from `tokens`: most paragraphs compared for similarity are never diffed word by word,
   * and scanning for words alone costs less than tokenising.
   */
  words(text: string): string[] {
    const entry = this.entry(text);
    return (entry.words ??= words(entry.normalised));
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
}
