import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium and Firefox. One file at a time,
// because each launches browsers and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    environment: 'node',
  },
});
