// Loads the skills taxonomy (data/taxonomy.json) into `skills` and `skill_relations`. Safe to run again: skills
// are upserted by slug, unchanged rows are left alone, and relations already present are kept.
import { sql, type Kysely } from 'kysely';
import type { DB } from '@hotgigs/shared';
import { loadTaxonomyFile, type TaxonomyFile } from './data-files.ts';

export interface LoadTaxonomyOptions {
  /** Do nothing when the skills table already has rows (first start, test templates). */
  onlyIfEmpty?: boolean;
  /** The taxonomy to load; the committed file by default. */
  taxonomy?: TaxonomyFile;
}

export interface LoadTaxonomyResult {
  inserted: number;
  /** Existing skills whose entry or parent changed. */
  updated: number;
  /** Relations added (existing ones are kept as they are). */
  relations: number;
  /** Slugs not loaded because another skill already has the same name (an admin-made one, say). */
  nameClashes: string[];
}

/** Rows per statement: 1,000 rows of at most 5 parameters stays far below Postgres' 65,535 bind parameters. */
const BATCH = 1000;

function batches<T>(rows: T[]): T[][] {
  return Array.from({ length: Math.ceil(rows.length / BATCH) }, (_, i) => rows.slice(i * BATCH, (i + 1) * BATCH));
}

export async function loadTaxonomy(db: Kysely<DB>, options: LoadTaxonomyOptions = {}): Promise<LoadTaxonomyResult> {
  const result: LoadTaxonomyResult = { inserted: 0, updated: 0, relations: 0, nameClashes: [] };
  if (options.onlyIfEmpty) {
    const any = await db.selectFrom('skills').select('id').limit(1).executeTakeFirst();
    if (any) return result;
  }
  const taxonomy = options.taxonomy ?? loadTaxonomyFile();
  const inserted = new Set<string>();
  const updated = new Set<string>();

  await db.transaction().execute(async (trx) => {
    // Names are unique case-insensitively across all skills, not only the taxonomy's: a clash would abort the
    // whole statement, so clashing skills are left out and reported instead.
    const existing = await trx.selectFrom('skills').select(['slug', sql<string>`lower(name)`.as('name_key')]).execute();
    const slugByNameKey = new Map(existing.map((s) => [s.name_key, s.slug]));
    const skills = taxonomy.skills.filter((skill) => {
      const holder = slugByNameKey.get(skill.name.toLowerCase());
      if (holder === undefined || holder === skill.slug) return true;
      result.nameClashes.push(skill.slug);
      return false;
    });

    for (const batch of batches(skills)) {
      const rows = await trx
        .insertInto('skills')
        .values(
          batch.map((s) => ({
            slug: s.slug,
            name: s.name,
            category: s.category,
            aliases: s.aliases,
            description: s.description || null,
          })),
        )
        .onConflict((oc) =>
          oc
            .column('slug')
            .doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              category: eb.ref('excluded.category'),
              aliases: eb.ref('excluded.aliases'),
              description: eb.ref('excluded.description'),
            }))
            // Unchanged skills are not rewritten, so a re-run neither bloats the table nor bumps updated_at.
            .where(
              sql<boolean>`(skills.name, skills.category, skills.aliases, skills.description)
                is distinct from (excluded.name, excluded.category, excluded.aliases, excluded.description)`,
            ),
        )
        // xmax is 0 on a freshly inserted row version: the usual way to tell an upsert's inserts from updates.
        .returning(['slug', sql<boolean>`xmax = 0`.as('inserted')])
        .execute();
      for (const row of rows) (row.inserted ? inserted : updated).add(row.slug);
    }

    const loaded = new Set(skills.map((s) => s.slug));
    const ids = new Map(
      (await trx.selectFrom('skills').select(['id', 'slug', 'parent_id']).execute()).map((s) => [s.slug, s]),
    );
    const idOf = (slug: string | null) => (slug === null ? null : (ids.get(slug)?.id ?? null));

    const parentChanges = skills
      .map((s) => ({ slug: s.slug, id: idOf(s.slug), parentId: idOf(s.parent), current: ids.get(s.slug)?.parent_id ?? null }))
      .filter((c): c is { slug: string; id: string; parentId: string | null; current: string | null } => c.id !== null)
      .filter((c) => c.parentId !== c.current);
    for (const change of parentChanges) if (!inserted.has(change.slug)) updated.add(change.slug);
    for (const batch of batches(parentChanges)) {
      const values = sql.join(batch.map((c) => sql`(${c.id}::uuid, ${c.parentId}::uuid)`));
      await sql`update skills set parent_id = v.parent_id
        from (values ${values}) as v(id, parent_id) where skills.id = v.id`.execute(trx);
    }

    const relations = taxonomy.relations
      .filter(([from, to]) => loaded.has(from) && loaded.has(to))
      .map(([from, to, kind]) => ({ skill_id: idOf(from), related_skill_id: idOf(to), kind }))
      .filter((r): r is { skill_id: string; related_skill_id: string; kind: typeof r.kind } => !!r.skill_id && !!r.related_skill_id);
    for (const batch of batches(relations)) {
      const added = await trx
        .insertInto('skill_relations')
        .values(batch)
        .onConflict((oc) => oc.columns(['skill_id', 'related_skill_id', 'kind']).doNothing())
        .executeTakeFirst();
      result.relations += Number(added.numInsertedOrUpdatedRows ?? 0);
    }
    // Fresh statistics: without them the planner guesses a few rows and, for each job's search vector, scans
    // all of `skills` instead of using its primary key (half a millisecond per job instead of microseconds).
    await sql`analyze skills, skill_relations`.execute(trx);
  });
  result.inserted = inserted.size;
  result.updated = updated.size;
  return result;
}
