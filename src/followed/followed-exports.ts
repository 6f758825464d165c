/**
 * The followed-stories page's downloads: one story's history in any export format, or one feed
 * of every followed story's changes. The versions are the ones the store holds (asking for them
 * starts no archive lookup). Loaded on the first click, as the sidebar loads its exports.
 */
import { followedStoriesAtomFeed } from '../core/export/atom.ts';
import { FOLLOWED_FEED_FILE, type ExportFormat } from '../core/export/file-name.ts';
import type { StoryHistory } from '../core/export/changes.ts';
import type { Version } from '../core/history.ts';
import { t } from '../i18n.ts';
import { downloadExport, saveFile } from '../sidebar/export-file.ts';
import { browserSummaryWords } from '../summary-words.ts';

export type VersionsOf = (url: string) => Promise<Version[]>;

export async function exportStory(format: ExportFormat, url: string, versionsOf: VersionsOf, into: ParentNode): Promise<void> {
  downloadExport(format, url, await versionsOf(url), into);
}

export async function exportFollowedFeed(urls: readonly string[], versionsOf: VersionsOf, into: ParentNode): Promise<void> {
  const stories: StoryHistory[] = [];
  // One story at a time: a reader who follows hundreds holds one answer in flight, not hundreds.
  for (const url of urls) stories.push({ url, versions: await versionsOf(url) });
  const feed = followedStoriesAtomFeed({ stories, words: browserSummaryWords(), exportedAt: new Date().toISOString(), title: t('feedFollowedTitle') });
  saveFile(feed, FOLLOWED_FEED_FILE, 'atom', into);
}
