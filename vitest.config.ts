import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. End-to-end tests in real browsers have their own config
// (vitest.e2e.config.ts) because they need a build first and run one file at a time.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A limit for tests that hang, not a speed check: CPU-heavy tests (property sampling, 100,000-node pages) take
    // 20 s and more on a busy 2-core machine (a fresh-clone CI run timed one out at 20 s).
    testTimeout: 90_000,
  },
});
