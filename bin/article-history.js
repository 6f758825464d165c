#!/usr/bin/env node
/**
 * Runs the command-line tool as built JavaScript (dist/cli, see vite.cli.config.ts), so that it
 * starts in plain Node without a TypeScript loader. `npm install` builds it (the prepare
 * script). In a clone whose sources changed since that build (a site file being edited, a pull)
 * it is rebuilt first, because a site author checking a page must see the file as it is now;
 * where vite is not installed, the existing build is used as it is.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ENTRY = 'article-history.js';
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist/cli`;
const entry = `${outDir}/${ENTRY}`;

/** What vite.cli.config.ts wrote about a build: the sources it read and the files it wrote. */
function buildInfo(dir) {
  try {
    return JSON.parse(readFileSync(`${dir}/build.json`, 'utf8'));
  } catch {
    return null;
  }
}

/** Why the build cannot be used as it is, or null when it can. */
function staleness() {
  let builtAt;
  try {
    builtAt = statSync(entry).mtimeMs;
  } catch {
    return { missing: true, reason: 'it is not built yet' };
  }
  const info = buildInfo(outDir);
  if (!info) return { missing: false, reason: 'the list of its sources is missing' };
  const changed = info.sources.find((file) => {
    try {
      return statSync(root + file).mtimeMs > builtAt;
    } catch {
      return true;
    }
  });
  return changed ? { missing: false, reason: `${changed} changed since it was built` } : null;
}

/**
 * Builds beside the current build, then moves the new chunks in and the new entry over the old
 * one: a run starting meanwhile gets the old build or the new, never half of each. Chunks of the
 * build before the old one go; a run that started on that one has had a whole build's time to load them.
 */
async function rebuild(reason) {
  let vite;
  try {
    vite = await import('vite');
  } catch {
    return 'no-vite';
  }
  console.error(`article-history: ${reason}; building it first`);
  const startedAt = new Date();
  mkdirSync(`${outDir}/chunks`, { recursive: true });
  const scratch = mkdtempSync(`${outDir}/.build-`);
  try {
    await vite.build({ configFile: `${root}vite.cli.config.ts`, logLevel: 'warn', build: { outDir: scratch } });
    const previous = buildInfo(outDir);
    const next = buildInfo(scratch);
    for (const file of next.files) if (file !== ENTRY) renameSync(`${scratch}/${file}`, `${outDir}/${file}`);
    // Dated when the sources were read, so that a file saved during the build triggers the next one.
    utimesSync(`${scratch}/${ENTRY}`, startedAt, startedAt);
    renameSync(`${scratch}/${ENTRY}`, entry);
    renameSync(`${scratch}/build.json`, `${outDir}/build.json`);
    const keep = new Set([...next.files, ...(previous?.files ?? [])]);
    for (const name of readdirSync(`${outDir}/chunks`)) if (!keep.has(`chunks/${name}`)) rmSync(`${outDir}/chunks/${name}`, { force: true });
    return 'built';
  } catch (error) {
    console.error(`article-history: the build failed: ${error instanceof Error ? error.message : error}`);
    return 'failed';
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const stale = staleness();
if (stale) {
  const outcome = await rebuild(stale.reason);
  if (outcome === 'no-vite' && stale.missing) {
    console.error(`article-history: the command-line tool is not built (${entry} is missing) and vite, which builds it, is not installed: run \`npm install\` in ${root}`);
    process.exit(2);
  }
  if (outcome === 'failed') process.exit(2);
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
