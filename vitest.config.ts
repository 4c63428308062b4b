import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Generous: a timeout here only catches a hang, never a slow machine. The heaviest tests (16 MB
    // inputs, the built command over hostile batches) take seconds alone and minutes on a machine
    // whose cores are all busy, where the whole suite must still pass.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
