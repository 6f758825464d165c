/**
 * What every command shares on its command line: the options that say how to read a page,
 * `-h`/`--help`, and the exit codes the README promises.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { PageRequest } from './read-page.ts';

export const EXIT = { done: 0, notArticle: 1, lookupFailed: 1, usage: 2 } as const;

/** The file name that means standard input. */
export const STDIN = '-';

export const PAGE_OPTIONS = {
  url: { type: 'string' },
  'content-type': { type: 'string' },
  generic: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The page options' lines in a command's --help, with `contentTypeNote` as a line of its own after --content-type. */
export function pageOptionsHelp(contentTypeNote?: string): string {
  return [
    "  --url <url>            the page's address: it picks the site file, and is the article's canonical URL",
    '  --content-type <type>  the HTTP Content-Type the page was served with (its charset wins over <meta charset>)',
    ...(contentTypeNote ? [`                         ${contentTypeNote}`] : []),
    '  --generic              read a page of a site no site file supports with the generic reader',
    '  -h, --help             this help',
  ].join('\n');
}

export const EXIT_CODES_HELP = `exit codes: 0 done; 1 not an article (a section front, a video, not HTML, an empty page, no story
text, a site no site file supports without --generic); 2 bad arguments or a file that cannot be read`;

/** Parsed option values by name, as parseArgs gives them. */
export type Values = Record<string, string | boolean | string[] | undefined>;

export type Parsed<Request> = { kind: 'ok'; request: Request } | { kind: 'help' } | { kind: 'bad'; reason: string };

/**
 * Parses `args` against the page options plus `extra`; `toRequest` checks what parseArgs cannot
 * and returns the request or the reason it is refused. `--help` wins over every other problem
 * except an unknown option, which is a typo worth pointing out first.
 */
export function parseCommand<Request>(
  args: string[],
  extra: NonNullable<ParseArgsConfig['options']>,
  toRequest: (values: Values, positionals: string[]) => Request | string,
): Parsed<Request> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { ...PAGE_OPTIONS, ...extra } });
  } catch (error) {
    return { kind: 'bad', reason: (error as Error).message };
  }
  const values = parsed.values as Values;
  if (values['help']) return { kind: 'help' };
  const request = toRequest(values, parsed.positionals);
  return typeof request === 'string' ? { kind: 'bad', reason: request } : { kind: 'ok', request };
}

/** What a command prints and exits with when it will not run: its help (exit 0), or the reason its arguments are wrong and its usage (exit 2). */
export function answerWithoutRunning(command: string, parsed: Exclude<Parsed<unknown>, { kind: 'ok' }>, help: string, usage: string): number {
  if (parsed.kind === 'help') {
    console.log(help);
    return EXIT.done;
  }
  console.error(`article-history ${command}: ${parsed.reason}\n${usage}`);
  return EXIT.usage;
}

/** The page options as a request for `file`, or why they cannot be one. `urlFromPage`: without --url, the page's own address is used. */
export function pageRequest(file: string, values: Values, { urlFromPage = false } = {}): PageRequest | string {
  const { url, 'content-type': contentType, generic } = values;
  if (typeof url !== 'string' && !urlFromPage) return '--url is required (the extractor picks the site by URL)';
  if (typeof url === 'string' && !isHttpUrl(url)) return `not an http(s) URL: ${url}`;
  return { file, url: typeof url === 'string' ? new URL(url) : null, contentType: typeof contentType === 'string' ? contentType : undefined, generic: generic === true };
}

export function isHttpUrl(text: string): boolean {
  return URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);
}
