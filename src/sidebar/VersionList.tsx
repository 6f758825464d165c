import { useMemo } from 'preact/hooks';
import { changeSize } from '../core/change-size.ts';
import type { Sighting, Version } from '../core/history.ts';
import { describeGap } from '../core/timeline.ts';
import type { Selection } from './view-state.ts';
import type { MessageKey } from '../i18n.ts';
import { formatGap, formatTime, t } from './i18n.ts';
import { versionKey } from './selection.ts';

/** Each source's name, in the order the legend lists them. */
export const SOURCE_KEYS: Record<Sighting['source'], MessageKey> = { archive: 'sourceArchive', visit: 'sourceVisit', live: 'sourceLive' };

function Sources({ version }: { version: Version }) {
  const sources = [...new Set(version.sightings.map((s) => s.source))];
  const archived = version.sightings.find((s): s is Extract<Sighting, { source: 'archive' }> => s.source === 'archive');
  return (
    <span class="version-meta">
      {sources.map((source) => (
        <span key={source} class="source">
          <span class={`dot dot-${source}`} aria-hidden="true" />
          {source === 'archive' && archived ? (
            <a href={archived.captureUrl} target="_blank" rel="noopener noreferrer">
              {t(SOURCE_KEYS[source])}
            </a>
          ) : (
            t(SOURCE_KEYS[source])
          )}
        </span>
      ))}
    </span>
  );
}

interface Props {
  versions: Version[];
  pair: [Version, Version] | null;
  onSelect(selection: Selection): void;
}

/** The timeline, oldest first: each version's time, the gap to the one before, its sources, the size of its change; radios pick the pair. */
export function VersionList({ versions, pair, onSelect }: Props) {
  const [from, to] = pair ?? [null, null];
  const fromIndex = from ? versions.indexOf(from) : -1;
  const toIndex = to ? versions.indexOf(to) : -1;
  // Normalises every paragraph of every version: once per list of versions, not on every key
  // press or history update (each arrives as a new array of the same versions).
  const timeline = versions.map(versionKey).join(' ');
  const sizes = useMemo(() => versions.map((version, index) => (index > 0 ? changeSize(versions[index - 1]!.article, version.article) : 0)), [timeline]);
  return (
    <ol class="versions" aria-label={t('versionsLabel')}>
      {versions.map((version, index) => {
        const previous = versions[index - 1];
        const size = sizes[index]!;
        const role = index === fromIndex ? 'from' : index === toIndex ? 'to' : undefined;
        return (
          <li key={versionKey(version)} class="version" data-testid="version" data-captured-at={version.capturedAt} data-selected={role}>
            <div class="version-time">
              <strong>{t('versionNumber', index + 1)}</strong> <time dateTime={version.capturedAt}>{formatTime(version.capturedAt)}</time>
              {previous && <span class="gap"> · {formatGap(describeGap(previous.capturedAt, version.capturedAt))}</span>}
            </div>
            <Sources version={version} />
            {previous && (
              <span class="size" title={t('changeSizeTitle', Math.round(size * 100))}>
                <span class="size-bar" style={{ width: `${Math.max(4, Math.round(size * 100))}%` }} />
              </span>
            )}
            <div class="version-pick">
              <label>
                <input type="radio" name="from" checked={role === 'from'} disabled={toIndex < 0 || index >= toIndex} onChange={() => to && onSelect({ fromKey: versionKey(version), toKey: versionKey(to) })} />
                {t('pickFrom')}
              </label>
              <label>
                <input type="radio" name="to" checked={role === 'to'} disabled={fromIndex < 0 || index <= fromIndex} onChange={() => from && onSelect({ fromKey: versionKey(from), toKey: versionKey(version) })} />
                {t('pickTo')}
              </label>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
