/**
 * Truth across page templates (issue 11): for every real version set and every era-swap control
 * of the fixtures, how many changes a careful reader sees, how many the diff shows, and how many
 * of those are false edits or missed ones (test/support/truth-score.ts says how they are counted).
 * Goal: no false edit and no missed one on any row.
 */
import { controlRow, eraSwapControls, realSetRow, versionSets, type TruthRow } from '../test/support/truth-cases.ts';
import type { BenchSection } from './section.ts';

export default async function truthBench(): Promise<BenchSection> {
  const rows: TruthRow[] = [];
  for (const set of versionSets()) rows.push(await realSetRow(set));
  const { controls, missing } = eraSwapControls();
  for (const control of controls) rows.push(await controlRow(control));

  const total = (kind: TruthRow['kind'], key: 'falseEdits' | 'missedEdits') => rows.filter((row) => row.kind === kind).reduce((n, row) => n + row[key], 0);
  const count = (kind: TruthRow['kind']) => rows.filter((row) => row.kind === kind).length;
  const wrong = rows.filter((row) => row.falseEdits > 0 || row.missedEdits > 0);
  const lines = [
    `truth: ${count('real')} real version sets, ${count('era-swap')} era-swap controls; goal: no false edit and no missed one on any row`,
    `  real sets: ${total('real', 'falseEdits')} false edits, ${total('real', 'missedEdits')} missed, of ${rows.filter((row) => row.kind === 'real').reduce((n, row) => n + row.expectedChanges, 0)} real changes`,
    `  era-swap controls: ${total('era-swap', 'falseEdits')} false edits`,
    ...(missing.length > 0 ? [`  eras without a truth file (no control): ${missing.join(', ')}`] : []),
    ...(wrong.length === 0 ? ['  every row: 0 false, 0 missed'] : wrong.flatMap((row) => [`  ${row.case}: ${row.falseEdits} false, ${row.missedEdits} missed`, ...row.details.slice(0, 5).map((line) => `      ${line}`)])),
    '  per row (expected / shown / false / missed):',
    ...rows.map((row) => `  ${row.kind.padEnd(8)} ${String(row.expectedChanges).padStart(3)} ${String(row.shownChanges).padStart(3)} ${String(row.falseEdits).padStart(3)} ${String(row.missedEdits).padStart(3)}  ${row.case}`),
  ];
  const truth = rows.map(({ case: name, kind, expectedChanges, shownChanges, falseEdits, missedEdits }) => ({ case: name, kind, expectedChanges, shownChanges, falseEdits, missedEdits }));
  return { json: { truth }, report: lines.join('\n') };
}
