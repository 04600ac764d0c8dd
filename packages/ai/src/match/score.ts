// The match score (docs/matching.md): a candidate against a job, 0-100, with a report a person can read. The same
// function serves both directions (jobs for a candidate, candidates for a job), on inputs prepared once each, so
// ranking thousands of pairs is map look-ups and a few multiplications per pair.
import { expandCandidateSkills, type HeldSkill, type SkillGraph, type StatedSkill } from './graph.ts';
import { isLevelWord, stripTitleLevel } from './levels.ts';
import { cosine, termVector, terms, titleKey, titleOverlap, type DocumentFrequencies, type TermVector } from './text.ts';
import { DEFAULT_MATCH_WEIGHTS, type CriterionKey, type MatchWeights } from './weights.ts';

export interface Salary {
  min?: number | null;
  max?: number | null;
  currency: string | null;
  period: string | null;
}

export interface MatchCandidate {
  skills: readonly StatedSkill[];
  totalYears?: number | null;
  titles: readonly string[];
  /** Free text: "Berlin, Germany". */
  location?: string | null;
  remotePreference?: string | null;
  desiredSalary?: Salary | null;
  /** Summary and experience, for the text similarity. */
  text?: string | null;
}

export interface MatchJobSkill {
  skillId: string;
  name: string;
  requirement: 'required' | 'preferred' | 'nice_to_have';
  yearsRequired?: number | null;
  weight?: number | null;
}

export interface MatchJob {
  title: string;
  skills: readonly MatchJobSkill[];
  experienceLevel?: string | null;
  location?: string | null;
  remoteType?: string | null;
  salary?: Salary | null;
  description?: string | null;
}

export interface MatchContext {
  graph: SkillGraph;
  weights: MatchWeights;
  frequencies?: DocumentFrequencies;
  /**
   * title key (titleKey) -> groups: titles of one group (an occupation and its alternative labels) are the same job.
   * A title listed in several groups ("Account Manager") belongs to each.
   */
  titleGroups: ReadonlyMap<string, readonly number[]>;
}

export function createMatchContext(options: {
  graph: SkillGraph;
  weights?: MatchWeights;
  frequencies?: DocumentFrequencies;
  /** Groups of titles that mean one job: ["Software Developer", "Software Engineer", "Programmer"]. */
  titleSynonyms?: readonly (readonly string[])[];
}): MatchContext {
  const titleGroups = new Map<string, number[]>();
  (options.titleSynonyms ?? []).forEach((group, index) => {
    for (const title of group) {
      const key = titleKey(title);
      if (!key) continue;
      const groups = titleGroups.get(key);
      if (!groups) titleGroups.set(key, [index]);
      else if (!groups.includes(index)) groups.push(index);
    }
  });
  return { graph: options.graph, weights: options.weights ?? DEFAULT_MATCH_WEIGHTS, frequencies: options.frequencies, titleGroups };
}

interface PreparedTitle {
  /** Its words without level words, for the overlap: "Senior" alone makes no two titles alike. */
  terms: Set<string>;
  /** The groups of the title as written and of the title without its level ("Senior Dietician" is a dietician). */
  groups: Set<number>;
}

export interface PreparedCandidate {
  readonly input: MatchCandidate;
  readonly held: Map<string, HeldSkill>;
  readonly titles: PreparedTitle[];
  readonly place: Set<string>;
  readonly salaryYearly: { min: number | null; max: number | null; currency: string } | null;
  readonly text: TermVector;
}

export interface PreparedJob {
  readonly input: MatchJob;
  readonly title: PreparedTitle;
  readonly place: Set<string>;
  readonly salaryYearly: { min: number | null; max: number | null; currency: string } | null;
  readonly text: TermVector;
}

function prepareTitle(title: string, context: MatchContext): PreparedTitle {
  const core = stripTitleLevel(title);
  const groups = new Set([...(context.titleGroups.get(titleKey(title)) ?? []), ...(context.titleGroups.get(titleKey(core)) ?? [])]);
  return { terms: new Set(terms(core).filter((term) => !isLevelWord(term))), groups };
}

function sameGroup(a: PreparedTitle, b: PreparedTitle): boolean {
  for (const group of a.groups) if (b.groups.has(group)) return true;
  return false;
}

