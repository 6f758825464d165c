import { diffArticles } from '../core/diff/index.ts';
import type { ArticleDiff } from '../core/diff/types.ts';
import { versionKey, type Version } from '../core/history.ts';

const KEEP = 4;
const cache = new Map<string, ArticleDiff>();

/**
 * The sidebar (the selected pair) and the overlay ("from" against the live page) each need a
 * diff on every render: compute each pair once and keep the last few.
 */
export function diffVersions(from: Version, to: Version): ArticleDiff {
  const key = `${versionKey(from)} ${versionKey(to)}`;
  const diff = cache.get(key) ?? diffArticles(from.article, to.article);
  // Least recently used goes first: the overlay's pair, asked for on every render, stays.
  cache.delete(key);
  cache.set(key, diff);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  return diff;
}
