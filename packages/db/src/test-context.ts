// Per-file database for tests: `const ctx = useTestDatabase()` gives a fresh copy of the migrated template,
// emptied (all but the taxonomy) before each test and dropped after the file.
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { createTestDb, type TestDatabase, type TestTemplate } from './testing.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: TestTemplate;
  }
}

export function useTestDatabase(): { readonly current: TestDatabase } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDb(inject('dbTemplate'));
  });
  beforeEach(async () => {
    await database?.truncate();
  });
  afterAll(async () => {
    await database?.close();
  });
  return {
    get current() {
      if (!database) throw new Error('useTestDatabase(): the database is only ready inside tests and hooks');
      return database;
    },
  };
}
