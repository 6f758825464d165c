/**
 * `article-history <command>`: the extension's extraction and diff engine on the command line,
 * for researchers and for checking a site file against a saved page.
 */
type Command = (args: string[]) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  extract: {
    summary: 'extract <file.html|-> --url <url>   print the article as JSON',
    load: async () => (await import('./extract.ts')).runExtract,
  },
  diff: {
    summary: 'diff <old.html> <new.html> --url <url> [--format json|text]   what changed',
    load: async () => (await import('./diff.ts')).runDiff,
  },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    const usage = Object.values(commands).map((c) => `  article-history ${c.summary}`);
    console.error(['usage:', ...usage].join('\n'));
    return name ? 2 : 0;
  }
  return (await command.load())(rest);
}
