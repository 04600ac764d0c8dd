// The job editor's form as data: what each control holds (text, as typed), how a saved job fills it, and how it
// becomes the API's input (the same zod schema checks it in the browser and on the server). No I/O, no React.
import type {
  BlindRevealStage,
  EmploymentType,
  ExperienceLevel,
  JobCreateInput,
  jobCreateInput,
  RemoteType,
  SalaryPeriod,
  ScreeningQuestionKind,
  SkillRequirement,
} from '@hotgigs/shared';
import type { z } from 'zod';
import type { RouterOutputs } from '../../lib/trpc.ts';

/** One job as its editor sees it (`jobEditor.get`). */
export type EditableJob = RouterOutputs['jobEditor']['get'];
/** What the form sends, before the schema trims and checks it. */
export type JobInput = z.input<typeof jobCreateInput>;

export interface SkillRow {
  slug: string;
  name: string;
  requirement: SkillRequirement;
  /** As typed; empty for "no minimum". */
  years: string;
  /** A skill the recruiter added that an admin has not reviewed yet (known only for skills added in this session). */
  pending?: boolean;
}

export interface QuestionRow {
  id: string;
  kind: ScreeningQuestionKind;
  prompt: string;
  required: boolean;
  /** Only used by choice questions; kept while switching kinds so nothing typed is lost. */
  choices: string[];
}

export interface JobFormValues {
  title: string;
  /** HTML from the rich text editor; "" when empty. */
  description: string;
  requirements: string;
  location: string;
  remote: RemoteType;
  employmentType: EmploymentType;
  experienceLevel: ExperienceLevel;
  salaryMin: string;
  salaryMax: string;
  salaryCurrency: string;
  salaryPeriod: SalaryPeriod;
  /** YYYY-MM-DD as a date input gives it; "" for no deadline. */
  deadline: string;
  /** Blind screening's reveal stage; "" when the job does not screen blind. */
  blindUntil: BlindRevealStage | '';
  skills: SkillRow[];
  screeningQuestions: QuestionRow[];
}

/** The fields the form shows an error next to: the input schema's top-level names. */
export const JOB_FORM_FIELDS = [
  'title',
  'description',
  'requirements',
  'location',
  'remote',
  'employmentType',
  'experienceLevel',
  'salaryMin',
  'salaryMax',
  'salaryCurrency',
  'salaryPeriod',
  'deadline',
  'blindUntil',
  'skills',
  'screeningQuestions',
] as const satisfies readonly (keyof JobCreateInput)[];
export type JobFormField = (typeof JOB_FORM_FIELDS)[number];

