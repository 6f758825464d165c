/**
 * Run by `npm test` on the build `npm run build` made, before the e2e tests replace it with the
 * test build: the shipped content scripts (the supported sites' and the added sites' one-file
 * script) must attach closed shadow roots, or the page's scripts could read and drive the
 * sidebar; and every site's chunk must be where the content script imports it from
 * (src/content/load-site.ts), exporting the site, web-accessible on each of its hosts: the
 * bundler cannot check that import, and a site missing here reads nothing at all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { siteChunkPath } from '../src/content/site-chunk.ts';
import { sites } from '../src/sites/index.ts';

const problems: string[] = [];
for (const browser of ['chrome', 'firefox']) {
  const assets = `dist/${browser}/assets`;
  // The background registers this file for each added site; without it those sites show nothing.
  if (!existsSync(`${assets}/added-site.js`) || !/attachShadow\(/.test(readFileSync(`${assets}/added-site.js`, 'utf8'))) {
    problems.push(`dist/${browser}: assets/added-site.js, the content script of the sites the reader added, is missing or attaches no shadow root`);
  }
  const code = readdirSync(assets).filter((name) => name.endsWith('.js')).map((name) => readFileSync(`${assets}/${name}`, 'utf8')).join('\n');
  const modes = [...code.matchAll(/attachShadow\(\{mode:[`"']?(\w+)/g)].map((match) => match[1]);
  if (modes.length === 0 || modes.some((mode) => mode !== 'closed')) {
    problems.push(`dist/${browser}: the shipped build must attach only closed shadow roots; found ${JSON.stringify(modes)}. Was it built with ARTICLE_HISTORY_TEST_HOOKS=1?`);
  }
  const manifest = JSON.parse(readFileSync(`dist/${browser}/manifest.json`, 'utf8')) as { web_accessible_resources?: { matches: string[]; resources: string[] }[] };
  for (const site of sites) {
    const chunk = siteChunkPath(site.id);
    if (!existsSync(`dist/${browser}/${chunk}`) || !/export\s*\{[^}]*\bas default\b/.test(readFileSync(`dist/${browser}/${chunk}`, 'utf8'))) {
      problems.push(`dist/${browser}: no site chunk ${chunk} exporting the ${site.id} site`);
      continue;
    }
    for (const host of site.hosts) {
      const reachable = manifest.web_accessible_resources?.some((war) => war.resources.includes(chunk) && war.matches.includes(`https://${host}/*`));
      if (!reachable) problems.push(`dist/${browser}: ${chunk} is not web-accessible on ${host}`);
    }
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`shipped builds: closed shadow roots, the added sites' script; ${sites.length} site chunks, each web-accessible on its hosts`);
