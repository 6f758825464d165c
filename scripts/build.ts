/** `npm run build`: dist/chrome and dist/firefox from the one source tree, and the command-line tool in dist/cli. */
import { build } from 'vite';

for (const mode of ['chrome', 'firefox'] as const) {
  await build({ mode, logLevel: 'warn' });
  console.log(`built dist/${mode}`);
}
await build({ configFile: 'vite.cli.config.ts', logLevel: 'warn' });
console.log('built dist/cli');
