/**
 * Versions from sightings, and the gaps between them in the old news-diff sites' words
 * ("about 1 hour later").
 */
import type { Article } from './article.ts';
import type { Sighting, Version } from './history.ts';

export interface SightedText {
  /** Hash of the normalised text. */
  hash: string;
  article: Article;
  sighting: Sighting;
}

/** Merges sightings from every source by time; consecutive equal texts become one version. */
export function buildVersions(sightings: readonly SightedText[]): Version[] {
  const sorted = [...sightings].sort((a, b) => a.sighting.at.localeCompare(b.sighting.at));
  const versions: Version[] = [];
  for (const { hash, article, sighting } of sorted) {
    const last = versions.at(-1);
    if (last && last.id === hash) {
      last.sightings.push(sighting);
      // The newest copy of an unchanged text is the one to display (live over archived).
      last.article = article;
    } else {
      versions.push({ id: hash, capturedAt: sighting.at, article, sightings: [sighting] });
    }
  }
  return versions;
}

export type GapUnit = 'moment' | 'minute' | 'hour' | 'day' | 'month' | 'year';
export interface Gap {
  unit: GapUnit;
  count: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The rounded time from one version to the next; `moment` below a minute. */
export function describeGap(fromIso: string, toIso: string): Gap {
  const ms = Math.max(0, Date.parse(toIso) - Date.parse(fromIso));
  if (ms < MINUTE) return { unit: 'moment', count: 0 };
  if (ms < 50 * MINUTE) return { unit: 'minute', count: Math.round(ms / MINUTE) };
  if (ms < 22 * HOUR) return { unit: 'hour', count: Math.max(1, Math.round(ms / HOUR)) };
  if (ms < 26 * DAY) return { unit: 'day', count: Math.max(1, Math.round(ms / DAY)) };
  if (ms < 320 * DAY) return { unit: 'month', count: Math.max(1, Math.round(ms / (30.44 * DAY))) };
  return { unit: 'year', count: Math.max(1, Math.round(ms / (365.25 * DAY))) };
}
