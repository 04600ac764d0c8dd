// The candidate profile (docs/profiles.md): what a candidate writes about themselves, their skills from the
// taxonomy, how complete it is for matching, and what recruiters may see of it.
import type { Kysely, Transaction } from 'kysely';
import type { DB, ProfileUpdateInput, ProfileVisibility, RemotePreference, SalaryPeriod, SkillSource } from '@hotgigs/shared';
import { type profileUpdateInput } from '@hotgigs/shared';
import type { z } from 'zod';
import { fieldError, notFound } from '../../errors.ts';
import { usableSkillIds } from '../skills/service.ts';
import { recordAudit, type RequestOrigin } from '../../platform/audit.ts';

type Db = Kysely<DB> | Transaction<DB>;
type ProfileUpdate = z.output<typeof profileUpdateInput>;

export interface ProfileSkill {
  slug: string;
  name: string;
  proficiency: number | null;
  years: number | null;
  source: SkillSource;
  /** A skill the candidate added that an admin has not reviewed yet. */
  pending: boolean;
}

export interface ExperienceView {
  title: string;
  company: string;
  location: string | null;
  start: string | null;
  end: string | null;
  current: boolean;
  bullets: string[];
}

export interface EducationView {
  institution: string;
  degree: string | null;
  field: string | null;
  startYear: number | null;
  endYear: number | null;
}

export interface Profile {
  candidateId: string;
  firstName: string;
  lastName: string;
  headline: string | null;
  summary: string | null;
  phone: string | null;
  location: string | null;
  remotePreference: RemotePreference;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: SalaryPeriod | null;
  availability: string | null;
  yearsExperience: number | null;
  visibility: ProfileVisibility;
  experience: ExperienceView[];
  education: EducationView[];
  languages: string[];
  certifications: string[];
  links: { kind: 'linkedin' | 'github' | 'website' | 'other'; url: string }[];
  skills: ProfileSkill[];
}

export interface CompletenessItem {
  field: string;
  why: string;
  weight: number;
}

export interface Completeness {
  percent: number;
  /** What is missing, what matters most for matching first. */
  missing: CompletenessItem[];
  /** The same as `score` and `parts` (every part, done or not), as the web meter reads it. */
  score: number;
  parts: { part: string; weight: number; done: boolean }[];
}

/** The parts of a profile matching reads, worth most first; the weights add up to 100. */
export const COMPLETENESS_RULES: { field: string; weight: number; why: string; done: (p: Profile) => boolean }[] = [
  { field: 'skills', weight: 25, why: 'Jobs are matched to you by their required skills.', done: (p) => p.skills.length >= 3 },
  { field: 'experience', weight: 20, why: 'Past positions show recruiters and matching what you have done.', done: (p) => p.experience.length > 0 },
  { field: 'headline', weight: 10, why: 'Your headline is the first line recruiters read.', done: (p) => !!p.headline },
  { field: 'location', weight: 10, why: 'Matching uses it for on-site and hybrid jobs.', done: (p) => !!p.location },
  { field: 'summary', weight: 8, why: 'A summary says what you are looking for.', done: (p) => !!p.summary },
  { field: 'education', weight: 7, why: 'Some jobs ask for a degree or a field of study.', done: (p) => p.education.length > 0 },
  { field: 'yearsExperience', weight: 5, why: 'Jobs ask for a level of seniority.', done: (p) => p.yearsExperience !== null },
  { field: 'salary', weight: 5, why: 'Jobs outside your range can be left out.', done: (p) => p.salaryMin !== null || p.salaryMax !== null },
  { field: 'languages', weight: 4, why: 'Some jobs need a language.', done: (p) => p.languages.length > 0 },
  { field: 'links', weight: 3, why: 'Recruiters look at your work and profiles elsewhere.', done: (p) => p.links.length > 0 },
  { field: 'certifications', weight: 3, why: 'Some jobs ask for a certification.', done: (p) => p.certifications.length > 0 },
];

export function completenessOf(profile: Profile): Completeness {
  const parts = COMPLETENESS_RULES.map((rule) => ({ part: rule.field, weight: rule.weight, done: rule.done(profile) }));
  const percent = parts.reduce((sum, part) => sum + (part.done ? part.weight : 0), 0);
  const missing = COMPLETENESS_RULES.filter((rule) => !rule.done(profile)).map(({ field, why, weight }) => ({ field, why, weight }));
  return { percent, missing, score: percent, parts };
}

