// The skills taxonomy as a service: autocomplete for the job editor and profiles, a skill's place in the
// taxonomy (parents, implied and related skills), the `implies` closure matching follows, and skills people
// add: usable at once by whoever added them, pending until an admin approves them for everyone.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, SkillSearchInput } from '@hotgigs/shared';
import { conflict, fieldError, notFound } from '../../errors.ts';
import { recordAudit, type RequestOrigin } from '../../platform/audit.ts';
import { enforceRateLimits, RATE_LIMITS } from '../../platform/rate-limit.ts';

type Db = Kysely<DB> | Transaction<DB>;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Who is looking: pending skills show only to the user who added them. */
export type SkillViewer = string | null;

/** ESCO's long phrases ("implement ICT network diagnostic tools") are competences; short names are skills. */
export type SkillKind = 'skill' | 'competence';
const COMPETENCE_CATEGORIES = new Set(['skill', 'knowledge']);
export function skillKindOf(name: string, category: string): SkillKind {
  return COMPETENCE_CATEGORIES.has(category) && name.trim().split(/\s+/).length >= 3 ? 'competence' : 'skill';
}

/** The words of a name, for ranking short names above long phrases (1, 2, 3, then 4 and more alike). */
const wordCount = sql<number>`least(array_length(regexp_split_to_array(trim(s.name), '\\s+'), 1), 4)`;

/**
 * Skills for what has been typed: the exact name or alias first, then names and aliases starting with it,
 * then names that look alike (pg_trgm similarity, for typos). Within each, short names before long ESCO
 * competences (so "compil" offers "compilers" before "compile wine lists"), then the most used skills.
 * Each way of matching is its own index-backed branch (lower(name), the name and alias-text trigram indexes),
 * so a keystroke never reads the whole taxonomy.
 */
export async function searchSkills(db: Kysely<DB>, input: SkillSearchInput, viewer: SkillViewer = null) {
  const typed = input.q.toLowerCase();
  const prefix = `${escapeLike(typed)}%`;
  const aliasPrefix = sql<boolean>`EXISTS (SELECT 1 FROM unnest(s.aliases) AS a(alias) WHERE lower(a.alias) LIKE ${prefix})`;
  const { rows } = await sql<{ slug: string; name: string; category: string; status: string }>`
    WITH found AS (
      SELECT id FROM skills WHERE lower(name) = ${typed}
      UNION SELECT id FROM skills WHERE name ILIKE ${prefix}
      UNION SELECT id FROM skills WHERE name % ${input.q}
      UNION SELECT s.id FROM skills s
        WHERE hotgigs_skill_alias_text(s.aliases) LIKE ${`%${escapeLike(typed)}%`} AND ${aliasPrefix}
    )
    SELECT s.slug, s.name, s.category, s.status FROM skills s JOIN found USING (id)
    WHERE s.status = 'approved' OR (s.status = 'pending' AND s.created_by = ${viewer}::uuid)
    ORDER BY
      CASE
        WHEN lower(s.name) = ${typed} THEN 0
        WHEN EXISTS (SELECT 1 FROM unnest(s.aliases) AS a(alias) WHERE lower(a.alias) = ${typed}) THEN 1
        WHEN s.name ILIKE ${prefix} THEN 2
        WHEN ${aliasPrefix} THEN 3
        ELSE 4
      END,
      ${wordCount},
      s.popularity_score DESC,
      similarity(s.name, ${input.q}) DESC,
      length(s.name),
      s.name
    LIMIT ${input.limit}`.execute(db);
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    category: r.category,
    kind: skillKindOf(r.name, r.category),
    pending: r.status === 'pending',
  }));
}

interface SkillRef {
  slug: string;
  name: string;
}

