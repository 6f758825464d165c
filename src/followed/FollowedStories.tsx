/** The followed-stories page: every followed story, unseen changes first, with unfollow, pin and exports. */
import type { ComponentChildren } from 'preact';
import type { FollowedStory } from '../core/followed-list.ts';
import { t } from '../i18n.ts';
import { FollowedRow } from './FollowedRow.tsx';

interface Props {
  stories: readonly FollowedStory[] | null;
  onUnfollow(url: string): void;
  onPin(url: string, pinned: boolean): void;
  /** The download of one feed of every followed story's changes. */
  exportAll?: ComponentChildren;
  /** The story's own downloads (Atom, Markdown, JSON). */
  exportOne?: (url: string) => ComponentChildren;
}

export function FollowedStories({ stories, onUnfollow, onPin, exportAll, exportOne }: Props) {
  return (
    <main data-testid="followed-stories" data-state={stories === null ? 'loading' : 'ready'}>
      <h1>{t('followedTitle')}</h1>
      {exportAll}
      {stories?.length === 0 && <p>{t('followedEmpty')}</p>}
      <ul class="followed">
        {stories?.map((story) => (
          <FollowedRow key={story.url} story={story} onUnfollow={() => onUnfollow(story.url)} onPin={(pinned) => onPin(story.url, pinned)} exportControls={exportOne?.(story.url)} />
        ))}
      </ul>
    </main>
  );
}