function placeTerms(location: string | null | undefined): Set<string> {
  return new Set(
    (location ?? '')
      .toLowerCase()
      .split(/[,;/()]+/u)
      .map((part) => part.trim())
      .filter(Boolean),
  );
}

function yearly(salary: Salary | null | undefined, weights: MatchWeights) {
  if (!salary || !salary.currency || (salary.min == null && salary.max == null)) return null;
  const factor = weights.periodsPerYear[salary.period ?? 'year'] ?? 1;
  return { min: salary.min == null ? null : salary.min * factor, max: salary.max == null ? null : salary.max * factor, currency: salary.currency.toUpperCase() };
}

export function prepareCandidate(candidate: MatchCandidate, context: MatchContext): PreparedCandidate {
  return {
    input: candidate,
    held: expandCandidateSkills(context.graph, candidate.skills, context.weights),
    titles: candidate.titles.filter((t) => t.trim()).map((t) => prepareTitle(t, context)),
    place: placeTerms(candidate.location),
    salaryYearly: yearly(candidate.desiredSalary, context.weights),
    text: termVector(candidate.text ?? '', context.frequencies),
  };
}

export function prepareJob(job: MatchJob, context: MatchContext): PreparedJob {
  return {
    input: job,
    title: prepareTitle(job.title, context),
    place: placeTerms(job.location),
    salaryYearly: yearly(job.salary, context.weights),
    text: termVector(`${job.title}\n${job.description ?? ''}`, context.frequencies),
  };
}

export interface MatchCriterion {
  key: CriterionKey;
  /** 0-1. */
  score: number;
  /** Its share of the total after renormalising (0-1). */
  weight: number;
  detail: string;
}

export interface MatchedSkill {
  skillId: string;
  name: string;
  requirement: MatchJobSkill['requirement'];
  how: 'direct' | 'implied';
  /** For an implied skill: the candidate's skills that lead to it, ending with it. */
  via?: string[];
  credit: number;
  /** Asked for more years than the candidate has: [has, asked]. */
  yearsShort?: [number, number];
}

export interface MatchScored {
  scored: true;
  total: number;
  criteria: MatchCriterion[];
  matchedSkills: MatchedSkill[];
  missingRequired: { skillId: string; name: string }[];
  missingPreferred: { skillId: string; name: string }[];
  /** Criteria left out, and why ("The job gives no salary."). */
  skipped: { key: CriterionKey; why: string }[];
}

export interface MatchNotScored {
  scored: false;
  missing: ('skills' | 'titles' | 'experience')[];
  message: string;
}

export type MatchResult = MatchScored | MatchNotScored;

export const NOT_ENOUGH_DATA_MESSAGE =
  'Add your skills and your work experience to your profile (or upload a resume) to see how well you match.';

const pct = (value: number) => `${Math.round(value * 100)}%`;

function skillsCriterion(candidate: PreparedCandidate, job: PreparedJob, weights: MatchWeights) {
  const matched: MatchedSkill[] = [];
  const missingRequired: MatchScored['missingRequired'] = [];
  const missingPreferred: MatchScored['missingPreferred'] = [];
  let got = 0;
  let total = 0;
  for (const skill of job.input.skills) {
    const w = weights.requirement[skill.requirement] * (skill.weight ?? 1);
    total += w;
    const held = candidate.held.get(skill.skillId);
    if (!held) {
      (skill.requirement === 'required' ? missingRequired : missingPreferred).push({ skillId: skill.skillId, name: skill.name });
      continue;
    }
    let credit = held.credit;
    let yearsShort: [number, number] | undefined;
    const asked = skill.yearsRequired ?? 0;
    if (asked > 0) {
      if (held.years == null) credit *= weights.unknownYearsCredit;
      else if (held.years < asked) {
        credit *= Math.max(weights.minYearsCredit, held.years / asked);
        yearsShort = [held.years, asked];
      }
    }
    got += w * credit;
    matched.push({
      skillId: skill.skillId,
      name: skill.name,
      requirement: skill.requirement,
      how: held.how,
      ...(held.via && { via: held.via }),
      credit: Math.round(credit * 100) / 100,
      ...(yearsShort && { yearsShort }),
    });
  }
  const score = total > 0 ? got / total : 0;
  const required = job.input.skills.filter((s) => s.requirement === 'required').length;
  const detail =
    `${matched.length} of ${job.input.skills.length} skills` +
    (required > 0 ? `, ${required - missingRequired.length} of ${required} required` : '') +
    (matched.some((m) => m.how === 'implied') ? ` (${matched.filter((m) => m.how === 'implied').length} through related skills)` : '');
  return { score, detail, matched, missingRequired, missingPreferred };
}

