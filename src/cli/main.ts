/**
 * `article-history <command>`: the extension's extraction and diff engine on the command line,
 * for researchers and for checking a site file against a saved page. This module answers
 * --help, --version and usage errors by itself and loads a command only when it runs, so that
 * the tool starts at once.
 */
import { version } from '../../package.json';
import { EXIT } from './args.ts';

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, { synopsis: string; summary: string; load: () => Promise<Command> }> = {
  extract: {
    synopsis: 'extract <file.html|-> --url <url>',
    summary: 'print the article in a saved page as JSON (JSON Lines for several pages)',
    load: async () => (await import('./extract.ts')).runExtract,
  },
  diff: {
    synopsis: 'diff <old.html|-> <new.html|-> --url <url>',
    summary: 'what changed between two saved versions of an article',
    load: async () => (await import('./diff.ts')).runDiff,
  },
  history: {
    synopsis: 'history <url> | --urls <file>',
    summary: "a story's versions from the web archive, as the extension shows them",
    load: async () => (await import('./history.ts')).runHistory,
  },
  'check-sites': {
    synopsis: 'check-sites [dir…] [--json]',
    summary: 'which site file and era reads each saved page',
    load: async () => (await import('./check-sites.ts')).runCheckSites,
  },
};

const usage = `usage: article-history <command> [options]

commands:
${Object.values(commands)
  .map(({ synopsis, summary }) => `  ${synopsis.padEnd(44)}${summary}`)
  .join('\n')}

  article-history <command> --help   that command's options
  article-history -h, --help         this help
  article-history --version          the version`;

export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h') {
    console.log(usage);
    return EXIT.done;
  }
  if (first === '--version') {
    console.log(version);
    return EXIT.done;
  }
  const command = first === undefined ? undefined : commands[first];
  if (!command) {
    const problem = first === undefined ? 'no command given' : first.startsWith('-') ? `unknown option '${first}'` : `unknown command '${first}'`;
    console.error(`article-history: ${problem}\n${usage}`);
    return EXIT.usage;
  }
  return (await command.load())(rest);
}
