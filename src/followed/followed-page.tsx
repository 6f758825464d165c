/** The followed-stories page's wiring: rows from the background, unfollow and pin sent back, the list read again after each. */
import { h, render } from 'preact';
import browser from 'webextension-polyfill';
import type { FollowedStory } from '../core/followed-list.ts';
import { t } from '../i18n.ts';
import { send } from '../messages.ts';
import '../follow-messages.ts';
import { FollowedStories } from './FollowedStories.tsx';

const toBackground = (message: unknown) => browser.runtime.sendMessage(message);
const root = document.getElementById('followed')!;

function show(stories: readonly FollowedStory[] | null): void {
  render(
    h(FollowedStories, {
      stories,
      onUnfollow: (url) => void send(toBackground, 'follow:stop', { url }).then(load),
      onPin: (url, pinned) => void send(toBackground, 'follow:pin', { url, pinned }).then(load),
    }),
    root,
  );
}

async function load(): Promise<void> {
  show((await send(toBackground, 'follow:list', {})).stories);
}

document.title = t('followedTitle');
show(null);
void load();
// A check that finds a change while the page is open shows on return to it.
document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void load());
