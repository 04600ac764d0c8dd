// One factory for both runtime modes: embedded PGlite (no DATABASE_URL) or PostgreSQL through `pg`.
// Both go through node-postgres and Kysely's PostgresDialect, so every query runs the same code.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, type CompiledQuery, type KyselyConfig } from 'kysely';
import pg from 'pg';
import type { DB } from '@hotgigs/shared';

// Calendar dates stay `YYYY-MM-DD` strings: parsing them into a Date would shift them by the host's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export const PGLITE_EXTENSIONS = { citext, fuzzystrmatch, pg_trgm, unaccent };

export type DatabaseMode = 'embedded' | 'postgres';

export interface CreateDbOptions {
  /** postgres://... selects PostgreSQL; absent selects embedded PGlite. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; `memory://` for a throwaway database. */
  dataDir?: string | undefined;
  /** An already-open PGlite (tests load a migrated template into one). */
  pglite?: PGlite | undefined;
  /** Connections in the pool (PostgreSQL only; PGlite serves one at a time). */
  poolSize?: number | undefined;
  /** Called after every query with its SQL and parameters (benchmarks capture statements with it). */
  onQuery?: ((query: CompiledQuery) => void) | undefined;
}

export interface Database {
  db: Kysely<DB>;
  mode: DatabaseMode;
  /** Closes the pool, and the PGlite instance when this factory opened it. */
  close(): Promise<void>;
}

export async function openPglite(dataDir: string): Promise<PGlite> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  return PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS });
}

function logging(options: CreateDbOptions): Pick<KyselyConfig, 'log'> {
  const { onQuery } = options;
  return onQuery
    ? {
        log: (event) => {
          if (event.level === 'query') onQuery(event.query);
        },
      }
    : {};
}

export async function createDb(options: CreateDbOptions = {}): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
    });
    // An idle client that loses its server must not crash the process; the next query reports the problem.
    pool.on('error', () => {});
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), ...logging(options) });
    return { db, mode: 'postgres', close: () => db.destroy() };
  }
  const owned = !options.pglite;
  const pglite = options.pglite ?? (await openPglite(options.dataDir ?? './.data/pglite'));
  const pool = new pg.Pool(createPgConfig(pglite));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), ...logging(options) });
  return {
    db,
    mode: 'embedded',
    async close() {
      await db.destroy();
      if (owned && !pglite.closed) await pglite.close();
    },
  };
}
