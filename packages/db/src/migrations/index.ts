// The static, checked-in list of migrations (a FileMigrationProvider's dynamic .ts imports fail under Vitest).
import type { Migration } from 'kysely';
import * as initialSchema from './0001_initial_schema.ts';
import * as accounts from './0002_accounts.ts';

export const migrations: Record<string, Migration> = {
  '0001_initial_schema': initialSchema,
  '0002_accounts': accounts,
};
