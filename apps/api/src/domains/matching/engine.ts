// What scoring needs besides the two sides (docs/matching.md): the skill graph (the taxonomy's `implies` relations
// and hierarchy), title synonyms (ESCO occupations and their alternative labels) and the weights. Built once per
// process and database, and rebuilt when the taxonomy changes: a cheap version query, at most every few seconds,
// tells (an admin approving a skill or adding a relation is seen by every API process within that time).
import { sql, type Kysely } from 'kysely';
import { createMatchContext, createSkillGraph, DEFAULT_MATCH_WEIGHTS, type MatchContext } from '@hotgigs/ai';
import { loadDemoSourceFile } from '@hotgigs/db/seed';
import type { DB } from '@hotgigs/shared';

export interface MatchEngine {
  context: MatchContext;
  /** skill id -> the skills that imply it (the graph reversed), for "who has what this job asks, or more". */
  impliedBy: ReadonlyMap<string, readonly string[]>;
}

const RECHECK_MS = 5_000;

interface Cached {
  version: string;
  checkedAt: number;
  engine: Promise<MatchEngine>;
}

const cache = new WeakMap<Kysely<DB>, Cached>();

let titleSynonyms: string[][] | undefined;
function occupationTitles(): string[][] {
  titleSynonyms ??= loadDemoSourceFile().occupations.map((o) => [o.title, ...o.altTitles]);
  return titleSynonyms;
}

async function taxonomyVersion(db: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{ v: string }>`SELECT
      (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM skills) || '/' ||
      (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM skill_relations) AS v`.execute(db);
  return rows[0]?.v ?? '';
}

async function buildEngine(db: Kysely<DB>): Promise<MatchEngine> {
  const [skills, relations] = await Promise.all([
    db.selectFrom('skills').select(['id', 'name', 'parent_id']).where('status', '<>', 'rejected').execute(),
    db.selectFrom('skill_relations').select(['skill_id', 'related_skill_id', 'kind']).where('kind', '=', 'implies').execute(),
  ]);
  const graph = createSkillGraph(
    skills.map((s) => ({ id: s.id, name: s.name, parentId: s.parent_id })),
    relations.map((r) => ({ skillId: r.skill_id, relatedSkillId: r.related_skill_id, kind: r.kind })),
  );
  const impliedBy = new Map<string, string[]>();
  for (const [from, targets] of graph.implies) {
    for (const to of targets) {
      const list = impliedBy.get(to);
      if (list) list.push(from);
      else impliedBy.set(to, [from]);
    }
  }
  return { context: createMatchContext({ graph, weights: DEFAULT_MATCH_WEIGHTS, titleSynonyms: occupationTitles() }), impliedBy };
}

/** The engine for this database, rebuilt when the taxonomy has changed since it was built. */
export async function matchEngine(db: Kysely<DB>, now = Date.now()): Promise<MatchEngine> {
  const cached = cache.get(db);
  if (cached && now - cached.checkedAt < RECHECK_MS) return cached.engine;
  const version = await taxonomyVersion(db);
  if (cached && cached.version === version) {
    cached.checkedAt = now;
    return cached.engine;
  }
  const engine = buildEngine(db);
  cache.set(db, { version, checkedAt: now, engine });
  engine.catch(() => cache.delete(db));
  return engine;
}

/** The skills that lead to any of `ids` within the graph's hop limit, `ids` included: who holds these has them. */
export function skillsLeadingTo(engine: MatchEngine, ids: Iterable<string>): string[] {
  const seen = new Set(ids);
  let frontier = [...seen];
  for (let hop = 0; hop < engine.context.weights.maxHops && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const from of engine.impliedBy.get(id) ?? []) {
        if (!seen.has(from)) {
          seen.add(from);
          next.push(from);
        }
      }
    }
    frontier = next;
  }
  return [...seen];
}
