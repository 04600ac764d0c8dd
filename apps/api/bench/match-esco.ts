// The ESCO quality set of `pnpm bench match`: jobs and candidate profiles written for real ESCO occupations
// (packages/db/data/demo-source.json) with the demo generator's pieces, so the ground truth is known and the set is
// as hard as the taxonomy makes it: occupations of one ISCO minor group (the first three digits) share skills.
//   jobs        per occupation, its title or an alternative one with a level word, a sample of its essential
//               skills required and of the rest (essential and optional) preferred or nice to have, the ESCO
//               description in the ad, a level, city and remote type as the demo data draws them
//   candidates  per occupation, a current title that is an alternative title (half), the plain title (three in
//               ten) or none (a skills-only profile), experience entries (a past one sometimes in a related
//               occupation), and a partial, noisy skill set: some essential, some optional, a few of a related
//               occupation (same ISCO minor group) and a few at random
// Judgement is graded: 2 for the candidate's own occupation, 1 for another in its ISCO minor group, 0 otherwise.
import { sql, type Insertable, type Kysely } from 'kysely';
import {
  candidateHeadline,
  candidateSummary,
  cityLabel,
  createRandom,
  jobDescription,
  jobTitle,
  levelFor,
  loadDemoSourceFile,
  pickCity,
  pickEmployment,
  pickRemote,
  REQUIREMENT_WEIGHT,
  yearsFor,
  type DemoOccupation,
  type Random,
} from '@hotgigs/db/seed';
import { prepareCandidate, prepareJob, scoreMatch, type MatchCandidate, type MatchContext, type MatchJob, type PreparedCandidate } from '@hotgigs/ai';
import { REMOTE_PREFERENCES, type DB, type ExperienceEntryRow, type JobSkillsTable, type JobsTable, type SkillRequirement } from '@hotgigs/shared';
import { invitableCandidates, recommendedJobs } from '../src/domains/matching/service.ts';
import { matchEngine } from '../src/domains/matching/engine.ts';
import { loadMatchCandidates, loadMatchJobs } from '../src/domains/matching/load.ts';

export interface EscoSetOptions {
  /** Occupations to use, a deterministic sample of the 434 (all by default). */
  occupations: number;
  jobsPerOccupation: number;
  candidatesPerOccupation: number;
  /** Candidates and jobs whose rankings are judged. */
  sample: number;
}

type TitleKind = 'alternative title' | 'plain title' | 'no title';

interface Skill {
  id: string;
  name: string;
  category: string;
}

interface Occupation {
  index: number;
  source: DemoOccupation;
  minor: string;
  essential: Skill[];
  optional: Skill[];
  /** Other occupations of its ISCO minor group (or, alone there, of its sub-major group). */
  related: Occupation[];
}

interface EscoSet {
  occupations: Occupation[];
  jobOccupation: Map<string, Occupation>;
  candidateOccupation: Map<string, Occupation>;
  candidateTitle: Map<string, TitleKind>;
}

const DAY_MS = 86_400_000;

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unique(skills: Skill[]): Skill[] {
  const seen = new Set<string>();
  return skills.filter((s) => !seen.has(s.id) && seen.add(s.id));
}

async function prepareOccupations(db: Kysely<DB>, count: number, random: Random): Promise<Occupation[]> {
  const source = loadDemoSourceFile();
  const skills = new Map((await db.selectFrom('skills').select(['id', 'slug', 'name', 'category']).execute()).map((s) => [s.slug, s]));
  const resolve = (slugs: string[]) => slugs.flatMap((slug) => skills.get(slug) ?? []);
  const chosen = count >= source.occupations.length ? source.occupations : random.sample(source.occupations, count);
  const occupations = chosen.map((o, index) => ({ index, source: o, minor: o.isco.slice(0, 3), essential: resolve(o.essential), optional: resolve(o.optional), related: [] as Occupation[] }));
  for (const o of occupations) {
    o.related = occupations.filter((other) => other !== o && other.minor === o.minor);
    if (o.related.length === 0) o.related = occupations.filter((other) => other !== o && other.source.isco.slice(0, 2) === o.source.isco.slice(0, 2));
  }
  return occupations.filter((o) => o.essential.length > 0);
}