const nullable = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

async function skillsOf(db: Db, candidateId: string): Promise<ProfileSkill[]> {
  const rows = await db
    .selectFrom('candidate_skills')
    .innerJoin('skills', 'skills.id', 'candidate_skills.skill_id')
    .select(['skills.slug', 'skills.name', 'skills.status', 'candidate_skills.proficiency', 'candidate_skills.years', 'candidate_skills.source'])
    .where('candidate_skills.candidate_id', '=', candidateId)
    .orderBy('candidate_skills.created_at')
    .orderBy('skills.name')
    .execute();
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    proficiency: r.proficiency,
    years: r.years === null ? null : Number(r.years),
    source: r.source,
    pending: r.status === 'pending',
  }));
}

/** A candidate's whole profile, contact details included (for its owner). */
export async function loadProfile(db: Db, candidateId: string): Promise<Profile> {
  const c = await db.selectFrom('candidates').selectAll().where('id', '=', candidateId).executeTakeFirst();
  if (!c) throw notFound('There is no such candidate.');
  return {
    candidateId: c.id,
    firstName: c.first_name,
    lastName: c.last_name,
    headline: c.headline,
    summary: c.summary,
    phone: c.phone,
    location: c.location,
    remotePreference: c.remote_preference,
    salaryMin: c.salary_expectation_min,
    salaryMax: c.salary_expectation_max,
    salaryCurrency: c.salary_currency,
    salaryPeriod: c.salary_period,
    availability: c.availability,
    yearsExperience: c.years_experience,
    visibility: c.visibility,
    experience: (c.experience ?? []).map((e) => ({
      title: e.title,
      company: e.company,
      location: nullable(e.location),
      start: nullable(e.start),
      end: nullable(e.end),
      current: !!e.current,
      bullets: e.bullets ?? [],
    })),
    education: (c.education ?? []).map((e) => ({
      institution: e.institution,
      degree: nullable(e.degree) ?? null,
      field: nullable(e.field) ?? null,
      startYear: nullable(e.startYear) ?? null,
      endYear: nullable(e.endYear) ?? null,
    })),
    languages: c.languages ?? [],
    certifications: c.certifications ?? [],
    links: (c.links ?? []) as Profile['links'],
    skills: await skillsOf(db, candidateId),
  };
}

/** profile.get: the owner's profile with its completeness. */
export async function ownProfile(db: Db, candidateId: string) {
  const profile = await loadProfile(db, candidateId);
  return { ...profile, completeness: completenessOf(profile) };
}

/** The candidate columns a profile update writes. */
function columnsOf(input: ProfileUpdate) {
  const set: Record<string, unknown> = {};
  const map: [keyof ProfileUpdate, string, ((v: never) => unknown)?][] = [
    ['firstName', 'first_name'],
    ['lastName', 'last_name'],
    ['headline', 'headline'],
    ['summary', 'summary'],
    ['phone', 'phone'],
    ['location', 'location'],
    ['remotePreference', 'remote_preference'],
    ['salaryMin', 'salary_expectation_min'],
    ['salaryMax', 'salary_expectation_max'],
    ['salaryCurrency', 'salary_currency'],
    ['salaryPeriod', 'salary_period'],
    ['availability', 'availability'],
    ['yearsExperience', 'years_experience'],
    ['visibility', 'visibility'],
    ['experience', 'experience', (v) => JSON.stringify(v)],
    ['education', 'education', (v) => JSON.stringify(v)],
    ['languages', 'languages', (v) => JSON.stringify(v)],
    ['certifications', 'certifications', (v) => JSON.stringify(v)],
    ['links', 'links', (v) => JSON.stringify(v)],
  ];
  for (const [key, column, encode] of map) {
    const value = input[key];
    if (value !== undefined) set[column] = encode ? encode(value as never) : value;
  }
  // The LinkedIn link is also kept where older code reads it.
  if (input.links) set.linkedin_url = input.links.find((l) => l.kind === 'linkedin')?.url ?? null;
  if (input.experience) set.current_title = input.experience.find((e) => e.current)?.title ?? input.experience[0]?.title ?? null;
  return set;
}

