// The demo data set: fictional companies with recruiters, candidates with skills, and N published jobs with
// skills, salaries and locations, drawn from data/demo-source.json by a seeded Random: the same seed gives the
// same content. Dates are spread back from `now`. Runs once per database: a second run changes nothing.
import { sql, type Insertable, type Kysely } from 'kysely';
import {
  COMPANY_SIZES,
  PROFILE_VISIBILITIES,
  REMOTE_PREFERENCES,
  type CompanySize,
  type DB,
  type EmploymentType,
  type ExperienceLevel,
  type JobSkillsTable,
  type JobsTable,
  type RemoteType,
  type SalaryPeriod,
  type SkillRequirement,
} from '@hotgigs/shared';
import { loadDemoSourceFile, type DemoCity, type DemoIndustry, type DemoOccupation, type DemoSourceFile, type TechStack } from './data-files.ts';
import {
  candidateHeadline,
  candidateSummary,
  jobDescription,
  jobRequirements,
  jobTitle,
  recruiterBio,
  type SkillMention,
} from './demo-text.ts';
import { createRandom, type Random } from './random.ts';
import { refreshSearchTerms } from '../search-terms.ts';

/** Every demo user's email is at this domain (reserved by RFC 2606): how demo data is recognised. */
export const DEMO_EMAIL_DOMAIN = 'demo.hotgigs.example';

export interface SeedDemoOptions {
  /** Published jobs to create. */
  jobs?: number;
  seed?: number;
  /** The moment the data is "as of": jobs are published in the 60 days before it. Default: today, 00:00 UTC. */
  now?: Date;
  log?: (message: string) => void;
}

export interface SeedDemoResult {
  /** True when demo data was already there and nothing was written. */
  alreadySeeded: boolean;
  companies: number;
  recruiters: number;
  candidates: number;
  candidateSkills: number;
  jobs: number;
  jobSkills: number;
}

const COMPANIES = 40;
const RECRUITERS = 60;
const CANDIDATES = 200;
/** Jobs per transaction: 1,000 jobs (19 columns) and their <= 10,000 skills (5 columns) stay below 65,535 parameters. */
const JOBS_PER_CHUNK = 1000;
const PUBLISHED_WITHIN_DAYS = 60;
const DAY_MS = 86_400_000;

/** Occupations every kind of company hires for: finance, HR, sales and marketing, ICT, office work. */
const GENERAL_ISCO = /^(1211|1212|1219|1221|241|2421|2423|2431|25|3313|3322|3343|3512|411|412|431|4416)/;
const TECH_ISCO = /^(25|35|1330)/;
/** Hospitality, sales, the trades and chefs: levels stop at senior, pay is often by the hour. */
const SHIFT_ISCO = /^([5789]|3434)/;
/** Work that shifts and rotas organise, including health care: its ads offer shift perks. */
const SHIFT_WORK_ISCO = /^([5789]|3434|22|32)/;
/** Work done where the patients, customers, sites or machines are. */
const ON_SITE_ISCO = /^([5789]|22|31|32|34)/;
const OFFICE_ISCO = /^(12|24|33|41|42|43|44)/;
const EXECUTIVE_TITLE = /\b(chief|director|head of|president)\b/i;
const MANAGER_TITLE = /\b(manager|supervisor|coordinator)\b/i;

