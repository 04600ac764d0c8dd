// Inputs of the candidate profile and of resumes: what a candidate writes about themselves, and how parsed
// resume fields are accepted into the profile. The web app's forms use the same schemas; the server adds the
// checks that need the database (known skills, resume ownership).
import { z } from 'zod';
import { safeText } from './text.ts';
import { PROFILE_VISIBILITIES, REMOTE_PREFERENCES, SALARY_PERIODS } from '../enums.ts';
import { SALARY_LIMIT, skillSlug } from './job-editor.ts';

export const MAX_EXPERIENCE_ENTRIES = 30;
export const MAX_EDUCATION_ENTRIES = 15;
export const MAX_PROFILE_SKILLS = 100;
export const MAX_BULLETS = 20;
export const MAX_LIST_ITEMS = 30;
/** Resumes a candidate may keep at once; the oldest non-primary one must be deleted to add more. */
export const MAX_RESUMES = 10;
export const RESUME_MAX_BYTES = 10 * 1024 * 1024;
export const LINK_KINDS = ['linkedin', 'github', 'website', 'other'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `Pick one of ${values.join(', ')}.` });
const text = safeText;
const required = (max: number, what: string) => text(max).min(1, `Write the ${what}.`);
/** "YYYY-MM": the month a period starts or ends. */
export const yearMonth = z.string().regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, 'A month as YYYY-MM, like 2021-03.');
const year = z.number().int('Use a whole year.').min(1950, 'A year from 1950 on.').max(2100, 'A year up to 2100.');
const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'A web address starting with https://' }).max(500);

export const experienceEntry = z
  .strictObject({
    title: required(200, 'job title'),
    company: required(200, 'company'),
    location: text(200).nullable().default(null),
    start: yearMonth.nullable().default(null),
    /** null with `current` = "Present". */
    end: yearMonth.nullable().default(null),
    current: z.boolean().default(false),
    bullets: z.array(text(1000).min(1, 'A bullet cannot be empty.')).max(MAX_BULLETS, `At most ${MAX_BULLETS} bullets.`).default([]),
  })
  .superRefine((entry, issue) => {
    if (entry.current && entry.end) issue.addIssue({ code: 'custom', path: ['end'], message: 'A current position has no end date.' });
    if (entry.start && entry.end && entry.end < entry.start) {
      issue.addIssue({ code: 'custom', path: ['end'], message: 'The end is before the start.' });
    }
  });
export type ExperienceEntryInput = z.input<typeof experienceEntry>;
export type ExperienceEntry = z.output<typeof experienceEntry>;

export const educationEntry = z
  .strictObject({
    institution: required(200, 'school'),
    degree: text(200).nullable().default(null),
    field: text(200).nullable().default(null),
    startYear: year.nullable().default(null),
    endYear: year.nullable().default(null),
  })
  .superRefine((entry, issue) => {
    if (entry.startYear && entry.endYear && entry.endYear < entry.startYear) {
      issue.addIssue({ code: 'custom', path: ['endYear'], message: 'The end is before the start.' });
    }
  });
export type EducationEntryOutput = z.output<typeof educationEntry>;

export const profileLink = z.strictObject({ kind: oneOf(LINK_KINDS), url: httpUrl });
export type ProfileLink = z.output<typeof profileLink>;

export const profileSkillInput = z.strictObject({
  slug: skillSlug,
  /** 1 (beginner) to 5 (expert). */
  proficiency: z.number().int('Use 1 to 5.').min(1, 'Use 1 to 5.').max(5, 'Use 1 to 5.').nullable().default(null),
  years: z.number().min(0, 'Years cannot be negative.').max(60, 'At most 60 years.').multipleOf(0.5, 'Use whole or half years.').nullable().default(null),
});
export type ProfileSkillInput = z.input<typeof profileSkillInput>;