/** One skill with its place in the taxonomy: broader skills (nearest first), what it implies, what is related. */
export async function getSkill(db: Kysely<DB>, slug: string, viewer: SkillViewer = null) {
  const skill = await db
    .selectFrom('skills')
    .select(['id', 'slug', 'name', 'category', 'description', 'aliases', 'status', 'created_by'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!skill || (skill.status !== 'approved' && skill.created_by !== viewer)) throw notFound('There is no such skill.');
  const [parents, relations] = await Promise.all([
    sql<SkillRef & { depth: number }>`
      WITH RECURSIVE up(id, depth) AS (
        SELECT parent_id, 1 FROM skills WHERE id = ${skill.id} AND parent_id IS NOT NULL
        UNION ALL SELECT s.parent_id, up.depth + 1 FROM up JOIN skills s ON s.id = up.id
          WHERE s.parent_id IS NOT NULL AND up.depth < 8
      )
      SELECT s.slug, s.name, up.depth FROM up JOIN skills s ON s.id = up.id ORDER BY up.depth`.execute(db),
    db
      .selectFrom('skill_relations as r')
      .innerJoin('skills as s', 's.id', 'r.related_skill_id')
      .select(['r.kind', 's.slug', 's.name'])
      .where('r.skill_id', '=', skill.id)
      .where('s.status', '=', 'approved')
      .orderBy('s.popularity_score', 'desc')
      .orderBy('s.name')
      .execute(),
  ]);
  const implied = await impliedSkillsOf(db, [skill.id]);
  const impliedIds = implied.get(skill.id) ?? [];
  const impliedRows = impliedIds.length
    ? await db.selectFrom('skills').select(['slug', 'name']).where('id', 'in', impliedIds).orderBy('name').execute()
    : [];
  return {
    slug: skill.slug,
    name: skill.name,
    category: skill.category,
    kind: skillKindOf(skill.name, skill.category),
    description: skill.description,
    aliases: skill.aliases,
    pending: skill.status === 'pending',
    parents: parents.rows.map(({ slug, name }) => ({ slug, name })),
    /** Directly and transitively implied (Next.js -> React -> JavaScript). */
    implies: impliedRows,
    related: relations.filter((r) => r.kind === 'related').map(({ slug, name }) => ({ slug, name })),
  };
}

/** How deep `implies` chains are followed; real chains are 2-3 long, the bound only stops a cycle. */
const IMPLIES_DEPTH = 6;

/**
 * For each skill id, every skill it implies, directly or through others (Next.js -> React -> JavaScript), in
 * one recursive query however many ids are asked about. Ids that imply nothing map to [].
 */
export async function impliedSkillsOf(db: Db, skillIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(skillIds.map((id) => [id, []]));
  if (skillIds.length === 0) return result;
  const { rows } = await sql<{ root: string; id: string }>`
    WITH RECURSIVE closure(root, id, depth) AS (
      SELECT r.skill_id, r.related_skill_id, 1 FROM skill_relations r
        WHERE r.kind = 'implies' AND r.skill_id = ANY(${[...new Set(skillIds)]}::uuid[])
      UNION
      SELECT c.root, r.related_skill_id, c.depth + 1 FROM closure c
        JOIN skill_relations r ON r.skill_id = c.id AND r.kind = 'implies'
        WHERE c.depth < ${IMPLIES_DEPTH}
    )
    SELECT DISTINCT root, id FROM closure WHERE id <> root`.execute(db);
  for (const row of rows) result.get(row.root)?.push(row.id);
  return result;
}

/**
 * The ids of these skills as this user may use them: approved skills, pending ones they added themselves, and
 * `keepIds` (skills the job or profile already has, e.g. a colleague's pending skill on a shared job).
 * Unknown (or someone else's pending) slugs are a field error naming them, on `field`.
 */
export async function usableSkillIds(
  db: Db,
  userId: string,
  slugs: readonly string[],
  { field = 'skills', keepIds = [] }: { field?: string; keepIds?: readonly string[] } = {},
): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await db
    .selectFrom('skills')
    .select(['id', 'slug'])
    .where('slug', 'in', [...slugs])
    .where((eb) =>
      eb.or([
        eb('status', '=', 'approved'),
        eb.and([eb('status', '=', 'pending'), eb('created_by', '=', userId)]),
        ...(keepIds.length ? [eb('id', 'in', [...keepIds])] : []),
      ]),
    )
    .execute();
  const idBySlug = new Map(rows.map((s) => [s.slug, s.id]));
  const unknown = slugs.filter((slug) => !idBySlug.has(slug)).map((slug) => `"${slug}"`);
  if (unknown.length > 0) {
    throw fieldError(field, `Unknown skill${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: pick skills from the suggestions.`);
  }
  return idBySlug;
}

function slugOf(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return base || 'skill';
}

export interface SkillActor {
  userId: string;
  origin: RequestOrigin;
}

/**
 * Adds a skill someone misses. A name (or alias) the taxonomy already has answers that skill instead of a
 * duplicate; otherwise a pending skill that its creator can use at once and an admin reviews.
 */
export async function suggestSkill(db: Kysely<DB>, actor: SkillActor, name: string, now: Date) {
  const cleaned = name.replace(/\s+/g, ' ').trim();
  const lower = cleaned.toLowerCase();
  const existing = await db
    .selectFrom('skills')
    .select(['slug', 'name', 'category', 'status', 'created_by'])
    .where((eb) =>
      eb.or([eb(eb.fn('lower', ['name']), '=', lower), sql<boolean>`EXISTS (SELECT 1 FROM unnest(aliases) a WHERE lower(a) = ${lower})`]),
    )
    .where((eb) => eb.or([eb('status', '=', 'approved'), eb('created_by', '=', actor.userId)]))
    .orderBy(sql`status = 'approved'`, 'desc')
    .executeTakeFirst();
  if (existing) {
    return { slug: existing.slug, name: existing.name, category: existing.category, kind: skillKindOf(existing.name, existing.category), pending: existing.status === 'pending', created: false };
  }
  const taken = await db.selectFrom('skills').select('id').where(sql<boolean>`lower(name) = ${lower}`).executeTakeFirst();
  if (taken) throw conflict('Someone has already suggested this skill; an admin is reviewing it.');
  await enforceRateLimits(db, now, [[RATE_LIMITS.skillSuggestPerAccount, actor.userId]]);
  const base = slugOf(cleaned);
  const clash = await db.selectFrom('skills').select('slug').where('slug', 'like', `${base}%`).execute();
  const used = new Set(clash.map((c) => c.slug));
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  const row = await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('skills')
      .values({ name: cleaned, slug, category: 'skill', status: 'pending', created_by: actor.userId, description: null })
      .returning(['id', 'slug', 'name', 'category'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { action: 'skill.suggested', actorId: actor.userId, targetType: 'skill', targetId: inserted.id, ...actor.origin, details: { name: cleaned } });
    return inserted;
  });
  return { slug: row.slug, name: row.name, category: row.category, kind: skillKindOf(row.name, row.category), pending: true, created: true };
}

