/**
 * Run by `npm test` on the build `npm run build` made, before the e2e tests replace it with the
 * test build: the shipped content scripts (the supported sites' and the added sites' one-file
 * script) must attach closed shadow roots, or the page's scripts could read and drive the sidebar.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

for (const browser of ['chrome', 'firefox']) {
  const assets = `dist/${browser}/assets`;
  // The background registers this file for each added site; without it those sites show nothing.
  if (!existsSync(`${assets}/added-site.js`) || !/attachShadow\(/.test(readFileSync(`${assets}/added-site.js`, 'utf8'))) {
    console.error(`dist/${browser}: assets/added-site.js, the content script of the sites the reader added, is missing or attaches no shadow root`);
    process.exit(1);
  }
  const code = readdirSync(assets).filter((name) => name.endsWith('.js')).map((name) => readFileSync(`${assets}/${name}`, 'utf8')).join('\n');
  const modes = [...code.matchAll(/attachShadow\(\{mode:[`"']?(\w+)/g)].map((match) => match[1]);
  if (modes.length === 0 || modes.some((mode) => mode !== 'closed')) {
    console.error(`dist/${browser}: the shipped build must attach only closed shadow roots; found ${JSON.stringify(modes)}. Was it built with ARTICLE_HISTORY_TEST_HOOKS=1?`);
    process.exit(1);
  }
}
console.log('shipped builds: closed shadow roots');