export interface SkillWrite {
  skillId: string;
  proficiency: number | null;
  years: number | null;
  source: SkillSource;
}

/** Replaces a candidate's skills with `skills`. */
export async function replaceSkills(trx: Transaction<DB>, candidateId: string, skills: SkillWrite[]): Promise<void> {
  await trx.deleteFrom('candidate_skills').where('candidate_id', '=', candidateId).execute();
  if (skills.length === 0) return;
  await trx
    .insertInto('candidate_skills')
    .values(skills.map((s) => ({ candidate_id: candidateId, skill_id: s.skillId, proficiency: s.proficiency, years: s.years, source: s.source })))
    .execute();
}

/** profile.update: any subset of the fields, all in one transaction; `skills` replaces the list. */
export async function updateProfile(db: Kysely<DB>, candidateId: string, userId: string, input: ProfileUpdate, origin: RequestOrigin) {
  const set = columnsOf(input);
  await db.transaction().execute(async (trx) => {
    if (input.salaryMin !== undefined || input.salaryMax !== undefined) {
      const current = await trx.selectFrom('candidates').select(['salary_expectation_min', 'salary_expectation_max']).where('id', '=', candidateId).executeTakeFirstOrThrow();
      const min = input.salaryMin !== undefined ? input.salaryMin : current.salary_expectation_min;
      const max = input.salaryMax !== undefined ? input.salaryMax : current.salary_expectation_max;
      if (min !== null && max !== null && min > max) throw fieldError('salaryMax', 'The maximum is below the minimum.');
    }
    if (Object.keys(set).length) {
      await trx.updateTable('candidates').set({ ...set, updated_at: new Date() }).where('id', '=', candidateId).execute();
    }
    if (input.skills) {
      const kept = await trx.selectFrom('candidate_skills').select(['skill_id', 'source']).where('candidate_id', '=', candidateId).execute();
      // Approved skills, the candidate's own pending ones, and any the profile already has.
      const ids = await usableSkillIds(trx, userId, input.skills.map((s) => s.slug), { keepIds: kept.map((k) => k.skill_id) });
      const sourceOf = new Map(kept.map((k) => [k.skill_id, k.source]));
      await replaceSkills(
        trx,
        candidateId,
        input.skills.map((s) => {
          const skillId = ids.get(s.slug)!;
          return { skillId, proficiency: s.proficiency ?? null, years: s.years ?? null, source: sourceOf.get(skillId) ?? 'self' };
        }),
      );
    }
    await recordAudit(trx, {
      action: 'profile.updated',
      actorId: userId,
      targetType: 'candidate',
      targetId: candidateId,
      details: { fields: Object.keys(input).sort().join(',') },
      ...origin,
    });
  });
  return ownProfile(db, candidateId);
}

export type ProfileInput = ProfileUpdateInput;

/**
 * profile.byId: a candidate as recruiters and admins see them, where the candidate allows it (public,
 * recruiters only); a hidden profile answers NOT_FOUND like a missing one. No email, no phone.
 */
export async function visibleProfile(db: Db, candidateId: string) {
  const row = await db
    .selectFrom('candidates')
    .innerJoin('users', 'users.id', 'candidates.user_id')
    .select(['candidates.visibility', 'users.is_active'])
    .where('candidates.id', '=', candidateId)
    .executeTakeFirst();
  if (!row || !row.is_active || (row.visibility !== 'public' && row.visibility !== 'recruiters_only')) {
    throw notFound('There is no such candidate.');
  }
  const p = await loadProfile(db, candidateId);
  return {
    candidateId: p.candidateId,
    firstName: p.firstName,
    lastName: p.lastName,
    headline: p.headline,
    summary: p.summary,
    location: p.location,
    remotePreference: p.remotePreference,
    yearsExperience: p.yearsExperience,
    experience: p.experience,
    education: p.education,
    languages: p.languages,
    certifications: p.certifications,
    links: p.links,
    skills: p.skills,
  };
}

// The names the router uses.
export const getOwnProfile = ownProfile;
export const profileForRecruiter = visibleProfile;
export function updateOwnProfile(db: Kysely<DB>, who: { userId: string; candidateId: string }, input: ProfileUpdate, origin: RequestOrigin) {
  return updateProfile(db, who.candidateId, who.userId, input, origin);
}
