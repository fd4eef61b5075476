import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // property tests use a fixed seed unless PAGESIFT_FUZZ_SEED=random (tests/setup/fast-check-seed.ts)
    setupFiles: ['tests/setup/fast-check-seed.ts'],
    // CLI tests start node + tsx + jieba per case (1–3 s on a loaded 2-core machine)
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