function experienceCriterion(years: number, level: string, weights: MatchWeights): { score: number; detail: string } | undefined {
  const range = weights.levelYears[level];
  if (!range) return undefined;
  const [from, to] = range;
  const asked = `${from}${to >= 40 ? '+' : `-${to}`} years for a ${level} role`;
  if (years < from) return { score: from === 0 ? 1 : Math.max(0, years / from), detail: `${years} years of experience; ${asked}` };
  if (years > to) {
    return { score: 1 - Math.min(weights.overqualifiedMax, (years - to) * weights.overqualifiedPerYear), detail: `${years} years, more than the ${asked}` };
  }
  return { score: 1, detail: `${years} years of experience, as asked (${asked})` };
}

function locationCriterion(candidate: PreparedCandidate, job: PreparedJob, weights: MatchWeights) {
  const remote = job.input.remoteType ?? 'onsite';
  const preference = candidate.input.remotePreference ?? 'any';
  const fit = weights.remoteFit[preference]?.[remote] ?? 1;
  if (remote === 'remote') return { score: fit, detail: preference === 'onsite' ? 'A remote job; you prefer on-site work' : 'A remote job' };
  if (job.place.size === 0 || candidate.place.size === 0) {
    return { score: fit, detail: `A ${remote === 'hybrid' ? 'hybrid' : 'on-site'} job${job.place.size === 0 ? ' without a location' : ''}` };
  }
  const [city] = job.place;
  let where: number = weights.location.elsewhere;
  let said = `far from ${job.input.location}`;
  if (city !== undefined && candidate.place.has(city)) {
    where = weights.location.sameCity;
    said = `in ${job.input.location}, where you are`;
  } else if ([...job.place].some((part) => candidate.place.has(part))) {
    where = weights.location.sameArea;
    said = `in ${job.input.location}, in your region`;
  }
  return { score: fit * where, detail: `${remote === 'hybrid' ? 'Hybrid' : 'On-site'} ${said}` };
}

function salaryCriterion(candidate: PreparedCandidate, job: PreparedJob): { score: number; detail: string } | string {
  const want = candidate.salaryYearly;
  const offer = job.salaryYearly;
  if (!offer) return 'The job gives no salary.';
  if (!want || want.min == null) return 'Your profile gives no salary expectation.';
  if (want.currency !== offer.currency) return `The salary is in ${offer.currency}, your expectation in ${want.currency}.`;
  const top = offer.max ?? offer.min ?? 0;
  if (top >= want.min) return { score: 1, detail: 'The salary range reaches your expectation' };
  const ratio = Math.max(0, top / want.min);
  return { score: ratio * ratio, detail: `The salary tops out at ${pct(ratio)} of your expectation` };
}

function titleCriterion(candidate: PreparedCandidate, job: PreparedJob) {
  let best = 0;
  for (const title of candidate.titles) {
    const same = sameGroup(title, job.title);
    best = Math.max(best, same ? 1 : titleOverlap(title.terms, job.title.terms));
    if (best === 1) break;
  }
  const detail = best === 1 ? 'You have held this title' : best > 0 ? 'Your titles are close to this one' : 'None of your titles is like this one';
  return { score: best, detail };
}

/** What a candidate lacks for any score at all (empty when they can be scored). */
export function missingForMatch(candidate: MatchCandidate, job: MatchJob): MatchNotScored['missing'] {
  const missing: MatchNotScored['missing'] = [];
  if (candidate.skills.length === 0 && job.skills.length > 0) missing.push('skills');
  if (candidate.titles.every((title) => !title.trim())) missing.push('titles');
  if (candidate.totalYears == null) missing.push('experience');
  // Skills, or else both titles and years: anything less is too little to score honestly.
  return missing.includes('skills') || (missing.includes('titles') && missing.includes('experience')) ? missing : [];
}

