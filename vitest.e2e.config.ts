import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers: one file at a time, with room for browser start-up.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
