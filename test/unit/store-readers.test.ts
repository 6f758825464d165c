import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.ts';
import { articleKey } from '../../src/core/article-key.ts';
import { diffArticles } from '../../src/core/diff/index.ts';
import { HistoryStore } from '../../src/background/store.ts';
import { DB_VERSION, putVersion, upgrade, type HistoryDB } from '../../src/background/store-schema.ts';

const URL_A = 'https://www.nytimes.com/2016/09/20/nyregion/nyc-nj-explosions-ahmad-khan-rahami.html';

const article = (site: string, reader: string, paragraphs: string[]): Article => ({
  url: URL_A, site, reader, title: 'Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings', byline: null, publishedAt: null,
  modifiedAt: null, corrections: [], paragraphs, partial: false, liveBlog: false,
});
const story = ['“Then multiple, multiple shots,” he said.', 'Shawn Styles, 30, who works at Linden Auto Body next door, said he saw numerous officers.'];

/** Versions as a build that did not record readers stored them: the same record, without `reader`. */
async function storeWithoutReaders(name: string, articles: Article[]) {
  const db = await openDB<HistoryDB>(name, DB_VERSION, { upgrade: (database, old, _new, tx) => upgrade(database, old, tx) });
  const tx = db.transaction(['captures', 'versions', 'paragraphs'], 'readwrite');
  for (const [i, full] of articles.entries()) {
    const old: Partial<Article> = { ...full };
    delete old.reader;
    const hash = articleKey(full);
    await putVersion({ versions: tx.objectStore('versions'), paragraphs: tx.objectStore('paragraphs') }, URL_A, hash, old as Article);
    const capture = { timestamp: `2016091${i}000000`, original: URL_A, digest: `D${i}` };
    await tx.objectStore('captures').put({ key: `web.archive.org|${capture.timestamp}|${URL_A}`, url: URL_A, source: 'web.archive.org', capture, fetchedAt: 1, result: { kind: 'text', hash } });
  }
  await tx.done;
  db.close();
}

describe('versions stored before readers were recorded', () => {
  it('are kept, each with what is known of its reader: its site with the era unknown, or generic', async () => {
    await storeWithoutReaders('readers-1', [article('nytimes', 'nytimes:2014', story), article('generic', 'generic', [...story, 'Sept. 19, 2016'])]);
    const store = await HistoryStore.open('readers-1');
    const { captures } = await store.loadArticle(URL_A);
    store.close();
    const readers = captures.map((c) => (c.result.kind === 'text' ? c.result.article.reader : c.result.kind));
    expect(readers).toEqual(['nytimes:?', 'generic']);
  });

  it('two of them are never said to come from different layouts, and their one-sided lines count as edits', async () => {
    await storeWithoutReaders('readers-2', [article('nytimes', 'nytimes:2014', story), article('nytimes', 'nytimes:2018-04', [...story, 'Sept. 19, 2016'])]);
    const store = await HistoryStore.open('readers-2');
    const [before, after] = (await store.loadArticle(URL_A)).captures.map((c) => (c.result.kind === 'text' ? c.result.article : null));
    store.close();
    const diff = diffArticles(before!, after!);
    expect(diff.readers.differ).toBe(false);
    expect(diff.paragraphs.at(-1)).toMatchObject({ kind: 'added', text: 'Sept. 19, 2016' });
  });

  it('one read by a site file and one by the generic reader are known to differ', async () => {
    await storeWithoutReaders('readers-3', [article('nytimes', 'nytimes:2014', story), article('generic', 'generic', [...story, 'Sept. 19, 2016'])]);
    const store = await HistoryStore.open('readers-3');
    const [before, after] = (await store.loadArticle(URL_A)).captures.map((c) => (c.result.kind === 'text' ? c.result.article : null));
    store.close();
    expect(diffArticles(before!, after!).paragraphs.at(-1)).toMatchObject({ kind: 'layout', side: 'added', text: 'Sept. 19, 2016' });
  });
});