const LEVEL_WEIGHTS: [ExperienceLevel, number][] = [
  ['entry', 8],
  ['junior', 17],
  ['mid', 35],
  ['senior', 25],
  ['lead', 10],
];
const LEVEL_YEARS: Record<ExperienceLevel, number> = { entry: 0, junior: 1, mid: 3, senior: 5, lead: 8, executive: 10 };
/** Where in the sorted salary bands a level's pay sits (0 lowest, 1 highest). */
const LEVEL_PAY_QUANTILE: Record<ExperienceLevel, number> = {
  entry: 0.1,
  junior: 0.25,
  mid: 0.45,
  senior: 0.65,
  lead: 0.8,
  executive: 0.93,
};
const COMPANY_SIZE_WEIGHTS: [CompanySize, number][] = COMPANY_SIZES.map((size, i) => [size, [2, 4, 5, 4, 2, 1][i] ?? 1]);
/** Bigger companies post more of the jobs. */
const HIRING_WEIGHT: Record<CompanySize, number> = { '1-10': 1, '11-50': 2, '51-200': 4, '201-1000': 6, '1001-5000': 8, '5000+': 10 };
export const REQUIREMENT_WEIGHT: Record<SkillRequirement, number> = { required: 1, preferred: 0.6, nice_to_have: 0.3 };
/** Job ads in these countries often ask for the local language. */
const LOCAL_LANGUAGE: Record<string, string> = {
  BR: 'portuguese', CH: 'german', CZ: 'czech', DE: 'german', DK: 'danish', ES: 'spanish', FR: 'french', JP: 'japanese',
  MX: 'spanish', NL: 'dutch', PL: 'polish', PT: 'portuguese', SE: 'swedish',
};

interface SeedSkill extends SkillMention {
  id: string;
}

interface Occupation {
  source: DemoOccupation;
  essential: SeedSkill[];
  optional: SeedSkill[];
  /** ESCO's task-like essential skills: the bullets of "What you will do". */
  tasks: SeedSkill[];
  /** Tech stacks to add to its jobs; empty for non-tech occupations. */
  stacks: SeedSkill[][];
}

interface Company {
  id: string;
  name: string;
  industry: DemoIndustry;
  city: DemoCity;
  size: CompanySize;
  /** What it does (from its industry's list), as the object of "We ...". */
  activities: string[];
  recruiterIds: string[];
}

interface Pools {
  source: DemoSourceFile;
  skillsBySlug: Map<string, SeedSkill>;
  occupations: Occupation[];
  general: Occupation[];
  tech: Occupation[];
  byIndustry: Map<string, Occupation[]>;
  bands: Record<'year' | 'hour' | 'day', { min: number; max: number }[]>;
}

