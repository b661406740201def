import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'conformance/**/*.test.ts'],
    environment: 'node',
    // No test asserts a time: the default 5 s budget only makes a green commit fail when CI shares the
    // 2 cores with another heavy job (a 1 s scenario then takes 9 s). Tests that need longer set it.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