/** A new job starts with the database's defaults for its closed choices. */
export function emptyJobForm(): JobFormValues {
  return {
    title: '',
    description: '',
    requirements: '',
    location: '',
    remote: 'onsite',
    employmentType: 'full_time',
    experienceLevel: 'mid',
    salaryMin: '',
    salaryMax: '',
    salaryCurrency: 'USD',
    salaryPeriod: 'year',
    deadline: '',
    blindUntil: '',
    skills: [],
    screeningQuestions: [],
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day (in the reader's time zone) a date input shows for a deadline. */
export function dateInputValue(date: Date | null): string {
  if (!date) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * "Apply by 12 March" means through the whole of that day where the recruiter is: the deadline is the last
 * millisecond of the day in the browser's time zone. Undefined for text that is not a real date.
 */
export function deadlineFromDateInput(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day, 23, 59, 59, 999);
  // 2026-02-31 rolls over into March: not a date anyone meant.
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

/** An editor with nothing typed still holds markup (`<p></p>`); that is an empty description. */
export function isBlankHtml(html: string): boolean {
  return (
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;|&#160;/g, ' ')
      .trim() === ''
  );
}

export type WholeNumber = { ok: true; value: number | null } | { ok: false };

/** An amount or a number of years as typed: "", "90000", "90,000", "90 000". Not "9.5" or "ninety". */
export function parseWholeNumber(text: string): WholeNumber {
  const compact = text.replace(/[\s,_\u00a0\u202f]/g, '');
  if (compact === '') return { ok: true, value: null };
  if (!/^\d{1,12}$/.test(compact)) return { ok: false };
  return { ok: true, value: Number(compact) };
}

export function jobFormValues(job: EditableJob): JobFormValues {
  return {
    title: job.title,
    description: isBlankHtml(job.description) ? '' : job.description,
    requirements: job.requirements,
    location: job.location ?? '',
    remote: job.remote,
    employmentType: job.employmentType,
    experienceLevel: job.experienceLevel,
    salaryMin: job.salaryMin === null ? '' : String(job.salaryMin),
    salaryMax: job.salaryMax === null ? '' : String(job.salaryMax),
    salaryCurrency: job.salaryCurrency,
    salaryPeriod: job.salaryPeriod,
    deadline: dateInputValue(job.deadline),
    blindUntil: job.blindUntil ?? '',
    skills: job.skills.map((skill) => ({
      slug: skill.slug,
      name: skill.name,
      requirement: skill.requirement,
      years: skill.yearsRequired === null ? '' : String(skill.yearsRequired),
    })),
    screeningQuestions: job.screeningQuestions.map((question) => ({
      id: question.id,
      kind: question.kind,
      prompt: question.prompt,
      required: question.required,
      choices: question.choices ?? [],
    })),
  };
}

/** Problems with one skill or question of the list, by the row's position and the part of it at fault. */
export type ItemErrors = Record<number, Partial<Record<string, string>>>;

export interface JobFormProblems {
  fields: Partial<Record<JobFormField, string>>;
  skills: ItemErrors;
  screeningQuestions: ItemErrors;
}

export const NO_PROBLEMS: JobFormProblems = { fields: {}, skills: {}, screeningQuestions: {} };

export function hasProblems(problems: JobFormProblems): boolean {
  return (
    Object.keys(problems.fields).length > 0 ||
    Object.keys(problems.skills).length > 0 ||
    Object.keys(problems.screeningQuestions).length > 0
  );
}

const WHOLE_AMOUNT = 'Enter a whole amount in digits, like 90000.';
const WHOLE_YEARS = 'Enter whole years in digits, like 3.';
const NOT_A_DATE = 'Pick a date, or leave it empty for no deadline.';

/**
 * The API input for everything the form holds, and what cannot even be put into it (letters in an amount, a
 * date that does not exist). The zod schema checks the rest.
 */
export function toJobInput(values: JobFormValues): { input: JobInput; problems: JobFormProblems } {
  const problems: JobFormProblems = { fields: {}, skills: {}, screeningQuestions: {} };
  const amount = (field: 'salaryMin' | 'salaryMax') => {
    const parsed = parseWholeNumber(values[field]);
    if (parsed.ok) return parsed.value;
    problems.fields[field] = WHOLE_AMOUNT;
    return null;
  };
  let deadline: Date | null = null;
  if (values.deadline !== '') {
    deadline = deadlineFromDateInput(values.deadline) ?? null;
    if (!deadline) problems.fields.deadline = NOT_A_DATE;
  }
  const skills = values.skills.map((skill, index) => {
    const years = parseWholeNumber(skill.years);
    if (!years.ok) problems.skills[index] = { yearsRequired: WHOLE_YEARS };
    return { slug: skill.slug, requirement: skill.requirement, yearsRequired: years.ok ? years.value : null };
  });
  const screeningQuestions = values.screeningQuestions.map((question) => ({
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    required: question.required,
    // Rows left blank are dropped rather than refused: "add a choice" and leaving it is not a mistake.
    ...(question.kind === 'choice' && { choices: question.choices.map((c) => c.trim()).filter(Boolean) }),
  }));
  return {
    input: {
      title: values.title,
      description: isBlankHtml(values.description) ? '' : values.description,
      requirements: values.requirements,
      location: values.location.trim() === '' ? null : values.location,
      remote: values.remote,
      employmentType: values.employmentType,
      experienceLevel: values.experienceLevel,
      salaryMin: amount('salaryMin'),
      salaryMax: amount('salaryMax'),
      salaryCurrency: values.salaryCurrency,
      salaryPeriod: values.salaryPeriod,
      deadline,
      blindUntil: values.blindUntil === '' ? null : values.blindUntil,
      skills,
      screeningQuestions,
    },
    problems,
  };
}

/** The fields of `after` that differ from `before`: an update sends only what the recruiter changed. */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed[key] = after[key];
  }
  return changed;
}

/**
 * Problems the schema found inside the skills and questions lists, by row: `screeningQuestions.2.choices`
 * belongs next to the third question's choices, not at the top of the list.
 */
export function itemErrorsFromZod(error: z.ZodError): Pick<JobFormProblems, 'skills' | 'screeningQuestions'> {
  const result: Pick<JobFormProblems, 'skills' | 'screeningQuestions'> = { skills: {}, screeningQuestions: {} };
  for (const issue of error.issues) {
    const [list, index, part] = issue.path;
    if ((list !== 'skills' && list !== 'screeningQuestions') || typeof index !== 'number') continue;
    const row = (result[list][index] ??= {});
    row[typeof part === 'string' ? part : ''] ??= issue.message;
  }
  return result;
}

/** The list with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= list.length) return next;
  const target = Math.max(0, Math.min(list.length - 1, to));
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item as T);
  return next;
}

/** A question id the API accepts (letters, digits, 1 to 32) that no other question of the job has. */
export function newQuestionId(taken: readonly string[], random: () => number = Math.random): string {
  for (;;) {
    const id = `q${Math.floor(random() * 36 ** 8)
      .toString(36)
      .padStart(8, '0')}`;
    if (!taken.includes(id)) return id;
  }
}

export function newQuestion(taken: readonly string[]): QuestionRow {
  return { id: newQuestionId(taken), kind: 'yes_no', prompt: '', required: false, choices: [] };
}
