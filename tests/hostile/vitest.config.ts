import { defineConfig } from 'vitest/config';

// `npm run test:hostile`: the hostile cases that take minutes (./slow.hostile.ts), kept out of
// `npm test`, whose configuration takes only *.test.ts files.
export default defineConfig({
  test: {
    include: ['tests/hostile/**/*.hostile.ts'],
    testTimeout: 900_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
