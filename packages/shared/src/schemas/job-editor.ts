// Inputs of the job editor: what a company's recruiters write into a job posting, and how they move it through
// its lifecycle. The web app's forms use the same schemas; the server adds the checks that need the database
// (known skills, the job's current status, the clock).
import { z } from 'zod';
import { safeString, safeText } from './text.ts';
import { EMPLOYMENT_TYPES, EXPERIENCE_LEVELS, JOB_STATUSES, REMOTE_TYPES, SALARY_PERIODS, SKILL_REQUIREMENTS } from '../enums.ts';
import { JOB_ACTIONS } from '../lifecycle.ts';
import { pageInput } from '../pagination.ts';
import { BLIND_REVEAL_STAGES } from '../pipeline.ts';
import { jobId } from './jobs.ts';

export const JOB_TITLE_MAX = 200;
/** The description as written (HTML from the editor, or plain text), before sanitising. */
export const JOB_DESCRIPTION_MAX = 20_000;
export const JOB_REQUIREMENTS_MAX = 10_000;
export const MAX_JOB_SKILLS = 30;
export const MAX_SCREENING_QUESTIONS = 20;
export const SCREENING_QUESTION_KINDS = ['yes_no', 'choice', 'text'] as const;
export type ScreeningQuestionKind = (typeof SCREENING_QUESTION_KINDS)[number];
/** The highest salary figure accepted, whatever the period: far above any real pay, far below int overflow. */
export const SALARY_LIMIT = 100_000_000;

const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `Pick one of ${values.join(', ')}.` });
const text = safeText;

export const skillSlug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'Not a skill identifier: pick the skill from the list.');

export const jobSkillInput = z.strictObject({
  slug: skillSlug,
  requirement: oneOf(SKILL_REQUIREMENTS).default('required'),
  yearsRequired: z.number().int('Use whole years.').min(0, 'Years cannot be negative.').max(50, 'At most 50 years.').nullable().optional(),
});
export type JobSkillInput = z.infer<typeof jobSkillInput>;

export const screeningQuestionInput = z
  .strictObject({
    /** Made by the client (the editor) so answers can refer to questions; unique within the job. */
    id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'A question id is 1 to 32 letters, digits, "-" or "_".'),
    kind: oneOf(SCREENING_QUESTION_KINDS),
    prompt: text(500).min(1, 'Write the question.'),
    required: z.boolean().default(false),
    choices: z.array(text(200).min(1, 'A choice cannot be empty.')).max(10, 'At most 10 choices.').optional(),
  })
  .superRefine((question, issue) => {
    if (question.kind === 'choice') {
      const choices = question.choices ?? [];
      if (choices.length < 2) issue.addIssue({ code: 'custom', path: ['choices'], message: 'A choice question needs 2 to 10 choices.' });
      if (new Set(choices.map((c) => c.toLowerCase())).size !== choices.length) {
        issue.addIssue({ code: 'custom', path: ['choices'], message: 'Each choice must be different.' });
      }
    } else if (question.choices !== undefined) {
      issue.addIssue({ code: 'custom', path: ['choices'], message: 'Only choice questions have choices.' });
    }
  });
export type ScreeningQuestionInput = z.infer<typeof screeningQuestionInput>;

