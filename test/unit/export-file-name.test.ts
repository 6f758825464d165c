/** What a downloaded export is called: the story, then the format. */
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/core/export/file-name.ts';

const URL_ = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';

describe('the name of an exported file', () => {
  it('says the story in its headline words and the format in its extension', () => {
    expect(exportFileName('Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings', URL_, 'atom')).toBe('ahmad-khan-rahami-is-arrested-in-manhattan-and-new-jersey.history.atom');
    expect(exportFileName('Q&A: "Rock" <n> roll', URL_, 'markdown')).toBe('q-a-rock-n-roll.history.md');
    expect(exportFileName('Zölle: Was Trump plant', URL_, 'json')).toBe('zölle-was-trump-plant.history.json');
    expect(exportFileName('石破首相、辞任を表明', 'https://www.asahi.com/articles/x.html', 'json')).toBe('石破首相-辞任を表明.history.json');
  });

  it('falls back to the site when the headline has no letters', () => {
    expect(exportFileName('…', URL_, 'atom')).toBe('nytimes-com.history.atom');
    expect(exportFileName('', 'not a url', 'atom')).toBe('article.history.atom');
  });
});
