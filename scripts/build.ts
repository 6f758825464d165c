/**
 * `npm run build`: dist/chrome and dist/firefox from the one source tree (each with the added
 * sites' self-contained content script, assets/added-site.js), and the command-line tool in dist/cli.
 */
import { build } from 'vite';

for (const mode of ['chrome', 'firefox'] as const) {
  await build({ mode, logLevel: 'warn' });
  await build({ mode, configFile: 'vite.added-site.config.ts', logLevel: 'warn' });
  console.log(`built dist/${mode}`);
}
await build({ configFile: 'vite.cli.config.ts', logLevel: 'warn' });
console.log('built dist/cli');
