/**
 * Run by `npm test` on the build `npm run build` made, before the e2e tests replace it with the
 * test build: the shipped content script must attach a closed shadow root, or the page's scripts
 * could read and drive the sidebar.
 */
import { readdirSync, readFileSync } from 'node:fs';

for (const browser of ['chrome', 'firefox']) {
  const assets = `dist/${browser}/assets`;
  const code = readdirSync(assets).filter((name) => name.endsWith('.js')).map((name) => readFileSync(`${assets}/${name}`, 'utf8')).join('\n');
  const modes = [...code.matchAll(/attachShadow\(\{mode:[`"']?(\w+)/g)].map((match) => match[1]);
  if (modes.length === 0 || modes.some((mode) => mode !== 'closed')) {
    console.error(`dist/${browser}: the shipped build must attach only closed shadow roots; found ${JSON.stringify(modes)}. Was it built with ARTICLE_HISTORY_TEST_HOOKS=1?`);
    process.exit(1);
  }
}
console.log('shipped builds: closed shadow roots');
