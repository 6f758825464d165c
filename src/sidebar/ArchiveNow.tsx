import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { HistoryState } from '../core/history.ts';
import type { SaveOutcome } from '../sources/save-page-now.ts';
import type { LineProps } from './ArchiveNowLine.tsx';

/**
 * The archive's newest copy is older than the text the reader sees: the whole list is known,
 * and the newest version on the timeline is the live page, seen in no archived copy.
 */
function newestNotArchived(history: HistoryState | null): boolean {
  const newest = history?.kind === 'done' ? history.versions.at(-1) : undefined;
  return !!newest?.sightings.some((s) => s.source === 'live') && !newest.sightings.some((s) => s.source === 'archive');
}

let line: Promise<ComponentType<LineProps>> | undefined;

interface Props {
  history: HistoryState | null;
  /** Asks the archive to save the live page; resolves with what it answered. */
  onSave(): Promise<SaveOutcome>;
}

/**
 * "Archive this version now". Its button and words load in a chunk of their own, the first time a
 * save is wanted: most stories are archived as they read, and the sidebar's first open stays small.
 */
export function ArchiveNow({ history, onSave }: Props) {
  const wanted = newestNotArchived(history);
  const [Line, setLine] = useState<ComponentType<LineProps> | null>(null);
  useEffect(() => {
    if (wanted && !Line) void (line ??= import('./ArchiveNowLine.tsx').then((m) => m.ArchiveNowLine)).then((loaded) => setLine(() => loaded));
  }, [wanted]);
  return Line && <Line wanted={wanted} onSave={onSave} />;
}
