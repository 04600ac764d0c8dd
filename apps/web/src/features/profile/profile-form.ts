// The profile editor's form as data: what each control holds (text, as typed), how a saved profile fills it, and
// how it becomes `profile.update`'s input (profileUpdateInput checks it in the browser and on the server).
// No I/O, no React.
import type {
  EducationEntryOutput,
  ExperienceEntry,
  LinkKind,
  ProfileLink,
  ProfileUpdateInput,
  ProfileVisibility,
  RemotePreference,
  SalaryPeriod,
  SkillSource,
} from '@hotgigs/shared';
import type { z } from 'zod';
import { parseWholeNumber } from '../jobs/job-form.ts';

/** One skill of a profile as profile.get answers it. */
export interface ProfileSkill {
  slug: string;
  name: string;
  proficiency: number | null;
  years: number | null;
  source: SkillSource;
  /** Waiting for an admin's review (skills the candidate added themselves). */
  pending?: boolean;
}

/** The fields of a profile the editor shows (what profile.get answers, completeness aside). */
export interface EditableProfile {
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
  experience: ExperienceEntry[];
  education: EducationEntryOutput[];
  languages: string[];
  certifications: string[];
  links: ProfileLink[];
  skills: ProfileSkill[];
}

export interface ExperienceRow {
  /** For React only: rows move, their keys stay. */
  key: string;
  title: string;
  company: string;
  location: string;
  /** "YYYY-MM" as a month input gives it; "" when not known. */
  start: string;
  end: string;
  current: boolean;
  /** One bullet per line. */
  bullets: string;
}

export interface EducationRow {
  key: string;
  institution: string;
  degree: string;
  field: string;
  startYear: string;
  endYear: string;
}

export interface LinkRow {
  key: string;
  kind: LinkKind;
  url: string;
}

export interface ProfileSkillRow {
  slug: string;
  name: string;
  /** "" for not said, else "1".."5". */
  proficiency: string;
  /** As typed; "" for not said. */
  years: string;
  source: SkillSource;
  /** A skill the candidate added that an admin has not reviewed yet. */
  pending?: boolean;
}

export interface ProfileFormValues {
  firstName: string;
  lastName: string;
  headline: string;
  summary: string;
  phone: string;
  location: string;
  remotePreference: RemotePreference;
  salaryMin: string;
  salaryMax: string;
  salaryCurrency: string;
  /** "" for not said. */
  salaryPeriod: SalaryPeriod | '';
  availability: string;
  yearsExperience: string;
  visibility: ProfileVisibility;
  experience: ExperienceRow[];
  education: EducationRow[];
  /** One per line. */
  languages: string;
  certifications: string;
  links: LinkRow[];
  skills: ProfileSkillRow[];
}

/** The fields the form shows an error next to: the input schema's top-level names. */
export const PROFILE_FORM_FIELDS = [
  'firstName',
  'lastName',
  'headline',
  'summary',
  'phone',
  'location',
  'remotePreference',
  'salaryMin',
  'salaryMax',
  'salaryCurrency',
  'salaryPeriod',
  'availability',
  'yearsExperience',
  'visibility',
  'experience',
  'education',
  'languages',
  'certifications',
  'links',
  'skills',
] as const satisfies readonly (keyof ProfileUpdateInput)[];
export type ProfileFormField = (typeof PROFILE_FORM_FIELDS)[number];

/** The lists whose rows carry their own errors (`experience.2.end` belongs next to the third entry's end). */
export const ROW_LISTS = ['experience', 'education', 'links', 'skills'] as const;
export type RowList = (typeof ROW_LISTS)[number];
export type RowErrors = Record<number, Partial<Record<string, string>>>;

export interface ProfileFormProblems {
  fields: Partial<Record<ProfileFormField, string>>;
  rows: Record<RowList, RowErrors>;
}

export const noProblems = (): ProfileFormProblems => ({ fields: {}, rows: { experience: {}, education: {}, links: {}, skills: {} } });

export function hasProblems(problems: ProfileFormProblems): boolean {
  return Object.keys(problems.fields).length > 0 || ROW_LISTS.some((list) => Object.keys(problems.rows[list]).length > 0);
}