export function scoreMatch(candidate: PreparedCandidate, job: PreparedJob, context: MatchContext): MatchResult {
  const weights = context.weights;
  const missing = missingForMatch(candidate.input, job.input);
  if (missing.length > 0) return { scored: false, missing, message: NOT_ENOUGH_DATA_MESSAGE };

  const parts: { key: CriterionKey; score: number; detail: string }[] = [];
  const skipped: MatchScored['skipped'] = [];
  let skills: ReturnType<typeof skillsCriterion> | undefined;
  if (job.input.skills.length > 0) {
    skills = skillsCriterion(candidate, job, weights);
    parts.push({ key: 'skills', score: skills.score, detail: skills.detail });
  } else skipped.push({ key: 'skills', why: 'The job lists no skills.' });

  const years = candidate.input.totalYears;
  const experience = years == null || !job.input.experienceLevel ? undefined : experienceCriterion(years, job.input.experienceLevel, weights);
  if (experience) parts.push({ key: 'experience', ...experience });
  else skipped.push({ key: 'experience', why: years == null ? 'Your profile gives no years of experience.' : 'The job gives no level.' });

  if (candidate.titles.length > 0) parts.push({ key: 'title', ...titleCriterion(candidate, job) });
  else skipped.push({ key: 'title', why: 'Your profile lists no job titles.' });

  parts.push({ key: 'location', ...locationCriterion(candidate, job, weights) });

  const salary = salaryCriterion(candidate, job);
  if (typeof salary === 'string') skipped.push({ key: 'salary', why: salary });
  else parts.push({ key: 'salary', ...salary });

  if (candidate.text.norm > 0 && job.text.norm > 0) {
    const similarity = cosine(candidate.text, job.text);
    // Cosine of two real texts rarely passes 0.5: scaled so a strong overlap reads as a strong score.
    const score = Math.min(1, similarity * 2);
    parts.push({ key: 'text', score, detail: score >= 0.6 ? 'Your experience reads much like the description' : score >= 0.3 ? 'Your experience shares some of the description' : 'Your experience shares little of the description' });
  } else skipped.push({ key: 'text', why: 'Your profile has no summary or experience text.' });

  const weightSum = parts.reduce((sum, part) => sum + weights.criteria[part.key], 0);
  let total = 0;
  const criteria = parts.map((part) => {
    const weight = weights.criteria[part.key] / weightSum;
    total += weight * part.score;
    return { key: part.key, score: Math.round(part.score * 100) / 100, weight: Math.round(weight * 100) / 100, detail: part.detail };
  });
  return {
    scored: true,
    total: Math.max(0, Math.min(100, Math.round(total * 100))),
    criteria,
    matchedSkills: skills?.matched ?? [],
    missingRequired: skills?.missingRequired ?? [],
    missingPreferred: skills?.missingPreferred ?? [],
    skipped,
  };
}

export interface Ranked<T> {
  item: T;
  result: MatchScored;
}

/** The best `limit` by score (ties keep input order); unscored pairs are left out. */
function topN<T>(pairs: Iterable<{ item: T; result: MatchResult }>, limit: number): Ranked<T>[] {
  const kept: Ranked<T>[] = [];
  for (const { item, result } of pairs) if (result.scored) kept.push({ item, result });
  return kept
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.result.total - a.entry.result.total || a.index - b.index)
    .slice(0, limit)
    .map(({ entry }) => entry);
}

export function rankJobsForCandidate<J extends { prepared: PreparedJob }>(candidate: PreparedCandidate, jobs: readonly J[], context: MatchContext, limit: number): Ranked<J>[] {
  return topN(
    jobs.map((job) => ({ item: job, result: scoreMatch(candidate, job.prepared, context) })),
    limit,
  );
}

export function rankCandidatesForJob<C extends { prepared: PreparedCandidate }>(job: PreparedJob, candidates: readonly C[], context: MatchContext, limit: number): Ranked<C>[] {
  return topN(
    candidates.map((candidate) => ({ item: candidate, result: scoreMatch(candidate.prepared, job, context) })),
    limit,
  );
}
