// Every number the match score uses, in one place (docs/matching.md). A company may later override them; code
// never carries its own.
export const DEFAULT_MATCH_WEIGHTS = {
  /** Each criterion's share of the total; criteria a job or profile gives no data for are left out and the rest renormalised. */
  criteria: { skills: 0.45, experience: 0.15, title: 0.15, location: 0.1, salary: 0.05, text: 0.1 },
  /** How much a job skill counts by its requirement level (times the job skill's own weight). */
  requirement: { required: 1, preferred: 0.5, nice_to_have: 0.25 },
  /** Credit for a skill the candidate has through an implied skill, by hops (1: Next.js -> React). Stated = 1. */
  impliedCredit: [1, 0.7, 0.5] as readonly number[],
  /** Paths longer than this many hops give no credit. */
  maxHops: 2,
  /** Credit when the job asks for years of a skill and the candidate gave none for it. */
  unknownYearsCredit: 0.85,
  /** The least credit for a skill held for fewer years than asked (otherwise years / asked). */
  minYearsCredit: 0.5,
  /** The years of experience each level expects: [from, to]. */
  levelYears: {
    entry: [0, 1],
    junior: [1, 3],
    mid: [3, 6],
    senior: [5, 10],
    lead: [8, 15],
    executive: [10, 40],
  } as Record<string, readonly [number, number]>,
  /** Lost per year beyond a level's range (overqualified), at most overqualifiedMax. */
  overqualifiedPerYear: 0.03,
  overqualifiedMax: 0.3,
  /** Location fit: the same city; a shared region or country; anywhere else (for an on-site or hybrid job). */
  location: { sameCity: 1, sameArea: 0.6, elsewhere: 0.1 },
  /** A candidate's remote preference against a job's remote type: [preference][job remote type]. */
  remoteFit: {
    remote: { remote: 1, hybrid: 0.5, onsite: 0.2 },
    hybrid: { remote: 0.9, hybrid: 1, onsite: 0.6 },
    onsite: { remote: 0.8, hybrid: 0.9, onsite: 1 },
    any: { remote: 1, hybrid: 1, onsite: 1 },
  } as Record<string, Record<string, number>>,
  /** Yearly equivalents of a salary period (as search computes salary_min_yearly). */
  periodsPerYear: { hour: 2080, day: 260, month: 12, year: 1 } as Record<string, number>,
  /** A candidate without skills, titles and years of experience is not scored. */
} as const;

export type MatchWeights = typeof DEFAULT_MATCH_WEIGHTS;
export type CriterionKey = keyof MatchWeights['criteria'];
