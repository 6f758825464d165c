import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Unit tests see the shipped build's behaviour: a closed shadow root.
  define: { __TEST_HOOKS__: 'false' },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
