import { describe, expect, it } from 'vitest';
import { endpointClass, RateBudgets } from '../../src/sources/rate-budget.ts';
import { VisibleArticles } from '../../src/background/visible-articles.ts';

describe('endpoint classes', () => {
  it('counts CDX queries and timemaps as listings, whatever the archive layout, and the rest as mementos', () => {
    expect(endpointClass('https://web.archive.org/cdx/search/cdx?url=https://www.nytimes.com/a.html')).toBe('listing');
    expect(endpointClass('https://web.archive.org/web/timemap/link/https://www.nytimes.com/a.html')).toBe('listing');
    expect(endpointClass('https://archive.example.org/my-coll/cdx?url=https://www.nytimes.com/a.html')).toBe('listing');
    expect(endpointClass('https://archive.example.org/my-coll/timemap/link/https://www.nytimes.com/a.html')).toBe('listing');
    expect(endpointClass('https://web.archive.org/web/20160919204901id_/https://www.nytimes.com/a.html')).toBe('memento');
    // The original URL inside a memento URL is not the archive's path.
    expect(endpointClass('https://web.archive.org/web/20160919204901id_/https://example.com/cdx/timemap/page.html')).toBe('memento');
  });
});

describe('the budget', () => {
  it('says when the next requests may start: "about 2 min" for the 30th in line', () => {
    const clock = { now: 0 };
    const budgets = new RateBudgets(undefined, undefined, () => clock.now);
    for (let i = 0; i < 24; i++) {
      budgets.spend('web.archive.org', 'listing');
      clock.now += 1_000;
    }
    expect(budgets.delay('web.archive.org', 'listing', 'visible')).toBe(36_000);
    // Background requests may not take the last four: they wait for five to come back.
    expect(budgets.delay('web.archive.org', 'listing', 'background')).toBe(40_000);
    expect(budgets.estimate('web.archive.org', 'listing', 'visible', 0)).toBe(60_000);
    expect(budgets.estimate('web.archive.org', 'listing', 'visible', 23)).toBe(83_000);
    expect(budgets.estimate('web.archive.org', 'listing', 'visible', 29)).toBe(125_000);
  });

  it('counts a time in the future, from a clock set back, as now', () => {
    const clock = { now: 1_000_000 };
    const budgets = new RateBudgets(undefined, undefined, () => clock.now);
    budgets.restore([{ host: 'web.archive.org', spent: { listing: Array(24).fill(9_000_000), memento: [] } }]);
    expect(budgets.delay('web.archive.org', 'listing', 'visible')).toBe(60_000);
  });
});

describe('visible articles', () => {
  it('are the articles in the active tab of each window, as tabs report in, switch and close', () => {
    let changes = 0;
    const visible = new VisibleArticles(() => changes++);
    const A = 'https://www.nytimes.com/2016/09/20/a.html';
    const B = 'https://www.nytimes.com/2016/09/20/b.html';
    visible.shows(1, 10, A, true);
    visible.shows(2, 10, B, false);
    expect([visible.isVisible(A), visible.isVisible(B)]).toEqual([true, false]);
    visible.activated(2, 10);
    expect([visible.isVisible(A), visible.isVisible(B)]).toEqual([false, true]);
    // Tab 2 navigates away from B; then another window shows A in front.
    visible.left(2, B);
    visible.shows(3, 11, A, true);
    expect([visible.isVisible(A), visible.isVisible(B)]).toEqual([true, false]);
    visible.closed(3);
    expect(visible.isVisible(A)).toBe(false);
    expect(changes).toBe(6);
  });
});