export async function seedDemo(db: Kysely<DB>, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const jobCount = options.jobs ?? 2000;
  const seed = options.seed ?? 42;
  const now = options.now ?? startOfUtcDay(new Date());
  const log = options.log ?? (() => {});
  const result: SeedDemoResult = {
    alreadySeeded: false,
    companies: 0,
    recruiters: 0,
    candidates: 0,
    candidateSkills: 0,
    jobs: 0,
    jobSkills: 0,
  };

  const existing = await db
    .selectFrom('users')
    .select('id')
    .where('email', 'like', `%@${DEMO_EMAIL_DOMAIN}`)
    .limit(1)
    .executeTakeFirst();
  if (existing) {
    log(`demo data is already present (users @${DEMO_EMAIL_DOMAIN}); nothing to do`);
    return { ...result, alreadySeeded: true };
  }

  const pools = await preparePools(db);
  // Content and ids draw from separate streams, so a change in how ids are made never changes the text.
  const random = createRandom(seed);
  const ids = createRandom(seed ^ 0x9e3779b9);
  const takenCompanySlugs = new Set((await db.selectFrom('companies').select('slug').execute()).map((c) => c.slug));

  const companies = makeCompanies(pools, random, ids, takenCompanySlugs);
  const people = makePeople(pools, random);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('companies')
      .values(
        companies.map((c) => ({
          id: c.id,
          name: c.name,
          slug: companySlug(c.name),
          website: `https://${companySlug(c.name)}.example`,
          description: companyDescription(c),
          location: cityLabel(c.city),
          size: c.size,
        })),
      )
      .execute();
    result.companies = companies.length;

    const recruiters = Array.from({ length: RECRUITERS }, (_, i) => {
      // Every company gets one recruiter (its owner); the rest join companies at random.
      const company = companies[i] ?? random.pick(companies);
      const person = people.next();
      const recruiter = { id: ids.uuid(), userId: ids.uuid(), company, person, owner: i < companies.length };
      company.recruiterIds.push(recruiter.id);
      return recruiter;
    });
    await insertUsers(trx, recruiters.map((r) => ({ id: r.userId, email: r.person.email, role: 'recruiter' })), now);
    await trx
      .insertInto('recruiters')
      .values(
        recruiters.map((r) => ({
          id: r.id,
          user_id: r.userId,
          company_id: r.company.id,
          first_name: r.person.firstName,
          last_name: r.person.lastName,
          bio: recruiterBio(r.company.name, r.company.industry.name),
          company_role: r.owner ? ('owner' as const) : ('member' as const),
        })),
      )
      .execute();
    result.recruiters = recruiters.length;

    const candidates = Array.from({ length: CANDIDATES }, () => makeCandidate(pools, random, ids, people.next()));
    await insertUsers(trx, candidates.map((c) => ({ id: c.userId, email: c.person.email, role: 'candidate' })), now);
    await trx.insertInto('candidates').values(candidates.map((c) => c.row)).execute();
    const candidateSkills = candidates.flatMap((c) => c.skills);
    for (let i = 0; i < candidateSkills.length; i += 5000) {
      await trx.insertInto('candidate_skills').values(candidateSkills.slice(i, i + 5000)).execute();
    }
    result.candidates = candidates.length;
    result.candidateSkills = candidateSkills.length;
  });
  log(`demo: ${result.companies} companies, ${result.recruiters} recruiters, ${result.candidates} candidates`);

  const hiring = companies.map((c) => [c, HIRING_WEIGHT[c.size]] as const);
  for (let done = 0; done < jobCount; ) {
    const size = Math.min(JOBS_PER_CHUNK, jobCount - done);
    const jobs: Insertable<JobsTable>[] = [];
    const jobSkills: Insertable<JobSkillsTable>[] = [];
    for (let i = 0; i < size; i++) {
      const job = makeJob(pools, random, ids, random.weighted(hiring), now);
      jobs.push(job.row);
      jobSkills.push(...job.skills);
    }
    // The search vector's text part is parsed once on insert; the skills' statement trigger adds only their part.
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('jobs').values(jobs).execute();
      await trx.insertInto('job_skills').values(jobSkills).execute();
    });
    // Statistics once the tables have rows, so every later chunk's triggers get index plans, not guesses.
    if (done === 0) await sql`analyze jobs, job_skills`.execute(db);
    done += size;
    result.jobs = done;
    result.jobSkills += jobSkills.length;
    if (done % 10_000 === 0 || done === jobCount) log(`demo: ${done} of ${jobCount} jobs`);
  }
  await refreshSearchTerms(db);
  await sql`analyze companies, recruiters, candidates, candidate_skills, jobs, job_skills, search_terms`.execute(db);
  return result;
}

function startOfUtcDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}

async function preparePools(db: Kysely<DB>): Promise<Pools> {
  const source = loadDemoSourceFile();
  const skills = await db.selectFrom('skills').select(['id', 'slug', 'name', 'category']).execute();
  if (skills.length === 0) throw new Error('The skills taxonomy is not loaded: run loadTaxonomy() before seedDemo()');
  const skillsBySlug = new Map(skills.map((s) => [s.slug, s]));
  // A slug the database lacks (a name clash kept it out of the taxonomy load) simply drops out.
  const resolve = (slugs: string[]) => slugs.map((slug) => skillsBySlug.get(slug)).filter((s) => s !== undefined);
  const stacks = source.techStacks.map((stack) => ({ stack, skills: resolve(stack.skills) }));
  const occupations = source.occupations.map((o): Occupation => {
    const essential = resolve(o.essential);
    const lowerTitle = o.title.toLowerCase();
    const matching = (s: { stack: TechStack }) => s.stack.titleWords.some((word) => lowerTitle.includes(word));
    const fitting = stacks.filter(matching);
    return {
      source: o,
      essential,
      optional: resolve(o.optional),
      tasks: essential.filter((s) => s.category === 'skill'),
      stacks: TECH_ISCO.test(o.isco)
        ? (fitting.length > 0 ? fitting : stacks.filter((s) => s.stack.titleWords.length === 0)).map((s) => s.skills)
        : [],
    };
  });
  const byIndustry = new Map(
    source.industries.map((industry) => [
      industry.name,
      occupations.filter((o) => industry.iscoPrefixes.some((prefix) => o.source.isco.startsWith(prefix))),
    ]),
  );
  const bandsOf = (period: 'year' | 'hour' | 'day') =>
    source.salaryBands.filter((b) => b.period === period).sort((a, b) => a.min + a.max - (b.min + b.max));
  return {
    source,
    skillsBySlug,
    occupations,
    general: occupations.filter((o) => GENERAL_ISCO.test(o.source.isco)),
    tech: occupations.filter((o) => TECH_ISCO.test(o.source.isco)),
    byIndustry,
    bands: { year: bandsOf('year'), hour: bandsOf('hour'), day: bandsOf('day') },
  };
}

function companySlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function cityLabel(city: DemoCity): string {
  if (city.city === city.countryName) return city.city;
  return ['US', 'CA', 'AU'].includes(city.country) ? `${city.city}, ${city.region}` : `${city.city}, ${city.countryName}`;
}

/** New York most, other US cities next, then the rest of the world. */
export function pickCity(cities: DemoCity[], random: Random): DemoCity {
  return random.weighted(cities.map((c) => [c, c.city === 'New York' ? 8 : c.country === 'US' ? 3 : 1.5] as const));
}

function makeCompanies(pools: Pools, random: Random, ids: Random, taken: Set<string>): Company[] {
  const { companyNameParts, industries, cities } = pools.source;
  const order = random.sample(industries, industries.length);
  return Array.from({ length: COMPANIES }, (_, i) => {
    const industry = order[i % order.length] as DemoIndustry;
    let name: string;
    do {
      const stem = `${random.pick(companyNameParts.first)}${random.pick(companyNameParts.second)}`;
      name = `${stem} ${random.pick(industry.nameSuffixes)}`;
    } while (taken.has(companySlug(name)));
    taken.add(companySlug(name));
    return {
      id: ids.uuid(),
      name,
      industry,
      city: pickCity(cities, random),
      size: random.weighted(COMPANY_SIZE_WEIGHTS),
      activities: random.sample(industry.activities, 2),
      recruiterIds: [],
    };
  });
}

function companyDescription(company: Company): string {
  const people = {
    '1-10': 'a handful of',
    '11-50': 'a few dozen',
    '51-200': 'over fifty',
    '201-1000': 'several hundred',
    '1001-5000': 'over a thousand',
    '5000+': 'thousands of',
  }[company.size];
  const [main, also] = company.activities;
  return [
    `We ${main}.`,
    also ? ` We also ${also}.` : '',
    ` ${company.name} has ${people} people, with headquarters in ${cityLabel(company.city)}.`,
  ].join('');
}

interface Person {
  firstName: string;
  lastName: string;
  email: string;
}

/** Fictional people with unique demo emails, in a fixed order for a given Random. */
function makePeople(pools: Pools, random: Random): { next(): Person } {
  const taken = new Set<string>();
  const ascii = (name: string) => name.normalize('NFKD').replace(/[^A-Za-z]/g, '').toLowerCase();
  return {
    next() {
      const firstName = random.pick(pools.source.firstNames);
      const lastName = random.pick(pools.source.lastNames);
      const local = `${ascii(firstName)}.${ascii(lastName)}`;
      let email = `${local}@${DEMO_EMAIL_DOMAIN}`;
      for (let n = 2; taken.has(email); n++) email = `${local}${n}@${DEMO_EMAIL_DOMAIN}`;
      taken.add(email);
      return { firstName, lastName, email };
    },
  };
}

