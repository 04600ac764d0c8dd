// Loading the skills taxonomy: complete, resolved, and safe to repeat. The test template already holds it
// (test-support/global-setup.ts); these tests change the taxonomy, which truncate() keeps, so they get their own copy.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../test-support/test-context.ts';
import { loadTaxonomyFile, type TaxonomyFile } from './data-files.ts';
import { loadTaxonomy } from './taxonomy.ts';

const database = useTestDatabase({ fresh: true });
const file = loadTaxonomyFile();

describe('loadTaxonomy', () => {
  it('loads every skill and relation of the file, with parents and implied skills resolved', async () => {
    const { db } = database.current;
    const counts = await sql<{ skills: string; relations: string }>`
      select (select count(*) from skills) as skills, (select count(*) from skill_relations) as relations`.execute(db);
    expect(counts.rows[0]).toEqual({ skills: String(file.skills.length), relations: String(file.relations.length) });

    const implied = await db
      .selectFrom('skill_relations as r')
      .innerJoin('skills as a', 'a.id', 'r.skill_id')
      .innerJoin('skills as b', 'b.id', 'r.related_skill_id')
      .select(['a.slug as from', 'b.slug as to'])
      .where('r.kind', '=', 'implies')
      .where('a.slug', 'in', ['next-js', 'react'])
      .orderBy('a.slug')
      .execute();
    expect(implied).toEqual([
      { from: 'next-js', to: 'react' },
      { from: 'react', to: 'javascript' },
    ]);

    const nextJs = await db
      .selectFrom('skills as s')
      .innerJoin('skills as p', 'p.id', 's.parent_id')
      .select(['s.name', 's.category', 's.aliases', 'p.slug as parent'])
      .where('s.slug', '=', 'next-js')
      .executeTakeFirstOrThrow();
    expect(nextJs).toEqual({ name: 'Next.js', category: 'framework', aliases: ['nextjs', 'next js'], parent: 'javascript-framework' });
  });

  it('changes nothing when run again, not even updated_at', async () => {
    const { db } = database.current;
    const before = await sql<{ latest: Date }>`select max(updated_at) as latest from skills`.execute(db);
    expect(await loadTaxonomy(db)).toEqual({ inserted: 0, updated: 0, relations: 0, nameClashes: [] });
    const after = await sql<{ latest: Date }>`select max(updated_at) as latest from skills`.execute(db);
    expect(after.rows[0]?.latest).toEqual(before.rows[0]?.latest);
  });

  it('does nothing with onlyIfEmpty when skills exist', async () => {
    const changed: TaxonomyFile = { ...file, skills: file.skills.map((s) => ({ ...s, description: 'changed' })) };
    expect(await loadTaxonomy(database.current.db, { onlyIfEmpty: true, taxonomy: changed })).toEqual({
      inserted: 0,
      updated: 0,
      relations: 0,
      nameClashes: [],
    });
  });

  it('updates a skill whose entry changed, and moves it under a new parent', async () => {
    const { db } = database.current;
    const changed: TaxonomyFile = {
      ...file,
      skills: file.skills.map((s) => (s.slug === 'react' ? { ...s, description: 'A UI library.', parent: 'computer-programming' } : s)),
    };
    try {
      expect(await loadTaxonomy(db, { taxonomy: changed })).toMatchObject({ inserted: 0, updated: 1 });
      const react = await db
        .selectFrom('skills as s')
        .innerJoin('skills as p', 'p.id', 's.parent_id')
        .select(['s.description', 'p.slug as parent'])
        .where('s.slug', '=', 'react')
        .executeTakeFirstOrThrow();
      expect(react).toEqual({ description: 'A UI library.', parent: 'computer-programming' });
    } finally {
      await loadTaxonomy(db);
    }
  });

  it('leaves out, and reports, a skill whose name another skill already has', async () => {
    const { db } = database.current;
    const clashing: TaxonomyFile = {
      version: 1,
      skills: [{ slug: 'k8s-platform', name: 'KUBERNETES', category: 'platform', parent: null, aliases: [], description: '' }],
      relations: [['k8s-platform', 'docker', 'implies']],
    };
    expect(await loadTaxonomy(db, { taxonomy: clashing })).toEqual({
      inserted: 0,
      updated: 0,
      relations: 0,
      nameClashes: ['k8s-platform'],
    });
    expect(await db.selectFrom('skills').select('id').where('slug', '=', 'k8s-platform').executeTakeFirst()).toBeUndefined();
  });
});
