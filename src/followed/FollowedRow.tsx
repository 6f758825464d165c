import type { ComponentChildren } from 'preact';
import type { FollowFailure, FollowedStory } from '../core/followed-list.ts';
import type { MessageKey } from '../i18n.ts';
import { formatTime, plural, t } from '../sidebar/i18n.ts';

const FAILURE_KEYS: Record<FollowFailure, MessageKey> = {
  'not-found': 'followedFailureNotFound',
  gone: 'followedFailureGone',
  'http-error': 'followedFailureHttpError',
  redirected: 'followedFailureRedirected',
  partial: 'followedFailurePartial',
  'no-article': 'followedFailureNoArticle',
  unreachable: 'followedFailureUnreachable',
};

interface Props {
  story: FollowedStory;
  onUnfollow(): void;
  onPin(pinned: boolean): void;
  /** The story's export controls. */
  exportControls?: ComponentChildren;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function FollowedRow({ story, onUnfollow, onPin, exportControls }: Props) {
  const { lastChange, failure, nextCheckAt } = story;
  return (
    <li class="followed-story" data-testid="followed-story" data-url={story.url} data-unseen={String(story.unseen)}>
      <h2>
        {story.unseen && <span class="unseen-mark">{t('followedUnseen')}</span>}
        <a href={story.url} target="_blank" rel="noreferrer">
          {story.title}
        </a>
      </h2>
      <p class="meta" data-testid="followed-change">
        {plural('followedVersions', story.versions)} · {lastChange ? t('followedLastChange', formatTime(iso(lastChange.at)), lastChange.summary) : t('followedNoChange')}
      </p>
      {failure && (
        <p class="failure" data-testid="followed-failure" data-failure={failure}>
          {t(FAILURE_KEYS[failure])}
        </p>
      )}
      <p class="meta">{nextCheckAt === null ? t('followedStopped') : t('followedNextCheck', formatTime(iso(nextCheckAt)))}</p>
      <button type="button" data-testid="unfollow" onClick={onUnfollow}>
        {t('followedUnfollow')}
      </button>
      <button type="button" data-testid="pin" aria-pressed={story.pinned} title={t('followedPinHint')} onClick={() => onPin(!story.pinned)}>
        {t('followedPin')}
      </button>
      {exportControls}
    </li>
  );
}
