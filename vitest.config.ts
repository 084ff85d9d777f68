import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts?(x)', 'tests/corpus/**/*.test.ts'],
    testTimeout: 60_000,
    mockReset: true,
    restoreMocks: true,
  },
});
