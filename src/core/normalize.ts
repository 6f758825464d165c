/**
 * Normalisation for comparing article text. Real captures of an unchanged story differ in
 * typography and template details (curly vs straight quotes, "--" vs an em dash, non-breaking
 * and zero-width spaces, soft hyphens, Unicode form), so versions are compared in this
 * normalised form while the original text is kept for display.
 */

type Rule = readonly [pattern: RegExp, replacement: string];

/**
 * A leading wire-style dateline, "(CNN)", "WASHINGTON (AP) —", "London (Reuters) -", is a
 * template artefact: CNN's 2016 pages printed "(CNN)" before the first paragraph and its later
 * template dropped it from the same stories. Treating it as text would mark every such story
 * as edited. Only a parenthesised name with two capitals in a row (or one of the agencies spelt
 * otherwise) counts, so an opening "(Laughter)" stays. Matched after the dash and space rules.
 */
const dateline =
  /^(?:\p{Lu}[\p{L}.'-]*(?:,? \p{Lu}[\p{L}.'-]*){0,3} )?\((?=[^()]{1,24}\))(?:[^()]*\p{Lu}{2}[^()]*|Reuters|Bloomberg)\) ?(?:\u2014 ?)?(?=\S)/u;

/**
 * Applied in order to NFC text. Every rule maps a variant onto one canonical spelling; none may
 * remove a letter or digit, except the `dateline` rule.
 */
const rules: readonly Rule[] = [
  // Invisible characters: soft hyphen, zero-width spaces and joiners, bidi marks, BOM.
  [/[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g, ''],
  [/[\u2018\u2019\u201A\u201B\u2032`\u00B4]/g, "'"],
  // After the single quotes, so that typewriter-style ``double'' quotes made of two are caught.
  [/[\u201C\u201D\u201E\u201F\u2033]|''/g, '"'],
  [/\u2026/g, '...'],
  // Every Unicode space (non-breaking, thin, ideographic...) and line break; runs become one space.
  [/\s{2,}|[^\S ]/g, ' '],
  [/[\u2010\u2011\u2212]/g, '-'],
  // An en dash inside a range ("1990–95") is typeset for a hyphen.
  [/(?<=[\p{L}\p{N}])\u2013(?=[\p{L}\p{N}])/gu, '-'],
  // A dash between words: em, en, figure dash or bar, "--", or a hyphen standing alone; spacing
  // around a dash is house style, so the canonical dash has none.
  [/ ?(?:[\u2012-\u2015\u2E3A\u2E3B]|-{2,}) ?| - /g, '\u2014'],
  // Inline markup in the page source often leaves a space before punctuation.
  [/ (?=[,.;:!?)\]])/g, ''],
  [/(?<=[([]) /g, ''],
  [/^ | $/g, ''],
  [dateline, ''],
];

const cluster = /\P{M}\p{M}*|\p{M}+/gsu;

/**
 * NFC, one character cluster at a time when the string is not already NFC, so that the
 * offset-tracking variant below produces exactly the same text.
 */
function toNfc(s: string): string {
  const nfc = s.normalize('NFC');
  return nfc === s ? s : s.replace(cluster, (c) => c.normalize('NFC'));
}

/**
 * Printable ASCII in which no rule can apply: most paragraphs of most sites, returned as they
 * are after one scan instead of a dozen.
 */
const mayChange = /[^!-~ ]| [ ,.;:!?)\]-]|[([] |--|''|`|^ | $/;

function isNormal(s: string): boolean {
  return !mayChange.test(s) && !dateline.test(s);
}

/** The comparison form of a text. Two texts with the same normalised form differ only in formatting. */
export function normalizeText(s: string): string {
  if (isNormal(s)) return s;
  let text = toNfc(s);
  for (const [pattern, replacement] of rules) text = text.replace(pattern, replacement);
  return text;
}

/** Normalised text plus, for each of its characters, where that character came from in the original. */
export interface NormalizedText {
  text: string;
  /**
   * `offsets[k]` is the index in the original string of the text that produced `text[k]`;
   * `offsets[text.length]` is the original's length. A slice `text.slice(a, b)` thus came from
   * `original.slice(offsets[a], offsets[b])`. Null when the text needed no change: every
   * character then comes from its own index.
   */
  offsets: number[] | null;
}

/** Index in the original of the text that produced normalised character `k`. */
export function originalIndex({ offsets }: NormalizedText, k: number): number {
  return offsets ? offsets[k]! : k;
}

/** `normalizeText` that also records offsets, so a diff computed on normalised text can show the original. */
export function normalizeWithOffsets(s: string): NormalizedText {
  if (isNormal(s)) return { text: s, offsets: null };
  let current: Tracked = { text: s, offsets: Array.from({ length: s.length + 1 }, (_, i) => i) };
  if (s.normalize('NFC') !== s) current = replaceTracked(current, cluster, (c) => c.normalize('NFC'));
  for (const [pattern, replacement] of rules) current = replaceTracked(current, pattern, () => replacement);
  return current;
}

type Tracked = { text: string; offsets: number[] };

/** Every character of a replacement takes the origin of the start of the text it replaces. */
function replaceTracked({ text, offsets }: Tracked, pattern: RegExp, replace: (match: string) => string): Tracked {
  const global = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
  const matches = [...text.matchAll(global)];
  if (matches.length === 0) return { text, offsets };
  let out = '';
  const outOffsets: number[] = [];
  let last = 0;
  const copy = (from: number, to: number) => {
    out += text.slice(from, to);
    for (let i = from; i < to; i++) outOffsets.push(offsets[i]!);
  };
  for (const match of matches) {
    const start = match.index;
    copy(last, start);
    const replacement = replace(match[0]);
    out += replacement;
    for (let i = 0; i < replacement.length; i++) outOffsets.push(offsets[start]!);
    last = start + match[0].length;
  }
  copy(last, text.length);
  outOffsets.push(offsets[text.length]!);
  return { text: out, offsets: outOffsets };
}