/** Every field of a job a recruiter writes; all optional so drafts can be saved half-done. */
const jobFields = {
  /** May be empty while a draft; publishing needs one. */
  title: text(JOB_TITLE_MAX),
  /** Rich text: a small HTML subset, sanitised by the server (plain text is turned into paragraphs). */
  description: safeString().max(JOB_DESCRIPTION_MAX, `Use at most ${JOB_DESCRIPTION_MAX} characters.`),
  /** Plain text. */
  requirements: text(JOB_REQUIREMENTS_MAX),
  location: text(200).nullable(),
  remote: oneOf(REMOTE_TYPES),
  employmentType: oneOf(EMPLOYMENT_TYPES),
  experienceLevel: oneOf(EXPERIENCE_LEVELS),
  /** Whole amounts in `salaryCurrency` per `salaryPeriod`. */
  salaryMin: z.number().int('Use a whole amount.').min(0, 'A salary cannot be negative.').max(SALARY_LIMIT, 'That amount is too large.').nullable(),
  salaryMax: z.number().int('Use a whole amount.').min(0, 'A salary cannot be negative.').max(SALARY_LIMIT, 'That amount is too large.').nullable(),
  salaryCurrency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'A 3-letter currency code, like USD or EUR.'),
  salaryPeriod: oneOf(SALARY_PERIODS),
  /** After it the job is no longer listed nor open to applications. */
  deadline: z
    .date({ error: 'Must be a date and time.' })
    .min(new Date('2000-01-01T00:00:00Z'), 'That date is too far in the past.')
    .max(new Date('2100-01-01T00:00:00Z'), 'That date is too far in the future.')
    .nullable(),
  /** Replaces the job's skills. */
  skills: z.array(jobSkillInput).max(MAX_JOB_SKILLS, `At most ${MAX_JOB_SKILLS} skills.`),
  /** Blind screening: applicants' identity is hidden from reviewers until this stage (null: not blind). */
  blindUntil: z.enum(BLIND_REVEAL_STAGES, { error: `Choose one of ${BLIND_REVEAL_STAGES.join(', ')}, or none.` }).nullable(),
  /** Replaces the job's screening questions, asked when candidates apply. */
  screeningQuestions: z.array(screeningQuestionInput).max(MAX_SCREENING_QUESTIONS, `At most ${MAX_SCREENING_QUESTIONS} questions.`),
};

type JobFieldValues = Partial<{
  salaryMin: number | null;
  salaryMax: number | null;
  skills: { slug: string }[];
  screeningQuestions: { id: string }[];
}>;

function checkJobFields(values: JobFieldValues, issue: z.RefinementCtx) {
  if (values.salaryMin != null && values.salaryMax != null && values.salaryMin > values.salaryMax) {
    issue.addIssue({ code: 'custom', path: ['salaryMin'], message: 'The minimum salary is above the maximum.' });
  }
  const repeated = (items: { key: string }[]) => items.find((item, i) => items.findIndex((other) => other.key === item.key) !== i)?.key;
  const skill = repeated((values.skills ?? []).map((s) => ({ key: s.slug })));
  if (skill) issue.addIssue({ code: 'custom', path: ['skills'], message: `The skill "${skill}" is listed twice.` });
  const question = repeated((values.screeningQuestions ?? []).map((q) => ({ key: q.id })));
  if (question) issue.addIssue({ code: 'custom', path: ['screeningQuestions'], message: `Two questions have the id "${question}".` });
}

export const jobCreateInput = z.strictObject(jobFields).partial().superRefine(checkJobFields);
export type JobCreateInput = z.infer<typeof jobCreateInput>;

export const jobUpdateInput = z
  .strictObject({ id: jobId, ...jobFields })
  .partial()
  .required({ id: true })
  .superRefine(checkJobFields);
export type JobUpdateInput = z.infer<typeof jobUpdateInput>;

export const jobTransitionInput = z.strictObject({ id: jobId, action: oneOf(JOB_ACTIONS) });
export type JobTransitionInput = z.infer<typeof jobTransitionInput>;

export const jobEditorListInput = pageInput.extend({ status: oneOf(JOB_STATUSES).optional() });
export type JobEditorListInput = z.infer<typeof jobEditorListInput>;

export const skillSearchInput = z.strictObject({
  q: safeString().trim().min(1, 'Type part of a skill name.').max(100, 'Use at most 100 characters.'),
  limit: z.number().int().min(1).max(20).default(10),
});
export type SkillSearchInput = z.infer<typeof skillSearchInput>;

export const skillSlugInput = z.strictObject({ slug: skillSlug });

/** A skill someone misses: letters of any script, digits and the marks skill names use (C#, C++, .NET, CI/CD). */
export const SKILL_NAME_MAX = 60;
export const skillSuggestInput = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'Write the skill.')
    .max(SKILL_NAME_MAX, `A skill name has at most ${SKILL_NAME_MAX} characters.`)
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} .+#/&'-]*$/u, 'Use letters, digits, spaces and . + # / & \' - only.')
    .refine((name) => name.split(/\s+/).length <= 6, 'A skill is a few words, not a sentence.'),
});
export type SkillSuggestInput = z.infer<typeof skillSuggestInput>;

export const skillReviewInput = z.strictObject({ id: z.uuid('Not a skill id.') });
export const skillRejectInput = z.strictObject({
  id: z.uuid('Not a skill id.'),
  /** The approved skill it duplicates: profiles and jobs that use it move there. */
  mergeInto: skillSlug.optional(),
});
