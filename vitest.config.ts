// One Vitest run for the monorepo. `unit` needs nothing; `db` gets a real database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL) that the files of each worker share, emptied before every test; `e2e` drives Debian's
// Chromium against the built portal.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * The export condition under which @hotgigs/db hands out its test helpers (test-context, fixtures): they are
 * not part of what the package exports at run time.
 */
// The rest is Vite's default for server code (its `defaultServerConditions`).
const TEST_CONDITIONS = ['hotgigs-test', 'module', 'node', 'development|production'];

export default defineConfig({
  test: {
    // Every core: left to itself, Vitest ran the database tests in one worker on a 2-core machine.
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/*/src/**/*.test.tsx'],
          exclude: ['**/*.db.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        resolve: { conditions: TEST_CONDITIONS },
        ssr: { resolve: { conditions: TEST_CONDITIONS } },
        test: {
          name: 'db',
          include: ['packages/*/src/**/*.db.test.ts', 'apps/*/src/**/*.db.test.ts', 'apps/api/test/**/*.test.ts'],
          globalSetup: ['./packages/db/test-support/global-setup.ts'],
          environment: 'node',
          // Files run one after another in each worker and share its database (test-support/test-context.ts).
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['apps/web/e2e/**/*.e2e.ts'],
          globalSetup: ['./apps/web/e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
