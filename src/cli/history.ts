/**
 * `article-history history <url> | --urls <file>`: a story's timeline as the extension builds
 * it, from the web archive, in Node: the same capture choice, the same limits kept, and a cache
 * on disk so that a second run asks the archive nothing it cannot have changed and a run
 * stopped halfway resumes where it was.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DEFAULT_WAYBACK_BASE } from '../settings.ts';
import { EXIT, isHttpUrl, STDIN } from './args.ts';
import { lockCache, type CacheLock } from './cache-lock.ts';

const FORMAT_NAMES = ['json', 'atom', 'markdown'] as const;
export type Format = (typeof FORMAT_NAMES)[number];

const usage = `usage: article-history history <url> [--format json|atom|markdown] [--cache <dir>] [--archive <url>]
       article-history history --urls <file|-> [--cache <dir>] [--archive <url>]`;

/** Stories looked up at once in a --urls run: enough to keep the listing budget busy while others fetch their captures. */
export const STORIES_AT_ONCE = 4;

const help = `${usage}

Prints the history of a story as the extension shows it, built from the web archive's copies:
the versions, oldest first, each with capturedAt (when its text was first seen), its sightings
(every copy with that text, and where to see it in the archive) and its text (title, byline,
publishedAt, modifiedAt, corrections, paragraphs, site, reader, partial, liveBlog); with the
state (done, with archivedCaptures and coverage; or failed, with a reason).

The archive is asked as the extension asks it: at most 24 capture listings a minute and 8
copies a second, two requests at a time, every 429 waited out (a minute when it says nothing,
minutes after repeated ones), back-off on 503; few copies read (the first, the newest, then
only between copies whose text differs). A long list takes as long as those limits allow.

  <url>                  the story's address
  --urls <file|->        one address a line (blank lines and lines starting with # skipped);
                         prints JSON Lines, one story a line as it finishes, ${STORIES_AT_ONCE} stories at a time
                         sharing one budget
  --format <format>      json (default), atom (a feed of its changes) or markdown (a redline);
                         one story only: --urls prints JSON Lines
  --cache <dir>          keep what was learnt in <dir>: every copy read, for good (an archived copy
                         never changes); each story's list of copies for 15 minutes to 7 days, the
                         older the story the longer; and the archive's pause. A second run asks the
                         archive nothing it cannot have changed; a run stopped at any point resumes
                         from there. Without it, nothing is kept
  --archive <url>        the archive to ask (default ${DEFAULT_WAYBACK_BASE}; a base URL with a path is a
                         pywb collection). Tests point it at a stand-in archive on this machine
  -h, --help             this help

exit codes: 0 every story's history complete; 1 a story's lookup failed (its line says why: the
archive refused, was unavailable or answered nonsense), the others are still printed; 2 bad
arguments, a --urls file that cannot be read, --format atom|markdown with --urls, or a --cache
another run is using (one run at a time per cache: two would each spend the archive's budget)`;

interface Request {
  urls: string[];
  /** One story asked on the command line: one JSON object; a list: JSON Lines. */
  list: boolean;
  format: Format;
  cacheDir: string | null;
  archive: string;
}

type Parsed = { kind: 'ok'; request: Request } | { kind: 'help' } | { kind: 'bad'; reason: string };

async function parse(args: string[]): Promise<Parsed> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        urls: { type: 'string' },
        format: { type: 'string', default: 'json' },
        cache: { type: 'string' },
        archive: { type: 'string', default: DEFAULT_WAYBACK_BASE },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { kind: 'bad', reason: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const format = values.format as Format;
  if (!FORMAT_NAMES.includes(format)) return { kind: 'bad', reason: `unknown format '${values.format}' (json, atom or markdown)` };
  if (!isHttpUrl(values.archive)) return { kind: 'bad', reason: `--archive is not an http(s) URL: ${values.archive}` };
  const options = { format, cacheDir: values.cache ?? null, archive: values.archive };
  if (values.urls !== undefined) {
    if (positionals.length > 0) return { kind: 'bad', reason: 'give either a URL or --urls, not both' };
    if (format !== 'json') return { kind: 'bad', reason: `--urls prints JSON Lines; --format ${format} takes one story` };
    const urls = await readUrlList(values.urls);
    return typeof urls === 'string' ? { kind: 'bad', reason: urls } : { kind: 'ok', request: { urls, list: true, ...options } };
  }
  if (positionals.length !== 1) return { kind: 'bad', reason: positionals.length === 0 ? "expected the story's URL, or --urls <file>" : 'expected one URL (--urls reads a list)' };
  const url = positionals[0]!;
  if (!isHttpUrl(url)) return { kind: 'bad', reason: `not an http(s) URL: ${url}` };
  return { kind: 'ok', request: { urls: [url], list: false, ...options } };
}

/** The addresses of a --urls file, or why it cannot be used. */
async function readUrlList(file: string): Promise<string[] | string> {
  let text: string;
  try {
    text = file === STDIN ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    return `cannot read ${file}: ${(error as Error).message}`;
  }
  const urls: string[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!isHttpUrl(line)) return `${file}, line ${index + 1}: not an http(s) URL: ${line}`;
    urls.push(line);
  }
  return urls.length > 0 ? urls : `${file} lists no URL`;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function runHistory(args: string[]): Promise<number> {
  const parsed = await parse(args);
  if (parsed.kind === 'help') {
    console.log(help);
    return EXIT.done;
  }
  if (parsed.kind === 'bad') {
    console.error(`article-history history: ${parsed.reason}\n${usage}`);
    return EXIT.usage;
  }
  const { cacheDir } = parsed.request;
  let lock: CacheLock | null = null;
  if (cacheDir) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      lock = lockCache(cacheDir);
    } catch (error) {
      console.error(`article-history history: cannot use ${cacheDir} as the cache: ${(error as Error).message}`);
      return EXIT.usage;
    }
    if (lock.kind === 'busy') {
      console.error(`article-history history: another run (process ${lock.pid}) is using the cache ${cacheDir}; wait for it to end or give this run another --cache (if no such run is going on, remove ${lock.path})`);
      return EXIT.usage;
    }
  }
  try {
    return await lookUp(parsed.request);
  } finally {
    if (lock?.kind === 'held') lock.release();
  }
}

async function lookUp({ urls, list, format, cacheDir, archive }: Request): Promise<number> {
  const { RENDERERS, timelineJson } = await import('./history-formats.ts');
  const render = RENDERERS[format];
  // The engine brings the site files, linkedom and the archive client: loaded only for a run.
  const { createHistoryEngine } = await import('./history-engine.ts');
  const engine = createHistoryEngine({ archive, cacheDir });
  try {
    const stories = [...new Set(urls.map((url) => engine.canonical(url)))];
    let failed = false;
    let next = 0;
    const worker = async () => {
      while (next < stories.length) {
        const url = stories[next++]!;
        const state = await engine.history(url);
        failed ||= state.kind === 'failed';
        console.log(list ? JSON.stringify(timelineJson({ url, state })) : render({ url, state }));
      }
    };
    await Promise.all(Array.from({ length: Math.min(STORIES_AT_ONCE, stories.length) }, worker));
    return failed ? EXIT.lookupFailed : EXIT.done;
  } finally {
    engine.close();
  }
}
