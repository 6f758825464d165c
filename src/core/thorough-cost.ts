/**
 * What "check every copy" asks of the archive, said before the reader agrees to it. A story
 * archived thousands of times would mean thousands of requests; the check reads at most
 * MAX_THOROUGH_CAPTURES, and the reader is told how many and about how long.
 */
export const MAX_THOROUGH_CAPTURES = 2000;

/**
 * Copies read a minute: two requests in flight, an answer and its reading taking about a second
 * each, under the archive's own limit for copies (8 a second).
 */
export const THOROUGH_CAPTURES_PER_MINUTE = 120;

export interface ThoroughCost {
  /** Copies the check will ask for, at most. */
  requests: number;
  minutes: number;
  /** The story has more copies than one check reads. */
  capped: boolean;
}

export function thoroughCost(archivedCaptures: number): ThoroughCost {
  const requests = Math.min(archivedCaptures, MAX_THOROUGH_CAPTURES);
  return { requests, minutes: Math.max(1, Math.ceil(requests / THOROUGH_CAPTURES_PER_MINUTE)), capped: archivedCaptures > MAX_THOROUGH_CAPTURES };
}
