/**
 * `article-history extract <file.html|->… [--url <url>]`: the article in saved pages, as the
 * extension reads it. One page prints one JSON object; several print JSON Lines, one object per
 * page, read in one process, so that a researcher's thousands of pages are not thousands of
 * start-ups. `-` reads a page from standard input. The URL picks the site file; the bytes are
 * decoded with the charset the page declares.
 */
import { answerWithoutRunning, EXIT, EXIT_CODES_HELP, pageOptionsHelp, pageRequest, parseCommand, STDIN } from './args.ts';
import type { PageRequest, PageResult } from './read-page.ts';

const usage = `usage: article-history extract <file.html|-> --url <url> [--content-type <type>] [--generic]
       article-history extract <file.html|->… [--url <url>] [--content-type <type>] [--generic]`;

const help = `${usage}

Prints the article in a saved page as JSON (title, byline, publishedAt, modifiedAt, corrections,
paragraphs, site, partial, liveBlog, url), read by the same site files as the extension.

Several pages are read in one process and print JSON Lines: one object a line, in the order given, each with "file" first,
then the same keys; a page that cannot be read gives {"file", "error"} and the others go on.
One page needs --url. With several, --url gives every page the same address (copies of one
story); without it each page's address is the one it states itself (its canonical link, else
og:url), and a page that states none is an error line.

  <file.html|->…         the saved pages; - reads one from standard input
${pageOptionsHelp()}

${EXIT_CODES_HELP}
With several pages, the exit code is that of the worst page (2 over 1 over 0).`;

type Request = { pages: PageRequest[] };

/** The keys of the printed article, in their documented order. */
function printable({ article }: Extract<PageResult, { kind: 'article' }>) {
  const { title, byline, publishedAt, modifiedAt, corrections, paragraphs, site, partial, liveBlog, url } = article;
  return { title, byline, publishedAt, modifiedAt, corrections, paragraphs, site, partial, liveBlog, url };
}

const exitFor = (result: PageResult): number => (result.kind === 'article' ? EXIT.done : result.kind === 'unreadable' ? EXIT.usage : EXIT.notArticle);

export async function runExtract(args: string[]): Promise<number> {
  const parsed = parseCommand<Request>(args, {}, (values, positionals) => {
    if (positionals.length === 0) return 'expected one file (or - for standard input)';
    if (positionals.filter((file) => file === STDIN).length > 1) return 'standard input (-) can be read once';
    const pages: PageRequest[] = [];
    for (const file of positionals) {
      const request = pageRequest(file, values, { urlFromPage: positionals.length > 1 });
      if (typeof request === 'string') return request;
      pages.push(request);
    }
    return { pages };
  });
  if (parsed.kind !== 'ok') return answerWithoutRunning('extract', parsed, help, usage);
  // The reader brings linkedom and every site file: loaded only once the arguments are good, so that --help answers at once.
  const { readPage } = await import('./read-page.ts');
  const { pages } = parsed.request;
  if (pages.length === 1) {
    const result = await readPage(pages[0]!);
    if (result.kind !== 'article') console.error(`article-history extract: ${result.reason}`);
    else console.log(JSON.stringify(printable(result), null, 2));
    return exitFor(result);
  }
  let exit: number = EXIT.done;
  const print = (index: number, result: PageResult) => {
    const { file } = pages[index]!;
    console.log(JSON.stringify(result.kind === 'article' ? { file, ...printable(result) } : { file, error: result.reason }));
    exit = Math.max(exit, exitFor(result));
  };
  for (const [index, page] of pages.entries()) print(index, await readPage(page));
  return exit;
}
