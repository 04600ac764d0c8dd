// The apply form's values and its problems: the answers as the API takes them, and the API's refusal read back
// onto the form's fields, one message next to each question (the API names them `answers.<question id>`).
import type { ScreeningAnswerInput } from '@hotgigs/shared';
import { describeApiError } from '../../lib/api-error.ts';
import { formErrorsFromApi, type FormErrors } from '../../lib/form-errors.ts';

/** A screening question as the job's page has it (job.byId's screeningQuestions). */
export interface Question {
  id: string;
  kind: 'yes_no' | 'choice' | 'text';
  prompt: string;
  required: boolean;
  choices?: string[];
}

/** The answer typed or picked so far: text, a choice, yes/no; undefined when not answered. */
export type AnswerValues = Partial<Record<string, string | boolean>>;

export const answerField = (questionId: string) => `answers.${questionId}` as const;
export type AnswerField = ReturnType<typeof answerField>;
export type ApplyField = 'resumeId' | 'coverLetter' | AnswerField;

/** The answers given, in the job's order; blank text is no answer (the server says whether one was required). */
export function answersFor(questions: readonly Question[], values: AnswerValues): ScreeningAnswerInput[] {
  return questions.flatMap((question) => {
    const answer = values[question.id];
    if (answer === undefined) return [];
    if (typeof answer === 'string' && answer.trim() === '') return [];
    return [{ questionId: question.id, answer: typeof answer === 'string' ? answer.trim() : answer }];
  });
}

/** The same words as the server's rule (applications service): said before anything is sent. */
export const REQUIRED_ANSWER = 'Answer this question: it is required.';

/** Required questions left without an answer, each as its field's message; empty when all are answered. */
export function unansweredRequired(questions: readonly Question[], values: AnswerValues): Partial<Record<AnswerField, string>> {
  const given = new Set(answersFor(questions, values).map((answer) => answer.questionId));
  return Object.fromEntries(questions.filter((q) => q.required && !given.has(q.id)).map((q) => [answerField(q.id), REQUIRED_ANSWER]));
}

const ANSWER_PROBLEM = /^answers\.([A-Za-z0-9_-]+): (.+)$/s;

/** The API's refusal of an application as the form shows it: per field, per question, and the rest above. */
export function applyErrorsFromApi(error: unknown, questions: readonly Question[]): FormErrors<ApplyField> {
  const base = formErrorsFromApi(error, ['resumeId', 'coverLetter', 'answers']);
  const fields: FormErrors<ApplyField>['fields'] = {};
  if (base.fields.resumeId) fields.resumeId = base.fields.resumeId;
  if (base.fields.coverLetter) fields.coverLetter = base.fields.coverLetter;
  const info = describeApiError(error);
  const known = new Set(questions.map((question) => question.id));
  const leftOver: string[] = [];
  if (info.code === 'BAD_REQUEST') {
    for (const part of info.message.split(/; (?=[A-Za-z][\w.-]*: )/)) {
      const match = ANSWER_PROBLEM.exec(part);
      if (!match) continue;
      const [, id, message] = match as unknown as [string, string, string];
      if (known.has(id)) fields[answerField(id)] ??= message;
      else if (!leftOver.includes(message)) leftOver.push(message);
    }
  }
  // An answers problem that names no question of this form (too many answers, one too long) goes above it.
  if (base.fields.answers && !Object.keys(fields).some((field) => field.startsWith('answers.')) && leftOver.length === 0) {
    leftOver.push(base.fields.answers);
  }
  const banner = [base.banner?.message, ...leftOver].filter(Boolean).join(' ');
  return { fields, banner: banner ? { message: banner, ...(base.banner?.requestId && { requestId: base.banner.requestId }) } : undefined };
}
