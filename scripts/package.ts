/**
 * `npm run package`: store zips of both builds in artifacts/. web-ext zips the Firefox build
 * the way addons.mozilla.org expects; the Chrome zip is the same kind of archive of dist/chrome.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
for (const browser of ['chrome', 'firefox'] as const) {
  execFileSync(
    'npx',
    ['web-ext', 'build', '--source-dir', `dist/${browser}`, '--artifacts-dir', 'artifacts', '--filename', `article-history-${version}-${browser}.zip`, '--overwrite-dest'],
    { stdio: 'inherit' },
  );
}
