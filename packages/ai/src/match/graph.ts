// Implied skills: a stated skill implies what its `implies` relations point to and its taxonomy parent, and so
// on (Next.js -> React -> JavaScript). A candidate's skills expand once into every skill reachable within
// maxHops, each with the best credit and the path that gives it, so scoring a job is a map look-up per skill.
import { DEFAULT_MATCH_WEIGHTS, type MatchWeights } from './weights.ts';

export interface SkillGraph {
  readonly names: ReadonlyMap<string, string>;
  /** skill id -> the skills it implies (relations of kind `implies`, then its parent). */
  readonly implies: ReadonlyMap<string, readonly string[]>;
}

export function createSkillGraph(
  skills: readonly { id: string; name: string; parentId?: string | null }[],
  relations: readonly { skillId: string; relatedSkillId: string; kind: string }[],
): SkillGraph {
  const names = new Map<string, string>();
  const implies = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    if (from === to) return;
    const list = implies.get(from);
    if (!list) implies.set(from, [to]);
    else if (!list.includes(to)) list.push(to);
  };
  for (const skill of skills) names.set(skill.id, skill.name);
  for (const relation of relations) if (relation.kind === 'implies') add(relation.skillId, relation.relatedSkillId);
  for (const skill of skills) if (skill.parentId) add(skill.id, skill.parentId);
  return { names, implies };
}

export interface HeldSkill {
  skillId: string;
  name: string;
  how: 'direct' | 'implied';
  /** 1 for a stated skill; less for an implied one, by hops. */
  credit: number;
  /** For an implied skill: the names from the stated skill to this one ("Next.js", "React", "JavaScript"). */
  via?: string[];
  /** Years the candidate gave for the stated skill (an implied one inherits them). */
  years: number | null;
}

export interface StatedSkill {
  skillId: string;
  name: string;
  years?: number | null;
}

/** Every skill a candidate has, stated or implied within maxHops, with its best credit. */
export function expandCandidateSkills(
  graph: SkillGraph,
  stated: readonly StatedSkill[],
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
): Map<string, HeldSkill> {
  const held = new Map<string, HeldSkill>();
  for (const skill of stated) {
    held.set(skill.skillId, { skillId: skill.skillId, name: skill.name, how: 'direct', credit: 1, years: skill.years ?? null });
  }
  for (const skill of stated) {
    // Breadth first, so the first time a skill is reached is by the fewest hops from this stated skill.
    let frontier: { id: string; path: string[] }[] = [{ id: skill.skillId, path: [skill.name] }];
    const seen = new Set([skill.skillId]);
    for (let hop = 1; hop <= weights.maxHops && frontier.length > 0; hop++) {
      const credit = weights.impliedCredit[hop] ?? 0;
      const next: typeof frontier = [];
      for (const node of frontier) {
        for (const to of graph.implies.get(node.id) ?? []) {
          if (seen.has(to)) continue;
          seen.add(to);
          const name = graph.names.get(to) ?? to;
          const path = [...node.path, name];
          const existing = held.get(to);
          if (!existing || existing.credit < credit) {
            held.set(to, { skillId: to, name, how: 'implied', credit, via: path, years: skill.years ?? null });
          }
          next.push({ id: to, path });
        }
      }
      frontier = next;
    }
  }
  return held;
}