let lastKey = 0;
/** A key for a new row, unique in this page. */
export const rowKey = (): string => `row-${++lastKey}`;

export const emptyExperience = (): ExperienceRow => ({
  key: rowKey(),
  title: '',
  company: '',
  location: '',
  start: '',
  end: '',
  current: false,
  bullets: '',
});
export const emptyEducation = (): EducationRow => ({ key: rowKey(), institution: '', degree: '', field: '', startYear: '', endYear: '' });
export const emptyLink = (): LinkRow => ({ key: rowKey(), kind: 'linkedin', url: '' });

const orEmpty = (value: string | number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

export function profileFormValues(profile: EditableProfile): ProfileFormValues {
  return {
    firstName: profile.firstName,
    lastName: profile.lastName,
    headline: orEmpty(profile.headline),
    summary: orEmpty(profile.summary),
    phone: orEmpty(profile.phone),
    location: orEmpty(profile.location),
    remotePreference: profile.remotePreference,
    salaryMin: orEmpty(profile.salaryMin),
    salaryMax: orEmpty(profile.salaryMax),
    salaryCurrency: orEmpty(profile.salaryCurrency),
    salaryPeriod: profile.salaryPeriod ?? '',
    availability: orEmpty(profile.availability),
    yearsExperience: orEmpty(profile.yearsExperience),
    visibility: profile.visibility,
    experience: profile.experience.map((entry) => ({
      key: rowKey(),
      title: entry.title,
      company: entry.company,
      location: orEmpty(entry.location),
      start: orEmpty(entry.start),
      end: orEmpty(entry.end),
      current: entry.current,
      bullets: entry.bullets.join('\n'),
    })),
    education: profile.education.map((entry) => ({
      key: rowKey(),
      institution: entry.institution,
      degree: orEmpty(entry.degree),
      field: orEmpty(entry.field),
      startYear: orEmpty(entry.startYear),
      endYear: orEmpty(entry.endYear),
    })),
    languages: profile.languages.join('\n'),
    certifications: profile.certifications.join('\n'),
    links: profile.links.map((link) => ({ key: rowKey(), kind: link.kind, url: link.url })),
    skills: profile.skills.map((skill) => ({
      slug: skill.slug,
      name: skill.name,
      proficiency: orEmpty(skill.proficiency),
      years: orEmpty(skill.years),
      source: skill.source,
      pending: skill.pending || undefined,
    })),
  };
}

/** Lines of a textarea as a list: blank lines dropped, each trimmed. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Years as typed: "", "3", "2.5", "2,5". Undefined when unreadable. */
export function parseYears(text: string): number | null | undefined {
  const compact = text.trim().replace(',', '.');
  if (compact === '') return null;
  if (!/^\d{1,2}(\.\d)?$/.test(compact)) return undefined;
  return Number(compact);
}

const nullIfBlank = (text: string): string | null => (text.trim() === '' ? null : text);

const WHOLE_AMOUNT = 'Enter a whole amount in digits, like 90000.';
const WHOLE_YEARS = 'Enter whole years in digits, like 5.';
const YEAR = 'A year in digits, like 2019.';
const SKILL_YEARS = 'Years in digits, like 3 or 2.5.';

/**
 * The API input for everything the form holds, and what cannot even be put into it (letters in an amount). The
 * zod schema checks the rest. Keys line up with the form's order, so the first problem is the first on screen.
 */
export function toProfileInput(values: ProfileFormValues): { input: ProfileUpdateInput; problems: ProfileFormProblems } {
  const problems = noProblems();
  const whole = (field: 'salaryMin' | 'salaryMax' | 'yearsExperience') => {
    const parsed = parseWholeNumber(values[field]);
    if (parsed.ok) return parsed.value;
    problems.fields[field] = field === 'yearsExperience' ? WHOLE_YEARS : WHOLE_AMOUNT;
    return null;
  };
  const year = (text: string, index: number, part: 'startYear' | 'endYear') => {
    const parsed = parseWholeNumber(text);
    if (parsed.ok) return parsed.value;
    (problems.rows.education[index] ??= {})[part] = YEAR;
    return null;
  };
  const hasSalary = values.salaryMin.trim() !== '' || values.salaryMax.trim() !== '';
  const input: ProfileUpdateInput = {
    firstName: values.firstName,
    lastName: values.lastName,
    headline: nullIfBlank(values.headline),
    summary: nullIfBlank(values.summary),
    phone: nullIfBlank(values.phone),
    location: nullIfBlank(values.location),
    remotePreference: values.remotePreference,
    salaryMin: whole('salaryMin'),
    salaryMax: whole('salaryMax'),
    // Without an amount, currency and period say nothing: they are not kept on their own.
    salaryCurrency: hasSalary ? nullIfBlank(values.salaryCurrency) : null,
    salaryPeriod: hasSalary && values.salaryPeriod !== '' ? values.salaryPeriod : null,
    availability: nullIfBlank(values.availability),
    yearsExperience: whole('yearsExperience'),
    visibility: values.visibility,
    experience: values.experience.map((row) => ({
      title: row.title,
      company: row.company,
      location: nullIfBlank(row.location),
      start: nullIfBlank(row.start),
      end: row.current ? null : nullIfBlank(row.end),
      current: row.current,
      bullets: lines(row.bullets),
    })),
    education: values.education.map((row, index) => ({
      institution: row.institution,
      degree: nullIfBlank(row.degree),
      field: nullIfBlank(row.field),
      startYear: year(row.startYear, index, 'startYear'),
      endYear: year(row.endYear, index, 'endYear'),
    })),
    languages: lines(values.languages),
    certifications: lines(values.certifications),
    // A link row left empty is dropped rather than refused.
    links: values.links.filter((row) => row.url.trim() !== '').map((row) => ({ kind: row.kind, url: row.url.trim() })),
    skills: values.skills.map((row, index) => {
      const years = parseYears(row.years);
      if (years === undefined) (problems.rows.skills[index] ??= {}).years = SKILL_YEARS;
      return { slug: row.slug, proficiency: row.proficiency === '' ? null : Number(row.proficiency), years: years ?? null };
    }),
  };
  return { input, problems };
}

/** Problems the schema found inside the lists, by row and part. */
export function rowErrorsFromZod(error: z.ZodError, links: readonly LinkRow[] = []): Record<RowList, RowErrors> {
  const result = noProblems().rows;
  // Empty link rows are not sent: the schema's index counts only the filled ones.
  const linkRows = links.map((row, index) => ({ row, index })).filter(({ row }) => row.url.trim() !== '');
  for (const issue of error.issues) {
    const [list, index, part] = issue.path;
    if (!(ROW_LISTS as readonly unknown[]).includes(list) || typeof index !== 'number') continue;
    const at = list === 'links' ? (linkRows[index]?.index ?? index) : index;
    const row = (result[list as RowList][at] ??= {});
    row[typeof part === 'string' ? part : ''] ??= issue.message;
  }
  return result;
}

/** Both kinds of problems together: what the browser could not read, then what the schema refused. */
export function mergeProblems(unreadable: ProfileFormProblems, checked: { fields: ProfileFormProblems['fields']; rows: ProfileFormProblems['rows'] }): ProfileFormProblems {
  const merged = noProblems();
  merged.fields = { ...checked.fields, ...unreadable.fields };
  for (const list of ROW_LISTS) {
    const indexes = new Set([...Object.keys(checked.rows[list]), ...Object.keys(unreadable.rows[list])].map(Number));
    for (const index of indexes) merged.rows[list][index] = { ...checked.rows[list][index], ...unreadable.rows[list][index] };
  }
  // A list with a faulty row is marked at its row, not twice.
  for (const list of ROW_LISTS) if (Object.keys(merged.rows[list]).length > 0) delete merged.fields[list];
  return merged;
}

/** changedFields: an update sends only what the candidate changed; moveItem: reordering entries. */
export { changedFields, moveItem } from '../jobs/job-form.ts';