/** The admin's review queue: pending skills, oldest first, with who added them and how often they are used. */
export async function pendingSkills(db: Kysely<DB>) {
  const rows = await db
    .selectFrom('skills as s')
    .leftJoin('users as u', 'u.id', 's.created_by')
    .select((eb) => [
      's.id',
      's.slug',
      's.name',
      's.created_at',
      'u.email as suggestedBy',
      'u.role as suggestedByRole',
      eb.selectFrom('candidate_skills').select((e) => e.fn.countAll<string>().as('n')).whereRef('candidate_skills.skill_id', '=', 's.id').as('profiles'),
      eb.selectFrom('job_skills').select((e) => e.fn.countAll<string>().as('n')).whereRef('job_skills.skill_id', '=', 's.id').as('jobs'),
    ])
    .where('s.status', '=', 'pending')
    .orderBy('s.created_at')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    suggestedAt: r.created_at,
    suggestedBy: r.suggestedBy,
    suggestedByRole: r.suggestedByRole,
    usedByProfiles: Number(r.profiles ?? 0),
    usedByJobs: Number(r.jobs ?? 0),
  }));
}

async function pendingSkill(db: Db, id: string) {
  const skill = await db.selectFrom('skills').select(['id', 'slug', 'name', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!skill || skill.status !== 'pending') throw notFound('There is no such pending skill.');
  return skill;
}

/** Approves a pending skill for everyone. */
export async function approveSkill(db: Kysely<DB>, admin: SkillActor, id: string) {
  return db.transaction().execute(async (trx) => {
    const skill = await pendingSkill(trx, id);
    await trx.updateTable('skills').set({ status: 'approved' }).where('id', '=', id).execute();
    await recordAudit(trx, { action: 'skill.approved', actorId: admin.userId, targetType: 'skill', targetId: id, ...admin.origin, details: { name: skill.name } });
    return { slug: skill.slug, status: 'approved' as const };
  });
}

/**
 * Rejects a pending skill. With `mergeInto`, the profiles and jobs using it move to that approved skill (keeping
 * what they set, unless they already had the target) and the pending skill is removed; without, it stays
 * rejected, out of autocomplete, and where it was used it remains until its users change it.
 */
export async function rejectSkill(db: Kysely<DB>, admin: SkillActor, id: string, mergeInto?: string) {
  return db.transaction().execute(async (trx) => {
    const skill = await pendingSkill(trx, id);
    if (!mergeInto) {
      await trx.updateTable('skills').set({ status: 'rejected' }).where('id', '=', id).execute();
      await recordAudit(trx, { action: 'skill.rejected', actorId: admin.userId, targetType: 'skill', targetId: id, ...admin.origin, details: { name: skill.name } });
      return { status: 'rejected' as const, mergedInto: null };
    }
    const target = await trx.selectFrom('skills').select(['id', 'slug', 'aliases']).where('slug', '=', mergeInto).where('status', '=', 'approved').executeTakeFirst();
    if (!target) throw fieldError('mergeInto', 'Merge into an approved skill: pick it from the suggestions.');
    for (const [table, owner] of [
      ['candidate_skills', 'candidate_id'],
      ['job_skills', 'job_id'],
    ] as const) {
      await sql`UPDATE ${sql.table(table)} t SET skill_id = ${target.id}
        WHERE t.skill_id = ${id}
          AND NOT EXISTS (SELECT 1 FROM ${sql.table(table)} o WHERE o.${sql.ref(owner)} = t.${sql.ref(owner)} AND o.skill_id = ${target.id})`.execute(trx);
    }
    await trx.deleteFrom('skills').where('id', '=', id).execute();
    // The suggested name becomes an alias, so the next person who writes it finds the skill.
    if (!target.aliases.some((a) => a.toLowerCase() === skill.name.toLowerCase())) {
      await trx.updateTable('skills').set({ aliases: [...target.aliases, skill.name] }).where('id', '=', target.id).execute();
    }
    await recordAudit(trx, { action: 'skill.merged', actorId: admin.userId, targetType: 'skill', targetId: target.id, ...admin.origin, details: { name: skill.name, into: target.slug } });
    return { status: 'merged' as const, mergedInto: target.slug };
  });
}