/** Graded relevance of something written for `item` to someone looking for `own`. */
function relevance(own: Occupation, item: Occupation | undefined): number {
  if (!item) return 0;
  if (item === own) return 2;
  return item.minor === own.minor ? 1 : 0;
}

export async function seedEscoSet(db: Kysely<DB>, options: EscoSetOptions, now: Date): Promise<EscoSet> {
  const random = createRandom(12);
  const ids = createRandom(12 ^ 0x9e3779b9);
  const source = loadDemoSourceFile();
  const occupations = await prepareOccupations(db, options.occupations, random);

  // One company per industry; an occupation's jobs are posted by the industry that hires for it.
  const companies = source.industries.map((industry, i) => ({
    id: ids.uuid(),
    name: `${source.companyNameParts.first[i % source.companyNameParts.first.length]}${source.companyNameParts.second[i % source.companyNameParts.second.length]} ${industry.nameSuffixes[0] ?? 'Group'}`,
    industry,
  }));
  await db
    .insertInto('companies')
    .values(companies.map((c, i) => ({ id: c.id, name: c.name, slug: `esco-${i}` })))
    .execute();
  const companyFor = (o: Occupation) => companies.find((c) => c.industry.iscoPrefixes.some((p) => o.source.isco.startsWith(p))) ?? companies[0]!;

  const jobOccupation = new Map<string, Occupation>();
  const jobs: Insertable<JobsTable>[] = [];
  const jobSkills: Insertable<JobSkillsTable>[] = [];
  for (const o of occupations) {
    const company = companyFor(o);
    for (let k = 0; k < options.jobsPerOccupation; k++) {
      const { source: s } = o;
      const base = s.altTitles.length > 0 && random.chance(0.4) ? random.pick(s.altTitles) : s.title;
      const level = levelFor(base, s.isco, random);
      const title = jobTitle(base, level, random);
      const remote = pickRemote(s.isco, random);
      const employmentType = pickEmployment(level, s.isco, random);
      const location = cityLabel(pickCity(source.cities, random));
      const essential = random.sample(o.essential, o.essential.length);
      const requiredCount = Math.min(essential.length, random.int(2, 5));
      const required = essential.slice(0, requiredCount);
      const preferred = random.sample([...essential.slice(requiredCount), ...o.optional], random.int(1, 3));
      const niceToHave = random.sample(o.optional, random.int(0, 2));
      const id = ids.uuid();
      jobOccupation.set(id, o);
      const publishedAt = new Date(now.getTime() - Math.floor(random.float() * 60 * DAY_MS));
      jobs.push({
        id,
        company_id: company.id,
        title,
        description: jobDescription(
          {
            title,
            company: company.name,
            industry: company.industry.name,
            activity: random.pick(company.industry.activities),
            location,
            remote,
            employmentType,
            occupationDescription: s.description,
            tasks: random.sample(o.essential.filter((x) => x.category === 'skill'), random.int(3, 5)).map((x) => x.name),
            shiftWork: false,
          },
          random,
        ),
        location,
        remote,
        employment_type: employmentType,
        experience_level: level,
        status: 'published',
        published_at: publishedAt,
        created_at: publishedAt,
        updated_at: publishedAt,
      });
      const seen = new Set<string>();
      for (const [list, requirement] of [
        [required, 'required'],
        [preferred, 'preferred'],
        [niceToHave, 'nice_to_have'],
      ] as [Skill[], SkillRequirement][]) {
        for (const skill of list) {
          if (seen.has(skill.id)) continue;
          seen.add(skill.id);
          jobSkills.push({ job_id: id, skill_id: skill.id, requirement, weight: REQUIREMENT_WEIGHT[requirement] });
        }
      }
    }
  }
  for (let i = 0; i < jobs.length; i += 1000) await db.insertInto('jobs').values(jobs.slice(i, i + 1000)).execute();
  for (let i = 0; i < jobSkills.length; i += 5000) await db.insertInto('job_skills').values(jobSkills.slice(i, i + 5000)).execute();

  const everySkill = unique(occupations.flatMap((o) => o.essential));
  const candidateOccupation = new Map<string, Occupation>();
  const candidateTitle = new Map<string, TitleKind>();
  const users: { id: string; email: string; role: 'candidate' }[] = [];
  const candidates: Insertable<DB['candidates']>[] = [];
  const candidateSkills: Insertable<DB['candidate_skills']>[] = [];
  for (const o of occupations) {
    for (let k = 0; k < options.candidatesPerOccupation; k++) {
      const { source: s } = o;
      const roll = random.float();
      const kind: TitleKind = roll < 0.5 && s.altTitles.length > 0 ? 'alternative title' : roll < 0.8 ? 'plain title' : 'no title';
      const level = levelFor(s.title, s.isco, random);
      const years = yearsFor(level, random);
      const current = kind === 'alternative title' ? jobTitle(random.pick(s.altTitles), level, random) : kind === 'plain title' ? jobTitle(s.title, level, random) : null;
      const city = pickCity(source.cities, random);
      const related = o.related.length > 0 ? random.pick(o.related) : undefined;
      const held = unique([
        ...random.sample(o.essential, random.int(3, 7)),
        ...random.sample(o.optional, random.int(0, 3)),
        ...(related ? random.sample(related.essential, random.int(1, 3)) : []),
        ...random.sample(everySkill, random.int(0, 2)),
      ]);
      const tasksOf = (of: Occupation, n: number) => random.sample(of.essential.filter((x) => x.category === 'skill'), n).map((x) => sentenceCase(x.name));
      const experience: ExperienceEntryRow[] = [];
      if (current) {
        const firstYear = now.getUTCFullYear() - years;
        const company = random.pick(companies).name;
        experience.push({ title: current, company, location: cityLabel(city), start: `${firstYear + Math.floor(years / 2)}-01`, end: null, current: true, bullets: tasksOf(o, random.int(2, 3)) });
        if (years >= 3 && random.chance(0.6)) {
          // An earlier job: the same occupation a level down, or (a career move) a related one.
          const past = related && random.chance(0.3) ? related : o;
          experience.push({
            title: jobTitle(past.source.title, years >= 6 ? 'mid' : 'junior', random),
            company: random.pick(companies).name,
            location: cityLabel(city),
            start: `${firstYear}-01`,
            end: `${firstYear + Math.floor(years / 2)}-01`,
            current: false,
            bullets: tasksOf(past, random.int(1, 3)),
          });
        }
      }
      const profile = { title: current ?? 'Professional', years, industry: companyFor(o).industry.name, skills: held, city: city.city };
      const userId = ids.uuid();
      const id = ids.uuid();
      users.push({ id: userId, email: `esco${users.length}@bench.example`, role: 'candidate' });
      candidates.push({
        id,
        user_id: userId,
        first_name: 'Cand',
        last_name: `${o.index}-${k}`,
        headline: current ? candidateHeadline(profile) : null,
        current_title: current,
        years_experience: years,
        summary: candidateSummary(profile, random),
        experience: JSON.stringify(experience),
        location: cityLabel(city),
        remote_preference: random.pick(REMOTE_PREFERENCES),
      });
      for (const skill of held) {
        candidateSkills.push({ candidate_id: id, skill_id: skill.id, years: random.chance(0.3) ? null : random.int(1, Math.max(1, years)), source: 'self' });
      }
      candidateOccupation.set(id, o);
      candidateTitle.set(id, kind);
    }
  }
  for (let i = 0; i < users.length; i += 2000) await db.insertInto('users').values(users.slice(i, i + 2000)).execute();
  for (let i = 0; i < candidates.length; i += 1000) await db.insertInto('candidates').values(candidates.slice(i, i + 1000)).execute();
  for (let i = 0; i < candidateSkills.length; i += 5000) await db.insertInto('candidate_skills').values(candidateSkills.slice(i, i + 5000)).execute();
  await sql`ANALYZE`.execute(db);
  return { occupations, jobOccupation, candidateOccupation, candidateTitle };
}

