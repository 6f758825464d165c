/** What a diff changed, part by part. */
import type { FieldChange } from './types.ts';

/** A headline, byline or correction whose words changed; a change of quotes or spacing is not one. */
export const isEdited = (change: FieldChange): boolean => change.kind !== 'unchanged' && change.kind !== 'formatting';
