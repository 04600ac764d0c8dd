// The database of a test file: `const database = useTestDatabase()` gives a copy of the migrated template
// (taxonomy loaded), emptied (all but the taxonomy) before each test.
//
// Test files run one after another in each Vitest worker (the db project sets `isolate: false`), and they share
// the worker's copy: starting a PGlite from the template costs about 2 s, which per file was a third of the
// suite. Files that change what truncate() keeps (the schema, the taxonomy) ask for their own: `{ fresh: true }`.
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { createTestDb, type TestDatabase, type TestTemplate } from './testing.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: TestTemplate;
  }
}

let shared: Promise<TestDatabase> | undefined;

export function useTestDatabase(options: { fresh?: boolean } = {}): { readonly current: TestDatabase } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = options.fresh ? await createTestDb(inject('dbTemplate')) : await (shared ??= createTestDb(inject('dbTemplate')));
  });
  beforeEach(async () => {
    await database?.truncate();
  });
  afterAll(async () => {
    // The worker's shared copy stays open for the next file; the worker closes it when it exits.
    if (options.fresh) await database?.close();
  });
  return {
    get current() {
      if (!database) throw new Error('useTestDatabase(): the database is only ready inside tests and hooks');
      return database;
    },
  };
}