/** NDCG@10 with gain 2^rel - 1 against the ideal order of everything judged, and the reciprocal rank of the first 2. */
function judge(relevances: number[], all: number[]): { ndcg: number; rr: number } {
  const dcg = (list: number[]) => list.slice(0, 10).reduce((sum, r, k) => sum + (2 ** r - 1) / Math.log2(k + 2), 0);
  const ideal = dcg([...all].sort((a, b) => b - a));
  const first = relevances.indexOf(2);
  return { ndcg: ideal > 0 ? dcg(relevances) / ideal : 0, rr: first < 0 ? 0 : 1 / (first + 1) };
}

class Tally {
  n = 0;
  ndcg = 0;
  rr = 0;
  ownAt10 = 0;
  firstRelevant = 0;
  add(relevances: number[], all: number[]) {
    const { ndcg, rr } = judge(relevances, all);
    this.n++;
    this.ndcg += ndcg;
    this.rr += rr;
    this.ownAt10 += relevances.filter((r) => r === 2).length / Math.min(10, all.filter((r) => r === 2).length || 1);
    if (relevances[0] !== undefined && relevances[0] > 0) this.firstRelevant++;
  }
  line(label: string) {
    const n = this.n || 1;
    return `  ${label.padEnd(34)} ${String(this.n).padStart(4)}  NDCG@10 ${(this.ndcg / n).toFixed(3)}  MRR ${(this.rr / n).toFixed(3)}  own recall@10 ${(this.ownAt10 / n).toFixed(3)}  top 1 in group ${((100 * this.firstRelevant) / n).toFixed(0).padStart(3)}%`;
  }
}

