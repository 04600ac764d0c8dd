// The skills taxonomy as people pick from it: autocomplete for the job editor (and later, profiles).
import { sql, type Kysely } from 'kysely';
import type { DB, SkillSearchInput } from '@hotgigs/shared';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Skills for what has been typed: the exact name or alias first, then names and aliases starting with it,
 * then names that look alike (pg_trgm similarity, for typos); within each, the most used skills first.
 * Each way of matching is its own index-backed branch (lower(name), the name and alias-text trigram indexes),
 * so a keystroke never reads the whole taxonomy.
 */
export async function searchSkills(db: Kysely<DB>, input: SkillSearchInput) {
  const typed = input.q.toLowerCase();
  const prefix = `${escapeLike(typed)}%`;
  const aliasPrefix = sql<boolean>`EXISTS (SELECT 1 FROM unnest(s.aliases) AS a(alias) WHERE lower(a.alias) LIKE ${prefix})`;
  const { rows } = await sql<{ slug: string; name: string; category: string }>`
    WITH found AS (
      SELECT id FROM skills WHERE lower(name) = ${typed}
      UNION SELECT id FROM skills WHERE name ILIKE ${prefix}
      UNION SELECT id FROM skills WHERE name % ${input.q}
      UNION SELECT s.id FROM skills s
        WHERE hotgigs_skill_alias_text(s.aliases) LIKE ${`%${escapeLike(typed)}%`} AND ${aliasPrefix}
    )
    SELECT s.slug, s.name, s.category FROM skills s JOIN found USING (id)
    ORDER BY
      CASE
        WHEN lower(s.name) = ${typed} THEN 0
        WHEN EXISTS (SELECT 1 FROM unnest(s.aliases) AS a(alias) WHERE lower(a.alias) = ${typed}) THEN 1
        WHEN s.name ILIKE ${prefix} THEN 2
        WHEN ${aliasPrefix} THEN 3
        ELSE 4
      END,
      s.popularity_score DESC,
      similarity(s.name, ${input.q}) DESC,
      length(s.name),
      s.name
    LIMIT ${input.limit}`.execute(db);
  return rows.map((r) => ({ slug: r.slug, name: r.name, category: r.category }));
}
