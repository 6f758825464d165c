/**
 * Shape checks for data that crosses a boundary we do not control: messages from a page, and
 * records read back from IndexedDB (which another build, a crash or the reader's own tools may
 * have written). A check answers yes or no; it never throws.
 */
export type Check = (value: unknown) => boolean;

export const isString: Check = (v) => typeof v === 'string';
export const isBoolean: Check = (v) => typeof v === 'boolean';
export const isFiniteNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
export const isNullableString: Check = (v) => v === null || typeof v === 'string';
export const isStringArray: Check = (v) => Array.isArray(v) && v.every(isString);
export const isNumberArray: Check = (v) => Array.isArray(v) && v.every(isFiniteNumber);
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const optional = (check: Check): Check => (v) => v === undefined || check(v);
export const oneOf = (...values: readonly unknown[]): Check => (v) => values.includes(v);
export const arrayOf = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);

export function hasShape(value: unknown, shape: Record<string, Check>): value is Record<string, unknown> {
  return isObject(value) && Object.entries(shape).every(([key, check]) => check(value[key]));
}

/** A check that also tells the compiler what passed it. */
export type Guard<T> = (value: unknown) => value is T;

/** The guard of an object shape: `shaped<PauseRecord>({ host: isString, ... })`. */
export const shaped = <T = Record<string, unknown>>(shape: Record<string, Check>): Guard<T> => ((value: unknown) => hasShape(value, shape)) as Guard<T>;

/**
 * The fields of an Article. Its paragraphs travel as texts in messages and are stored as ids of
 * paragraph records, so their check is the caller's; so is the URL's (a message wants a web URL),
 * and the reader's (copies stored by older builds have none).
 */
export const articleShape = (checks: { url: Check; paragraphs: Check; reader: Check }): Record<string, Check> => ({
  url: checks.url,
  site: isString,
  reader: checks.reader,
  title: isString,
  byline: isNullableString,
  publishedAt: isNullableString,
  modifiedAt: isNullableString,
  corrections: isStringArray,
  paragraphs: checks.paragraphs,
  partial: isBoolean,
  liveBlog: isBoolean,
});
