/**
 * `article-history extract <file.html|-> --url <url>`: the article in a saved page, as the
 * extension reads it, printed as JSON. `-` reads the page from standard input. The URL picks
 * the site file; the bytes are decoded with the charset the page declares.
 */
import { answerWithoutRunning, EXIT, EXIT_CODES_HELP, pageOptionsHelp, pageRequest, parseCommand } from './args.ts';
import type { PageRequest } from './read-page.ts';

const usage = 'usage: article-history extract <file.html|-> --url <url> [--content-type <type>] [--generic]';

const help = `${usage}

Prints the article in a saved page as JSON (title, byline, publishedAt, modifiedAt, corrections,
paragraphs, site, partial, liveBlog, url), read by the same site files as the extension.

  <file.html|->          the saved page; - reads it from standard input
${pageOptionsHelp()}

${EXIT_CODES_HELP}`;

export async function runExtract(args: string[]): Promise<number> {
  const parsed = parseCommand<PageRequest>(args, {}, (values, positionals) =>
    positionals.length === 1 ? pageRequest(positionals[0]!, values) : 'expected one file (or - for standard input)',
  );
  if (parsed.kind !== 'ok') return answerWithoutRunning('extract', parsed, help, usage);
  // The reader brings linkedom and every site file: loaded only once the arguments are good, so that --help answers at once.
  const { readPage } = await import('./read-page.ts');
  const result = await readPage(parsed.request);
  if (result.kind !== 'article') {
    console.error(`article-history extract: ${result.reason}`);
    return result.kind === 'unreadable' ? EXIT.usage : EXIT.notArticle;
  }
  const { title, byline, publishedAt, modifiedAt, corrections, paragraphs, site, partial, liveBlog, url } = result.article;
  console.log(JSON.stringify({ title, byline, publishedAt, modifiedAt, corrections, paragraphs, site, partial, liveBlog, url }, null, 2));
  return EXIT.done;
}
