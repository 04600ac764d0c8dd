// The migrated schema, the Kysely table types (through DB_COLUMNS) and the migrations' down path agree.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DB_COLUMNS } from '@hotgigs/shared';
import { migrateDown, migrateToLatest, migrationStatus } from './migrate.ts';
import { migrations } from './migrations/index.ts';
import { useTestDatabase } from '../test-support/test-context.ts';

const database = useTestDatabase({ fresh: true });

describe('schema', () => {
  it('matches the table types column by column: name, type and nullability', async () => {
    const { rows } = await sql<{ table_name: string; column_name: string; udt_name: string; is_nullable: string }>`
      select table_name, column_name, udt_name, is_nullable
      from information_schema.columns
      where table_schema = 'public' and table_name not like 'kysely_%'
      order by table_name, column_name`.execute(database.current.db);
    const actual: Record<string, Record<string, string>> = {};
    for (const r of rows) {
      (actual[r.table_name] ??= {})[r.column_name] = `${r.udt_name}${r.is_nullable === 'YES' ? '?' : ''}`;
    }
    const expected = Object.fromEntries(
      Object.entries(DB_COLUMNS).map(([table, columns]) => [table, Object.fromEntries(Object.entries(columns).sort())]),
    );
    expect(actual).toEqual(expected);
  });

  it('indexes every foreign key (its columns lead some index)', async () => {
    const { rows } = await sql<{ table_name: string; columns: string }>`
      select c.conrelid::regclass::text as table_name,
             string_agg(a.attname, ',' order by k.ord) as columns
      from pg_constraint c
      cross join lateral unnest(c.conkey) with ordinality as k(attnum, ord)
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace
      group by c.oid, c.conrelid`.execute(database.current.db);
    const { rows: indexes } = await sql<{ table_name: string; columns: string }>`
      select i.indrelid::regclass::text as table_name,
             string_agg(a.attname, ',' order by k.ord) as columns
      from pg_index i
      cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
      join pg_class t on t.oid = i.indrelid
      where t.relnamespace = 'public'::regnamespace
      group by i.indexrelid, i.indrelid`.execute(database.current.db);
    const unindexed = rows.filter(
      (fk) => !indexes.some((ix) => ix.table_name === fk.table_name && `${ix.columns},`.startsWith(`${fk.columns},`)),
    );
    expect(unindexed).toEqual([]);
  });

  it('keeps the audit log append-only', async () => {
    const { db } = database.current;
    await db.insertInto('audit_log').values({ action: 'test.event' }).execute();
    await expect(db.updateTable('audit_log').set({ action: 'changed' }).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });

  it('keeps the weighted search vector of a job up to date with its skills and company', async () => {
    const { db } = database.current;
    const company = await db
      .insertInto('companies')
      .values({ name: 'Acme Rockets', slug: 'acme-rockets' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const job = await db
      .insertInto('jobs')
      .values({ company_id: company.id, title: 'Propulsion engineer', description: 'Build engines.' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const skill = await db.selectFrom('skills').select('id').where('slug', '=', 'javascript').executeTakeFirstOrThrow();
    await db.insertInto('job_skills').values({ job_id: job.id, skill_id: skill.id }).execute();
    const match = (query: string) =>
      db
        .selectFrom('jobs')
        .select('id')
        .where(sql<boolean>`search_vector @@ websearch_to_tsquery('english', ${query})`)
        .execute();
    expect(await match('propulsion')).toHaveLength(1);
    expect(await match('acme')).toHaveLength(1);
    expect(await match('javascript')).toHaveLength(1);
    await db.deleteFrom('job_skills').where('job_id', '=', job.id).execute();
    expect(await match('javascript')).toHaveLength(0);
  });

  // Last in the file: it leaves the taxonomy tables empty.
  it('migrates down to nothing and up again', async () => {
    const { db } = database.current;
    while ((await migrateDown(db)).length > 0) {
      // one migration at a time, newest first
    }
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from information_schema.tables
      where table_schema = 'public' and table_name not like 'kysely_%'`.execute(db);
    expect(rows[0]?.n).toBe(0);
    expect(await migrateToLatest(db)).toEqual(Object.keys(migrations));
    expect((await migrationStatus(db)).every((m) => m.executedAt)).toBe(true);
  });
});
