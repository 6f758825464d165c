/** `article-history diff`: argument errors and the text summary (extraction itself is the site files' business). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatText, runDiff } from '../../src/cli/diff.ts';
import { diffArticles } from '../../src/core/diff/index.ts';

afterEach(() => vi.restoreAllMocks());

function errorsOf(run: () => Promise<number>): Promise<{ code: number; message: string }> {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  return run().then((code) => ({ code, message: error.mock.calls.flat().join('\n') }));
}

describe('article-history diff', () => {
  it.each([
    [['old.html', '--url', 'https://www.nytimes.com/a.html'], /two files/],
    [['old.html', 'new.html'], /--url is required/],
    [['old.html', 'new.html', '--url', 'not a url'], /not a URL/],
    [['old.html', 'new.html', '--url', 'https://www.nytimes.com/a.html', '--format', 'xml'], /unknown format: xml/],
    [['old.html', 'new.html', '--colour'], /Unknown option '--colour'/],
  ])('refuses %j with exit code 2 and says why', async (args, reason) => {
    const { code, message } = await errorsOf(() => runDiff(args));
    expect(code).toBe(2);
    expect(message).toMatch(reason);
    expect(message).toMatch(/usage: article-history diff/);
  });

  it('says which file it cannot read, with exit code 2', async () => {
    const { code, message } = await errorsOf(() => runDiff(['/nonexistent/old.html', '/nonexistent/new.html', '--url', 'https://www.nytimes.com/a.html']));
    expect(code).toBe(2);
    expect(message).toMatch(/cannot read \/nonexistent\/old\.html/);
  });

  it('summarises a diff as text: headline, each changed paragraph with markers, totals', () => {
    const text = (title: string, paragraphs: string[]) => ({ title, byline: null, corrections: [], paragraphs, partial: false });
    const diff = diffArticles(
      text('Officer hurt in shootout', ['At least one officer was injured.', 'The suspect fled.', 'Police said more later.']),
      text('Officer wounded in shootout', ['At least one officer was wounded.', 'The suspect fled.', 'He was caught at noon.']),
    );
    const summary = formatText(diff);
    expect(summary).toContain('Headline: Officer [-hurt-]{+wounded+} in shootout');
    expect(summary).toContain('¶1 changed: At least one officer was [-injured-]{+wounded+}.');
    expect(summary).toContain('old ¶3 removed: [-Police said more later.-]');
    expect(summary).toContain('¶3 added: {+He was caught at noon.+}');
    expect(summary).not.toContain('The suspect fled.');
    expect(summary).toMatch(/3 paragraphs changed, 6 words added, 5 removed$/);
  });

  it('prints a reworded correction as one correction changed, word by word', () => {
    const text = (corrections: string[]) => ({ title: 'Bombing suspect arrested', byline: null, corrections, paragraphs: ['He was arrested.'], partial: false });
    const summary = formatText(diffArticles(text(['Correction: September 19, 2016 An earlier version misstated the number of bombings.']), text(['Correction: Sept. 19, 2016 An earlier version misstated the number of bombings.'])));
    expect(summary).toContain('Correction changed: Correction: [-September-]{+Sept.+} 19, 2016 An earlier version');
    expect(summary).not.toMatch(/Correction (added|removed)/);
  });
});
