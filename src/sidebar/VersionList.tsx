import type { Sighting, Version } from '../core/history.ts';
import { describeGap } from '../core/timeline.ts';
import type { Selection } from '../content/state.ts';
import { formatGap, formatTime, t } from './i18n.ts';

const SOURCE_KEYS: Record<Sighting['source'], string> = { archive: 'sourceArchive', visit: 'sourceVisit', live: 'sourceLive' };

function sources(version: Version): string {
  return [...new Set(version.sightings.map((s) => t(SOURCE_KEYS[s.source])))].join(' · ');
}

interface Props {
  versions: Version[];
  pair: [Version, Version] | null;
  onSelect(selection: Selection): void;
}

/** The timeline, oldest first, each version with the gap to the one before; radios pick the pair. */
export function VersionList({ versions, pair, onSelect }: Props) {
  const [from, to] = pair ?? [null, null];
  return (
    <ol class="versions" aria-label={t('versionsLabel')}>
      {versions.map((version, index) => {
        const previous = versions[index - 1];
        const archived = version.sightings.find((s) => s.source === 'archive');
        return (
          <li key={version.id} class="version" data-testid="version" data-captured-at={version.capturedAt} data-selected={version === from ? 'from' : version === to ? 'to' : undefined}>
            <div class="version-time">
              <strong>{t('versionNumber', index + 1)}</strong> {formatTime(version.capturedAt)}
              {previous && <span class="gap"> · {formatGap(describeGap(previous.capturedAt, version.capturedAt))}</span>}
            </div>
            <div class="version-meta">
              {archived?.source === 'archive' ? (
                <a href={archived.captureUrl} target="_blank" rel="noopener noreferrer">
                  {sources(version)}
                </a>
              ) : (
                sources(version)
              )}
            </div>
            <div class="version-pick">
              <label>
                <input type="radio" name="from" checked={version === from} disabled={!to || index >= versions.indexOf(to)} onChange={() => to && onSelect({ fromId: version.id, toId: to.id })} />
                {t('pickFrom')}
              </label>
              <label>
                <input type="radio" name="to" checked={version === to} disabled={!from || index <= versions.indexOf(from)} onChange={() => from && onSelect({ fromId: from.id, toId: version.id })} />
                {t('pickTo')}
              </label>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
