/**
 * `npm run bench [-- --json] [-- --only <key>]`: every figure the issues ask for, measured in
 * one run so that ratios compare like with like on a shared, noisy machine.
 */
import type { BenchSection } from './section.ts';

const sections: Record<string, () => Promise<BenchSection>> = {
  extract: async () => (await import('./extraction.ts')).default(),
  diff: async () => (await import('./diff.ts')).default(),
  history: async () => (await import('./history.ts')).default(),
  follow: async () => (await import('./follow.ts')).default(),
  // Whole-process timings are the most sensitive to other load: taken before ui starts and stops a browser.
  cli: async () => (await import('./cli.ts')).default(),
  ui: async () => (await import('./ui.ts')).default(),
  politeness: async () => (await import('./politeness.ts')).default(),
  truth: async () => (await import('./truth.ts')).default(),
  sites: async () => (await import('./sites.ts')).default(),
  limits: async () => (await import('./limits.ts')).default(),
};

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;

const result: Record<string, unknown> = {};
for (const [key, run] of Object.entries(sections)) {
  if (only && key !== only) continue;
  if (!asJson) console.error(`bench: ${key}...`);
  const section = await run();
  Object.assign(result, section.json);
  if (!asJson) console.log(section.report + '\n');
}
if (asJson) console.log(JSON.stringify(result, null, 2));
