import type { FollowView } from './view-state.ts';
import { t } from './i18n.ts';

interface Props {
  follow: FollowView;
  onFollow(follow: boolean): void;
  onOpenFollowed(): void;
}

/** "Follow this story", and the way to every followed story. Hidden until the background said whether the story is followed. */
export function FollowBar({ follow, onFollow, onOpenFollowed }: Props) {
  if (follow === 'unknown') return null;
  const following = follow === 'following';
  return (
    <div class="follow-bar">
      <button type="button" class="follow" data-testid="follow" aria-pressed={following} title={t('followStoryHint')} onClick={() => onFollow(!following)}>
        {t(following ? 'followingStory' : 'followStory')}
      </button>
      <button type="button" class="link" data-testid="open-followed" onClick={onOpenFollowed}>
        {t('openFollowed')}
      </button>
    </div>
  );
}