/** Every `count`-th of `items`, spread over the whole list (the lists are in occupation order). */
function spread<T>(items: readonly T[], count: number): T[] {
  const n = Math.min(count, items.length);
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

export async function evaluateEscoSet(db: Kysely<DB>, set: EscoSet, options: EscoSetOptions & { examples: number }, now: Date): Promise<void> {
  const engine = await matchEngine(db);
  const context = engine.context;
  const jobIds = [...set.jobOccupation.keys()];
  const candidateIds = [...set.candidateOccupation.keys()];
  const jobRelevances = (own: Occupation) => jobIds.map((id) => relevance(own, set.jobOccupation.get(id)));
  const candidateRelevances = (own: Occupation) => candidateIds.map((id) => relevance(own, set.candidateOccupation.get(id)));

  // Jobs for a candidate, through the service (SQL pool by skill overlap, then the scorer).
  const sampledCandidates = spread(candidateIds, options.sample);
  const all = new Tally();
  const byTitle = new Map<TitleKind, Tally>();
  const recommended = new Map<string, string[]>();
  const worst: { id: string; ndcg: number }[] = [];
  for (const id of sampledCandidates) {
    const own = set.candidateOccupation.get(id)!;
    const items = (await recommendedJobs({ db }, id, { filters: {}, page: 1, limit: 10 }, now)).items;
    recommended.set(id, items.map((i) => i.job.id));
    const relevances = items.map((item) => relevance(own, set.jobOccupation.get(item.job.id)));
    const ideal = jobRelevances(own);
    all.add(relevances, ideal);
    const kind = set.candidateTitle.get(id)!;
    if (!byTitle.has(kind)) byTitle.set(kind, new Tally());
    byTitle.get(kind)!.add(relevances, ideal);
    worst.push({ id, ndcg: judge(relevances, ideal).ndcg });
  }

  // The same candidates with the scorer alone over every job of the set: what the SQL pool costs, if anything.
  const [candidates, jobs] = await Promise.all([loadMatchCandidates(db, sampledCandidates, context.graph), loadMatchJobs(db, jobIds)]);
  const preparedJobs = jobIds.map((id) => ({ id, prepared: prepareJob(jobs.get(id)!, context) }));
  // And once more without the two criteria the labels know nothing about (where the job is, its level): not a
  // weighting to adopt (a candidate does care where a job is), but how much of the loss is theirs.
  const unpooled = new Tally();
  const occupationOnly = new Tally();
  const labelBlind: MatchContext = {
    ...context,
    weights: { ...context.weights, criteria: { ...context.weights.criteria, location: 0, experience: 0 } } as unknown as MatchContext['weights'],
  };
  const rankAll = (prepared: PreparedCandidate, own: Occupation, on: MatchContext) =>
    preparedJobs
      .flatMap((job) => {
        const result = scoreMatch(prepared, job.prepared, on);
        return result.scored ? [{ id: job.id, total: result.total }] : [];
      })
      .sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : 1)) // ties by id: random, not by occupation order
      .slice(0, 10)
      .map((r) => relevance(own, set.jobOccupation.get(r.id)));
  for (const id of sampledCandidates) {
    const own = set.candidateOccupation.get(id)!;
    const prepared = prepareCandidate(candidates.get(id)!, context);
    unpooled.add(rankAll(prepared, own, context), jobRelevances(own));
    occupationOnly.add(rankAll(prepared, own, labelBlind), jobRelevances(own));
  }

  // Two things the scorer reads: titles (is an own-occupation job's title seen as the candidate's?) and skills
  // (which of them bring in jobs of unrelated occupations?).
  let titledPairs = 0;
  let sameTitle = 0;
  let noTitleOverlap = 0;
  const pullers = new Map<string, { name: string; count: number }>();
  const listedBy = new Map<string, number>();
  for (const o of set.occupations) for (const skill of unique([...o.essential, ...o.optional])) listedBy.set(skill.id, (listedBy.get(skill.id) ?? 0) + 1);
  for (const id of sampledCandidates) {
    const own = set.candidateOccupation.get(id)!;
    const prepared = prepareCandidate(candidates.get(id)!, context);
    if (prepared.titles.length > 0) {
      for (const jobId of jobIds.filter((j) => set.jobOccupation.get(j) === own)) {
        const result = scoreMatch(prepared, prepareJob(jobs.get(jobId)!, context), context);
        const title = result.scored ? result.criteria.find((c) => c.key === 'title') : undefined;
        if (!title) continue;
        titledPairs++;
        if (title.score === 1) sameTitle++;
        if (title.score === 0) noTitleOverlap++;
      }
    }
    for (const jobId of recommended.get(id) ?? []) {
      if (relevance(own, set.jobOccupation.get(jobId)) > 0) continue;
      const result = scoreMatch(prepared, prepareJob(jobs.get(jobId)!, context), context);
      if (!result.scored) continue;
      for (const skill of result.matchedSkills) {
        const entry = pullers.get(skill.skillId) ?? { name: skill.name, count: 0 };
        entry.count++;
        pullers.set(skill.skillId, entry);
      }
    }
  }

  // Candidates for a job, through the service.
  const sampledJobs = spread(jobIds, options.sample);
  const invite = new Tally();
  for (const id of sampledJobs) {
    const own = set.jobOccupation.get(id)!;
    const ranked = await invitableCandidates({ db }, id, 10, now);
    invite.add(
      ranked.map((c) => relevance(own, set.candidateOccupation.get(c.candidateId))),
      candidateRelevances(own),
    );
  }

  // Monotonicity: a sampled candidate against its own occupation's jobs and its recommended ones; remove the held
  // skills the job asks for one at a time: the score must never rise, and should drop at each step.
  let singles = 0;
  const single = { lower: 0, equal: 0, higher: 0 };
  let chains = 0;
  let chainsNeverRose = 0;
  let chainsStrict = 0;
  for (const id of sampledCandidates) {
    const candidate = candidates.get(id)!;
    const own = set.candidateOccupation.get(id)!;
    const pairs = new Set([...jobIds.filter((j) => set.jobOccupation.get(j) === own), ...(recommended.get(id) ?? [])]);
    const base = prepareCandidate(candidate, context);
    for (const jobId of pairs) {
      const job = jobs.get(jobId)!;
      const prepared = prepareJob(job, context);
      const start = scoreMatch(base, prepared, context);
      if (!start.scored) continue;
      const asked = candidate.skills.filter((s) => job.skills.some((j) => j.skillId === s.skillId));
      for (const skill of asked) {
        const less = scoreMatch(prepareCandidate({ ...candidate, skills: candidate.skills.filter((s) => s !== skill) }, context), prepared, context);
        if (!less.scored) continue;
        singles++;
        if (less.total < start.total) single.lower++;
        else if (less.total > start.total) single.higher++;
        else single.equal++;
      }
      if (asked.length < 2) continue;
      chains++;
      let previous = start.total;
      let rose = false;
      let strict = true;
      let remaining: MatchCandidate['skills'] = candidate.skills;
      for (const skill of asked) {
        remaining = remaining.filter((s) => s !== skill);
        const step = scoreMatch(prepareCandidate({ ...candidate, skills: remaining }, context), prepared, context);
        const total = step.scored ? step.total : 0;
        if (total > previous) rose = true;
        if (total >= previous) strict = false;
        previous = total;
      }
      if (!rose) chainsNeverRose++;
      if (strict) chainsStrict++;
    }
  }

  const jobsPer = options.jobsPerOccupation;
  console.log(
    `  ESCO set: ${set.occupations.length} occupations in ${new Set(set.occupations.map((o) => o.minor)).size} ISCO minor groups, ${jobIds.length} jobs (${jobsPer} each), ${candidateIds.length} profiles (${options.candidatesPerOccupation} each); relevance 2 own occupation, 1 same ISCO minor group`,
  );
  console.log('  recommended jobs for a candidate (top 10)');
  console.log(all.line('all sampled candidates'));
  for (const kind of ['alternative title', 'plain title', 'no title'] as const) if (byTitle.has(kind)) console.log(byTitle.get(kind)!.line(`  profile with ${kind}`));
  console.log(unpooled.line('  scorer alone over every job'));
  console.log(occupationOnly.line('  same, location and level ignored'));
  console.log('  candidates to invite for a job (top 10)');
  console.log(invite.line('all sampled jobs'));
  console.log(`  one asked-for skill removed (${singles} cases): score lower in ${single.lower}, equal in ${single.equal}, higher in ${single.higher}`);
  console.log(`  asked-for skills removed one at a time (${chains} pairs with 2+): never rose in ${chainsNeverRose}, fell at every step in ${chainsStrict}`);
  console.log(
    `  titles: of ${titledPairs} (titled candidate, own-occupation job) pairs, the title counts as the same in ${((100 * sameTitle) / (titledPairs || 1)).toFixed(0)}%, shares no word in ${((100 * noTitleOverlap) / (titledPairs || 1)).toFixed(0)}%`,
  );
  const top = [...pullers].sort((a, b) => b[1].count - a[1].count).slice(0, 5);
  console.log(`  skills matched most often in unrelated jobs of the top 10s (occupations listing each): ${top.map(([skillId, p]) => `${p.name} ${p.count} (${listedBy.get(skillId) ?? 0})`).join(', ')}`);

  if (options.examples > 0) {
    worst.sort((a, b) => a.ndcg - b.ndcg);
    for (const { id } of worst.slice(0, options.examples)) {
      const own = set.candidateOccupation.get(id)!;
      const candidate = candidates.get(id)!;
      const prepared = prepareCandidate(candidate, context);
      console.log(`\n  example: profile for "${own.source.title}" (${own.source.isco}), titles [${candidate.titles.join(' | ')}], ${candidate.skills.length} skills: ${candidate.skills.map((s) => s.name).join(', ')}`);
      const show = (label: string, jobId: string) => {
        const job = jobs.get(jobId)! as MatchJob;
        const result = scoreMatch(prepared, prepareJob(job, context), context);
        if (!result.scored) return;
        const o = set.jobOccupation.get(jobId)!;
        const parts = result.criteria.map((c) => `${c.key} ${c.score.toFixed(2)}`).join(', ');
        console.log(
          `    ${label} ${String(result.total).padStart(3)}  rel ${relevance(own, o)}  "${job.title}" [${o.source.isco}] (${parts}; ${result.matchedSkills.length}/${job.skills.length} skills: ${result.matchedSkills.map((m) => m.name).join(', ')})`,
        );
      };
      for (const jobId of (recommended.get(id) ?? []).slice(0, 3)) show('top ', jobId);
      for (const jobId of jobIds.filter((j) => set.jobOccupation.get(j) === own).slice(0, 2)) show('own ', jobId);
    }
  }
}
