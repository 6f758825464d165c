/**
 * `npm run build:cli`: the command-line tool as JavaScript for plain Node, in dist/cli, with
 * everything it needs bundled in (linkedom is only a dev dependency), so that it runs without a
 * TypeScript loader. The entry holds the argument handling alone; the site files, the core and
 * linkedom are one chunk that a command loads when it has a page to read, so that --version and
 * --help do not parse half a megabyte first.
 */
import { defineConfig, type Plugin } from 'vite';
import { relative, resolve } from 'node:path';

const root = import.meta.dirname;

/**
 * Writes build.json: the project files the build read (bin/article-history.js rebuilds when one
 * is newer than the build) and the files it wrote (so that a rebuild knows which chunks are old).
 */
function describeBuild(): Plugin {
  return {
    name: 'article-history:describe-build',
    generateBundle(_options, bundle) {
      const sources = [...this.getModuleIds()].filter((id) => id.startsWith(root) && !id.includes('/node_modules/')).map((id) => relative(root, id));
      const build = { sources: [...sources, 'vite.cli.config.ts'].sort(), files: Object.keys(bundle).sort() };
      this.emitFile({ type: 'asset', fileName: 'build.json', source: JSON.stringify(build, null, 1) });
    },
  };
}

export default defineConfig({
  // Also when bin/article-history.js rebuilds from another working directory.
  root,
  publicDir: false,
  plugins: [describeBuild()],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: resolve(root, 'src/cli/main.ts'),
    outDir: resolve(root, 'dist/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    rolldownOptions: {
      output: {
        entryFileNames: 'article-history.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: { groups: [{ name: 'engine', test: /node_modules|[\\/]src[\\/](sites|extract|core)[\\/]/ }] },
      },
    },
  },
});