async function insertUsers(db: Kysely<DB>, users: { id: string; email: string; role: 'recruiter' | 'candidate' }[], now: Date) {
  // No password: demo accounts cannot sign in until someone gives them one.
  await db
    .insertInto('users')
    .values(users.map((u) => ({ ...u, password_hash: null, email_verified_at: now })))
    .execute();
}

export function levelFor(title: string, isco: string, random: Random): ExperienceLevel {
  if (EXECUTIVE_TITLE.test(title)) return random.chance(0.7) ? 'executive' : 'lead';
  if (MANAGER_TITLE.test(title)) return random.weighted([['mid', 3], ['senior', 4], ['lead', 2]] as const);
  if (SHIFT_ISCO.test(isco)) return random.weighted([['entry', 3], ['junior', 3], ['mid', 3], ['senior', 1]] as const);
  return random.weighted(LEVEL_WEIGHTS);
}

export function yearsFor(level: ExperienceLevel, random: Random): number {
  return LEVEL_YEARS[level] + random.int(0, level === 'entry' ? 1 : 4);
}

/** A salary band for the level (by quantile, with some spread), scaled to the city and rounded as ads round. */
function salaryFor(
  pools: Pools,
  period: 'year' | 'hour' | 'day',
  level: ExperienceLevel,
  city: DemoCity,
  random: Random,
): { min: number; max: number } {
  const bands = pools.bands[period];
  const quantile = Math.min(1, Math.max(0, LEVEL_PAY_QUANTILE[level] + (random.float() - 0.5) * 0.2));
  const band = bands[Math.round(quantile * (bands.length - 1))] ?? { min: 0, max: 0 };
  const step = (period === 'year' ? 1000 : 1) * (city.salaryFactor >= 10 ? 10 : 1);
  const round = (value: number) => Math.max(step, Math.round((value * city.salaryFactor) / step) * step);
  const min = round(band.min);
  return { min, max: Math.max(min, round(band.max)) };
}

function makeCandidate(pools: Pools, random: Random, ids: Random, person: Person) {
  const occupation = random.pick(random.chance(0.4) ? pools.tech : pools.occupations);
  const level = levelFor(occupation.source.title, occupation.source.isco, random);
  const years = yearsFor(level, random);
  const title = jobTitle(occupation.source.title, level, random);
  const city = pickCity(pools.source.cities, random);
  const stack = occupation.stacks.length > 0 ? random.pick(occupation.stacks) : [];
  const chosen = uniqueSkills([
    ...random.sample(stack, random.int(3, 6)),
    ...random.sample(occupation.essential, random.int(stack.length > 0 ? 3 : 4, stack.length > 0 ? 5 : 8)),
    ...random.sample(occupation.optional, random.int(0, 3)),
  ]);
  const id = ids.uuid();
  const userId = ids.uuid();
  const industry = pools.source.industries.find((i) => i.iscoPrefixes.some((p) => occupation.source.isco.startsWith(p)));
  const salary = salaryFor(pools, 'year', level, city, random);
  const profile = { title, years, industry: industry?.name ?? 'Professional services', skills: chosen, city: city.city };
  return {
    userId,
    person,
    row: {
      id,
      user_id: userId,
      first_name: person.firstName,
      last_name: person.lastName,
      headline: candidateHeadline(profile),
      current_title: title,
      years_experience: years,
      summary: candidateSummary(profile, random),
      education: JSON.stringify(
        level === 'entry' && random.chance(0.5)
          ? []
          : [{ institution: `University of ${city.city}`, degree: random.pick(['BSc', 'BA', 'MSc', 'MA', 'Diploma']) }],
      ),
      domain_expertise: JSON.stringify(industry ? [industry.name] : []),
      location: cityLabel(city),
      remote_preference: random.pick(REMOTE_PREFERENCES),
      salary_expectation_min: salary.min,
      salary_expectation_max: salary.max,
      salary_currency: city.currency,
      salary_period: 'year' as const,
      availability: random.pick(['Immediately', 'Within 2 weeks', 'Within 1 month', 'Within 3 months']),
      visibility: random.weighted(PROFILE_VISIBILITIES.map((v) => [v, v === 'recruiters_only' ? 6 : v === 'public' ? 3 : 1] as const)),
    },
    skills: chosen.map((skill, index) => ({
      candidate_id: id,
      skill_id: skill.id,
      proficiency: Math.max(1, Math.min(5, random.int(2, 5) - (index > 5 ? 1 : 0))),
      years: years === 0 ? 0 : random.int(1, years),
      source: 'self' as const,
    })),
  };
}

