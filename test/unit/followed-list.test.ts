/** The followed-stories page lists what the reader has not seen first, then the latest changes. */
import { describe, expect, it } from 'vitest';
import { orderFollowed, type FollowedStory } from '../../src/core/followed-list.ts';

const story = (title: string, change: Partial<FollowedStory>): FollowedStory => ({
  url: `https://www.nytimes.com/2026/11/30/${title}.html`, title, versions: 2, pinned: false, unseen: false, lastChange: null, failure: null, nextCheckAt: 1, ...change,
});

describe('the order of followed stories', () => {
  it('unseen changes first, then the most recently changed, then those that never changed', () => {
    const stories = [
      story('never-changed', {}),
      story('seen-old', { lastChange: { at: 100, summary: 'Headline changed' } }),
      story('unseen-old', { unseen: true, lastChange: { at: 50, summary: '1 added' } }),
      story('seen-new', { lastChange: { at: 300, summary: '1 removed' } }),
      story('unseen-new', { unseen: true, lastChange: { at: 200, summary: '1 moved' } }),
    ];
    expect(orderFollowed(stories).map((s) => s.title)).toEqual(['unseen-new', 'unseen-old', 'seen-new', 'seen-old', 'never-changed']);
  });
});
