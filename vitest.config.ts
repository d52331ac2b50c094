import { configDefaults, defineConfig } from 'vitest/config';

/** `npm test` runs the quick tier; `npm run test:deep` (TEST_TIER=deep) the corpora in *.deep.test.ts. */
const deep = process.env.TEST_TIER === 'deep';

export default defineConfig({
  test: {
    include: deep ? ['src/**/*.deep.test.ts'] : ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    exclude: deep ? configDefaults.exclude : [...configDefaults.exclude, 'src/**/*.deep.test.ts'],
    environment: 'node',
    // Test files share a worker's module cache: zod, yaml, ELK and the fixture load once per worker,
    // not once per file (a third of the run was imports). No test relies on a fresh module.
    isolate: false,
  },
});