function uniqueSkills(skills: SeedSkill[]): SeedSkill[] {
  const seen = new Set<string>();
  return skills.filter((s) => !seen.has(s.id) && seen.add(s.id));
}

export function pickRemote(isco: string, random: Random): RemoteType {
  if (ON_SITE_ISCO.test(isco)) return 'onsite';
  if (TECH_ISCO.test(isco)) return random.weighted([['onsite', 25], ['hybrid', 45], ['remote', 30]] as const);
  return random.weighted([['onsite', 50], ['hybrid', 35], ['remote', 15]] as const);
}

export function pickEmployment(level: ExperienceLevel, isco: string, random: Random): EmploymentType {
  const shift = SHIFT_ISCO.test(isco);
  return random.weighted([
    ['full_time', 78],
    ['part_time', shift ? 25 : 6],
    ['contract', shift ? 3 : 9],
    ['temporary', shift ? 6 : 3],
    ['internship', level === 'entry' ? 10 : 0],
  ] as const);
}

/** 4 to 10 skills: required ones from the stack and ESCO's essentials, preferred and nice-to-have ones after. */
function jobSkillsFor(occupation: Occupation, city: DemoCity, pools: Pools, random: Random) {
  const stack = occupation.stacks.length > 0 ? random.pick(occupation.stacks) : [];
  const required: SeedSkill[] = [];
  const preferred: SeedSkill[] = [];
  const niceToHave: SeedSkill[] = [];
  if (stack.length > 0) {
    // A stack lists its core technologies first; the others are shuffled between required and preferred.
    const rest = random.sample(stack.slice(2), stack.length);
    const extra = random.int(1, 2);
    required.push(...stack.slice(0, 2), ...rest.slice(0, extra), ...random.sample(occupation.essential, 1));
    preferred.push(...rest.slice(extra, extra + random.int(1, 2)), ...random.sample(occupation.essential, 1));
    niceToHave.push(...random.sample(occupation.optional, random.int(0, 2)));
  } else {
    const essential = random.sample(occupation.essential, occupation.essential.length);
    const requiredCount = random.int(2, 5);
    required.push(...essential.slice(0, requiredCount));
    preferred.push(...random.sample([...essential.slice(requiredCount), ...occupation.optional], random.int(1, 3)));
    niceToHave.push(...random.sample(occupation.optional, random.int(0, 2)));
    const excel = pools.skillsBySlug.get('microsoft-excel');
    if (excel && OFFICE_ISCO.test(occupation.source.isco) && random.chance(0.3)) niceToHave.push(excel);
  }
  const language = pools.skillsBySlug.get(LOCAL_LANGUAGE[city.country] ?? '');
  if (language && random.chance(0.4)) preferred.push(language);

  // Each skill once, in its strongest requirement; at most 10, topped up to 4 from the occupation's skills.
  const seen = new Set<string>();
  const keep = (list: SeedSkill[]) => list.filter((s) => !seen.has(s.id) && seen.add(s.id));
  const result = { required: keep(required), preferred: keep(preferred), niceToHave: keep(niceToHave) };
  for (const skill of [...occupation.essential, ...occupation.optional]) {
    if (result.required.length + result.preferred.length + result.niceToHave.length >= 4) break;
    result.preferred.push(...keep([skill]));
  }
  while (result.required.length + result.preferred.length + result.niceToHave.length > 10) {
    (result.niceToHave.length > 0 ? result.niceToHave : result.preferred).pop();
  }
  return result;
}

