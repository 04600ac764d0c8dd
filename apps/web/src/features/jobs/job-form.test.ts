import { jobCreateInput } from '@hotgigs/shared';
import { describe, expect, it } from 'vitest';
import {
  changedFields,
  dateInputValue,
  deadlineFromDateInput,
  emptyJobForm,
  isBlankHtml,
  itemErrorsFromZod,
  jobFormValues,
  moveItem,
  newQuestionId,
  parseWholeNumber,
  toJobInput,
  type EditableJob,
  type JobFormValues,
} from './job-form.ts';

function form(patch: Partial<JobFormValues> = {}): JobFormValues {
  return { ...emptyJobForm(), ...patch };
}

describe('parseWholeNumber', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['90000', 90000],
    ['90,000', 90000],
    ['90 000', 90000],
    ['0', 0],
  ])('reads %j as %j', (text, value) => {
    expect(parseWholeNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['9.5', 'ninety', '-3', '1e5', '12abc'])('refuses %j', (text) => {
    expect(parseWholeNumber(text)).toEqual({ ok: false });
  });
});

describe('deadlines', () => {
  it('is the last moment of the chosen day, in the browser’s time zone', () => {
    const deadline = deadlineFromDateInput('2030-03-12')!;
    expect([deadline.getFullYear(), deadline.getMonth(), deadline.getDate()]).toEqual([2030, 2, 12]);
    expect([deadline.getHours(), deadline.getMinutes(), deadline.getSeconds()]).toEqual([23, 59, 59]);
  });

  it('shows a saved deadline as the day it was chosen on', () => {
    expect(dateInputValue(deadlineFromDateInput('2030-01-05')!)).toBe('2030-01-05');
    expect(dateInputValue(null)).toBe('');
  });

  it.each(['2030-02-31', '2030-13-01', '12/03/2030', ''])('is no date for %j', (text) => {
    expect(deadlineFromDateInput(text)).toBeUndefined();
  });
});

describe('isBlankHtml', () => {
  it.each([
    ['', true],
    ['<p></p>', true],
    ['<p>&nbsp; </p><p><br></p>', true],
    ['<p>Hi</p>', false],
    ['<ul><li>Go</li></ul>', false],
  ])('%j is blank: %s', (html, blank) => {
    expect(isBlankHtml(html)).toBe(blank);
  });
});

describe('toJobInput', () => {
  it('turns what was typed into the API’s input, which the schema accepts', () => {
    const values = form({
      title: 'Data engineer',
      description: '<p>Pipelines.</p>',
      location: '  ',
      salaryMin: '90,000',
      salaryMax: '',
      deadline: '2030-03-12',
      skills: [{ slug: 'python', name: 'Python', requirement: 'preferred', years: '3' }],
      screeningQuestions: [
        { id: 'q1', kind: 'choice', prompt: 'Level?', required: true, choices: ['Junior', ' ', 'Senior '] },
        { id: 'q2', kind: 'yes_no', prompt: 'Visa?', required: false, choices: ['left over'] },
      ],
    });
    const { input, problems } = toJobInput(values);
    expect(problems).toEqual({ fields: {}, skills: {}, screeningQuestions: {} });
    expect(input).toMatchObject({
      title: 'Data engineer',
      location: null,
      salaryMin: 90000,
      salaryMax: null,
      deadline: deadlineFromDateInput('2030-03-12'),
      skills: [{ slug: 'python', requirement: 'preferred', yearsRequired: 3 }],
      screeningQuestions: [
        { id: 'q1', kind: 'choice', prompt: 'Level?', required: true, choices: ['Junior', 'Senior'] },
        { id: 'q2', kind: 'yes_no', prompt: 'Visa?', required: false },
      ],
    });
    expect(input.screeningQuestions![1]).not.toHaveProperty('choices');
    expect(jobCreateInput.safeParse(input).success).toBe(true);
  });

  it('sends an editor’s empty markup as no description', () => {
    expect(toJobInput(form({ description: '<p></p>' })).input.description).toBe('');
  });

  it('names what cannot be read: letters in amounts and years, an impossible date', () => {
    const { problems } = toJobInput(
      form({
        salaryMax: '100k',
        deadline: '2030-02-30',
        skills: [
          { slug: 'go', name: 'Go', requirement: 'required', years: '2' },
          { slug: 'sql', name: 'SQL', requirement: 'required', years: 'a few' },
        ],
      }),
    );
    expect(problems.fields).toEqual({
      salaryMax: 'Enter a whole amount in digits, like 90000.',
      deadline: 'Pick a date, or leave it empty for no deadline.',
    });
    expect(problems.skills).toEqual({ 1: { yearsRequired: 'Enter whole years in digits, like 3.' } });
  });
});

