import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { answersFor, applyErrorsFromApi, REQUIRED_ANSWER, unansweredRequired, type Question } from './apply-form.ts';

const questions: Question[] = [
  { id: 'qa1', kind: 'yes_no', prompt: 'Can you relocate?', required: true },
  { id: 'qb2', kind: 'choice', prompt: 'Team?', required: false, choices: ['Edge', 'Core'] },
  { id: 'qc3', kind: 'text', prompt: 'Why us?', required: false },
];

function badRequest(message: string, fieldErrors?: Record<string, string[]>) {
  return TRPCClientError.from({ error: { message, code: -32600, data: { code: 'BAD_REQUEST', httpStatus: 400, fieldErrors } } });
}

describe('answersFor', () => {
  it('keeps given answers in the job order, trims text and drops blanks', () => {
    expect(answersFor(questions, { qc3: '  Because  ', qa1: false, qb2: '' })).toEqual([
      { questionId: 'qa1', answer: false },
      { questionId: 'qc3', answer: 'Because' },
    ]);
  });
});

describe('applyErrorsFromApi', () => {
  it('puts each answer problem next to its question', () => {
    const errors = applyErrorsFromApi(badRequest('answers.qa1: Answer this question: it is required.; answers.qb2: Pick one of: Edge, Core.'), questions);
    expect(errors.fields).toEqual({ 'answers.qa1': 'Answer this question: it is required.', 'answers.qb2': 'Pick one of: Edge, Core.' });
    expect(errors.banner).toBeUndefined();
  });

  it('shows a closed job above the form', () => {
    const errors = applyErrorsFromApi(badRequest('jobId: This job no longer takes applications.'), questions);
    expect(errors.fields).toEqual({});
    expect(errors.banner?.message).toBe('This job no longer takes applications.');
  });

  it('puts a zod field error at its field', () => {
    const errors = applyErrorsFromApi(badRequest('coverLetter: Too long', { coverLetter: ['Use at most 10,000 characters for the cover letter.'] }), questions);
    expect(errors.fields).toEqual({ coverLetter: 'Use at most 10,000 characters for the cover letter.' });
  });
});

describe('unansweredRequired', () => {
  it.each([
    [{}, { 'answers.qa1': REQUIRED_ANSWER }],
    [{ qa1: false }, {}],
    [{ qa1: true, qc3: '   ' }, {}],
  ] as const)('answers %j -> %j', (values, expected) => {
    expect(unansweredRequired(questions, values)).toEqual(expected);
  });
  it('counts blank text as no answer', () => {
    expect(unansweredRequired([{ id: 't', kind: 'text', prompt: 'Why?', required: true }], { t: '  ' })).toEqual({ 'answers.t': REQUIRED_ANSWER });
  });
});
