/** `npm run build`: dist/chrome and dist/firefox from the one source tree. */
import { build } from 'vite';

for (const mode of ['chrome', 'firefox'] as const) {
  await build({ mode, logLevel: 'warn' });
  console.log(`built dist/${mode}`);
}