const list = (max: number, what: string) =>
  z.array(text(200).min(1, `A ${what} cannot be empty.`)).max(MAX_LIST_ITEMS, `At most ${MAX_LIST_ITEMS} ${what}s.`);

/** Every field a candidate writes; `profile.update` takes any subset and changes only what it is given. */
export const profileFields = {
  firstName: required(100, 'first name'),
  lastName: text(100),
  headline: text(200).nullable(),
  summary: text(5000).nullable(),
  phone: text(40).regex(/^[+()\d\s.-]*$/, 'Digits, spaces and + ( ) - . only.').nullable(),
  location: text(200).nullable(),
  remotePreference: oneOf(REMOTE_PREFERENCES),
  salaryMin: z.number().int('Use a whole amount.').min(0, 'A salary cannot be negative.').max(SALARY_LIMIT, 'That amount is too large.').nullable(),
  salaryMax: z.number().int('Use a whole amount.').min(0, 'A salary cannot be negative.').max(SALARY_LIMIT, 'That amount is too large.').nullable(),
  salaryCurrency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'A 3-letter currency code, like USD or EUR.').nullable(),
  salaryPeriod: oneOf(SALARY_PERIODS).nullable(),
  availability: text(200).nullable(),
  yearsExperience: z.number().int('Use whole years.').min(0, 'Years cannot be negative.').max(60, 'At most 60 years.').nullable(),
  visibility: oneOf(PROFILE_VISIBILITIES),
  experience: z.array(experienceEntry).max(MAX_EXPERIENCE_ENTRIES, `At most ${MAX_EXPERIENCE_ENTRIES} positions.`),
  education: z.array(educationEntry).max(MAX_EDUCATION_ENTRIES, `At most ${MAX_EDUCATION_ENTRIES} entries.`),
  languages: list(100, 'language'),
  certifications: list(200, 'certification'),
  links: z.array(profileLink).max(10, 'At most 10 links.'),
  /** The whole skill list: replaces the profile's skills (source stays 'resume' for skills kept from a resume). */
  skills: z
    .array(profileSkillInput)
    .max(MAX_PROFILE_SKILLS, `At most ${MAX_PROFILE_SKILLS} skills.`)
    .refine((skills) => new Set(skills.map((s) => s.slug)).size === skills.length, 'Each skill only once.'),
};

export const profileUpdateInput = z
  .strictObject(profileFields)
  .partial()
  .superRefine((values, issue) => {
    if (values.salaryMin != null && values.salaryMax != null && values.salaryMin > values.salaryMax) {
      issue.addIssue({ code: 'custom', path: ['salaryMax'], message: 'The maximum is below the minimum.' });
    }
  });
export type ProfileUpdateInput = z.input<typeof profileUpdateInput>;

export const resumeId = z.uuid('Not a resume id.');
export const resumeIdInput = z.strictObject({ id: resumeId });
export const candidateIdInput = z.strictObject({ candidateId: z.uuid('Not a candidate id.') });

/** Parsed fields a candidate can accept from a resume into the profile, one by one or all at once. */
export const RESUME_FIELDS = [
  'name',
  'headline',
  'summary',
  'phone',
  'location',
  'links',
  'experience',
  'education',
  'skills',
  'languages',
  'certifications',
  'yearsExperience',
] as const;
export type ResumeField = (typeof RESUME_FIELDS)[number];

/**
 * Accept parsed fields into the profile. Scalars replace the profile's value; lists (experience, education,
 * links, languages, certifications) are merged, skipping entries the profile already has; skills are added
 * with source 'resume', never lowering what the candidate set. `skills` may name a subset of parsed skills.
 */
export const applyResumeInput = z.strictObject({
  id: resumeId,
  fields: z.array(oneOf(RESUME_FIELDS)).min(1, 'Pick at least one field.').max(RESUME_FIELDS.length),
  skillSlugs: z.array(skillSlug).max(MAX_PROFILE_SKILLS).optional(),
});
export type ApplyResumeInput = z.input<typeof applyResumeInput>;