function makeJob(pools: Pools, random: Random, ids: Random, company: Company, now: Date) {
  const industryPool = pools.byIndustry.get(company.industry.name) ?? [];
  const occupation = random.pick(industryPool.length > 0 && random.chance(0.7) ? industryPool : pools.general);
  const { source } = occupation;
  const base = source.altTitles.length > 0 && random.chance(0.3) ? random.pick(source.altTitles) : source.title;
  const level = levelFor(base, source.isco, random);
  const title = jobTitle(base, level, random);
  const employmentType = pickEmployment(level, source.isco, random);
  const remote = pickRemote(source.isco, random);
  const city = random.chance(0.8) ? company.city : pickCity(pools.source.cities, random);
  // Some New York jobs name the street, from the addresses of real NYC workplaces.
  const location =
    city.city === 'New York' && random.chance(0.3)
      ? `${random.pick(pools.source.workLocations)}, ${cityLabel(city)}`
      : cityLabel(city);
  const hourly =
    (SHIFT_ISCO.test(source.isco) && random.chance(0.6)) ||
    (['part_time', 'temporary', 'internship'].includes(employmentType) && random.chance(0.7));
  const period: SalaryPeriod = hourly ? 'hour' : employmentType === 'contract' && random.chance(0.1) ? 'day' : 'year';
  const salary = random.chance(0.85) ? salaryFor(pools, period, level, city, random) : undefined;
  const skills = jobSkillsFor(occupation, city, pools, random);
  // The search vector of a seeded job is computed when its skills are inserted (see seedDemo).
  if (skills.required.length === 0) throw new Error(`Occupation "${source.title}" yields a job without required skills`);
  const years = LEVEL_YEARS[level];
  const publishedAt = new Date(now.getTime() - Math.floor(random.float() * PUBLISHED_WITHIN_DAYS * DAY_MS));
  const createdAt = new Date(publishedAt.getTime() - Math.floor(random.float() * 3 * DAY_MS));
  const deadline = random.chance(0.4) ? new Date(now.getTime() + random.int(7, 60) * DAY_MS) : null;
  const id = ids.uuid();
  const row: Insertable<JobsTable> = {
    id,
    company_id: company.id,
    created_by: random.pick(company.recruiterIds),
    title,
    description: jobDescription(
      {
        title,
        company: company.name,
        industry: company.industry.name,
        activity: random.pick(company.activities),
        location,
        remote,
        employmentType,
        occupationDescription: source.description,
        tasks: random.sample(occupation.tasks, random.int(4, 6)).map((s) => s.name),
        shiftWork: hourly || SHIFT_WORK_ISCO.test(source.isco),
      },
      random,
    ),
    requirements: jobRequirements(
      { occupation: source.title, years, required: skills.required, preferred: skills.preferred, niceToHave: skills.niceToHave },
      random,
    ),
    location,
    remote,
    employment_type: employmentType,
    experience_level: level,
    salary_min: salary?.min ?? null,
    salary_max: salary?.max ?? null,
    salary_currency: city.currency,
    salary_period: period,
    status: 'published',
    published_at: publishedAt,
    deadline,
    created_at: createdAt,
    updated_at: publishedAt,
  };
  const skillRow = (skill: SeedSkill, requirement: SkillRequirement): Insertable<JobSkillsTable> => ({
    job_id: id,
    skill_id: skill.id,
    requirement,
    years_required: requirement === 'required' && years > 0 && skill.category !== 'skill' && random.chance(0.6) ? years + random.int(0, 2) : null,
    weight: REQUIREMENT_WEIGHT[requirement],
  });
  return {
    row,
    skills: [
      ...skills.required.map((s) => skillRow(s, 'required')),
      ...skills.preferred.map((s) => skillRow(s, 'preferred')),
      ...skills.niceToHave.map((s) => skillRow(s, 'nice_to_have')),
    ],
  };
}
