// Runs the migrations in either direction and reports where a database stands.
import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
import type { DB } from '@hotgigs/shared';
import { migrations } from './migrations/index.ts';

function migratorFor(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

export class MigrationError extends Error {
  constructor(
    readonly migrationName: string | undefined,
    cause: unknown,
  ) {
    super(`Migration ${migrationName ?? '(unknown)'} failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

function unwrap({ error, results }: MigrationResultSet): string[] {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new MigrationError(failed?.migrationName, error);
  }
  return (results ?? []).map((r) => r.migrationName);
}

/** Applies every pending migration; returns the names applied (empty when up to date). */
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  return unwrap(await migratorFor(db).migrateToLatest());
}

/** Reverts the latest applied migration; returns its name (empty when nothing was applied). */
export async function migrateDown(db: Kysely<DB>): Promise<string[]> {
  return unwrap(await migratorFor(db).migrateDown());
}

export async function migrationStatus(db: Kysely<DB>): Promise<{ name: string; executedAt: Date | undefined }[]> {
  const infos = await migratorFor(db).getMigrations();
  return infos.map((m) => ({ name: m.name, executedAt: m.executedAt }));
}
