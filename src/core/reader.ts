/**
 * Which reader read a copy of an article: a site file's template era (`nytimes:2019`) or the
 * generic reader (`generic`). Two copies read by different readers may differ in page
 * furniture that one reader keeps and the other leaves out, not in the story.
 */

/** The era of a copy stored by a build that did not yet record its reader. */
export const UNKNOWN_ERA = '?';

export const GENERIC_READER = 'generic';

/**
 * The reader of a stored copy. Older builds recorded only the site: a copy of site `generic`
 * was read by the generic reader; any other was read by one of its site file's eras, which one
 * is not known.
 */
export function storedReader(site: string, reader: string | undefined): string {
  if (reader !== undefined) return reader;
  return site === GENERIC_READER ? GENERIC_READER : `${site}:${UNKNOWN_ERA}`;
}

function parse(reader: string): { site: string; era: string | null } {
  const colon = reader.lastIndexOf(':');
  if (colon < 0) return { site: reader, era: null };
  const era = reader.slice(colon + 1);
  return { site: reader.slice(0, colon), era: era === UNKNOWN_ERA ? null : era };
}

/**
 * Whether two copies are known to have been read from different page layouts. An unknown
 * reader, or a site era not recorded, is never claimed to differ from another era of its site.
 */
export function readersDiffer(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return false;
  const left = parse(a);
  const right = parse(b);
  if (left.site !== right.site) return true;
  return left.era !== null && right.era !== null && left.era !== right.era;
}
