/**
 * The followed-stories page's wiring: rows from the background, unfollow and pin sent back, the
 * list read again after each; exports built here from the versions the background holds.
 */
import { h, render } from 'preact';
import browser from 'webextension-polyfill';
import type { ExportFormat } from '../core/export/file-name.ts';
import type { FollowedStory } from '../core/followed-list.ts';
import { t } from '../i18n.ts';
import { send } from '../messages.ts';
import '../follow-messages.ts';
import { ExportButtons } from '../sidebar/ExportButtons.tsx';
import { FeedExportButton } from './FeedExportButton.tsx';
import { FollowedStories } from './FollowedStories.tsx';

const toBackground = (message: unknown) => browser.runtime.sendMessage(message);
const root = document.getElementById('followed')!;

const versionsOf = (url: string) => send(toBackground, 'follow:versions', { url }).then((reply) => reply.versions);
function exportStory(format: ExportFormat, url: string): Promise<void> {
  return import('./followed-exports.ts').then((exports) => exports.exportStory(format, url, versionsOf, root));
}

function exportFeed(stories: readonly FollowedStory[]): Promise<void> {
  const urls = stories.map((story) => story.url);
  return import('./followed-exports.ts').then((exports) => exports.exportFollowedFeed(urls, versionsOf, root));
}

function show(stories: readonly FollowedStory[] | null): void {
  render(
    h(FollowedStories, {
      stories,
      onUnfollow: (url) => void send(toBackground, 'follow:stop', { url }).then(load),
      onPin: (url, pinned) => void send(toBackground, 'follow:pin', { url, pinned }).then(load),
      exportAll: stories?.length ? h(FeedExportButton, { onExport: () => exportFeed(stories) }) : null,
      exportOne: (url) => h(ExportButtons, { onExport: (format) => exportStory(format, url) }),
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
