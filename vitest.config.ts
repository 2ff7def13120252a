import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { fileURLToPath } from 'node:url';

const fakePolyfill = fileURLToPath(new URL('./tests/support/fake-polyfill.ts', import.meta.url));

// Two projects: `unit` (engine, utils, components; WXT's fake browser) and `e2e` (the built extension
// in real Chromium). `npm test` runs both.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [await WxtVitest(), preact()],
        resolve: { alias: { 'webextension-polyfill': fakePolyfill } },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          restoreMocks: true,
          setupFiles: ['tests/support/setup-dom.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A shared 2-core machine: give the browser time before a poll gives up.
          expect: { poll: { timeout: 5_000, interval: 50 } },
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