describe('itemErrorsFromZod', () => {
  it('puts each problem next to its row and part', () => {
    const { input } = toJobInput(
      form({
        skills: [{ slug: 'go', name: 'Go', requirement: 'required', years: '60' }],
        screeningQuestions: [
          { id: 'q1', kind: 'yes_no', prompt: 'Fine', required: false, choices: [] },
          { id: 'q2', kind: 'text', prompt: '', required: false, choices: [] },
          { id: 'q3', kind: 'choice', prompt: 'Pick', required: false, choices: ['Only one'] },
        ],
      }),
    );
    const result = jobCreateInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(itemErrorsFromZod(result.error!)).toEqual({
      skills: { 0: { yearsRequired: 'At most 50 years.' } },
      screeningQuestions: { 1: { prompt: 'Write the question.' }, 2: { choices: 'A choice question needs 2 to 10 choices.' } },
    });
  });
});

describe('changedFields', () => {
  it('keeps only what differs, comparing lists and dates by value', () => {
    const before = toJobInput(form({ title: 'A', deadline: '2030-01-01', skills: [{ slug: 'go', name: 'Go', requirement: 'required', years: '' }] })).input;
    const after = toJobInput(form({ title: 'B', deadline: '2030-01-01', skills: [{ slug: 'go', name: 'Go', requirement: 'required', years: '' }] })).input;
    expect(changedFields(before, after)).toEqual({ title: 'B' });
    expect(changedFields(before, before)).toEqual({});
  });
});

describe('jobFormValues', () => {
  it('fills the form from a saved job, and saving it unchanged changes nothing', () => {
    const deadline = deadlineFromDateInput('2030-06-30')!;
    const job = {
      title: 'Designer',
      description: '<p>Make it nice.</p>',
      requirements: '',
      location: null,
      remote: 'remote',
      employmentType: 'contract',
      experienceLevel: 'senior',
      salaryMin: 500,
      salaryMax: null,
      salaryCurrency: 'EUR',
      salaryPeriod: 'day',
      deadline,
      skills: [{ slug: 'figma', name: 'Figma', category: 'Design', requirement: 'required', yearsRequired: 4 }],
      screeningQuestions: [{ id: 'q1', kind: 'choice', prompt: 'Portfolio?', required: true, choices: ['Yes', 'Soon'] }],
    } as unknown as EditableJob;
    const values = jobFormValues(job);
    expect(values).toMatchObject({ location: '', salaryMin: '500', salaryMax: '', deadline: '2030-06-30' });
    expect(values.skills).toEqual([{ slug: 'figma', name: 'Figma', requirement: 'required', years: '4' }]);
    expect(toJobInput(values).input).toMatchObject({ deadline, salaryMin: 500, salaryMax: null, location: null });
  });
});

describe('moveItem', () => {
  it.each([
    [1, 0, ['b', 'a', 'c']],
    [0, 2, ['b', 'c', 'a']],
    [2, 5, ['a', 'b', 'c']],
    [0, -1, ['a', 'b', 'c']],
    [9, 0, ['a', 'b', 'c']],
  ])('moves %i to %i', (from, to, expected) => {
    expect(moveItem(['a', 'b', 'c'], from, to)).toEqual(expected);
  });
});

describe('newQuestionId', () => {
  it('makes an id the API accepts and no other question has', () => {
    const draws = [0, 0, 0.5];
    const random = () => draws.shift()!;
    const taken = [newQuestionId([], () => 0)];
    const id = newQuestionId(taken, random);
    expect(taken).toEqual(['q00000000']);
    expect(id).not.toBe('q00000000');
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
  });
});
