import { profileUpdateInput } from '@hotgigs/shared';
import { describe, expect, it } from 'vitest';
import {
  emptyEducation,
  emptyExperience,
  emptyLink,
  hasProblems,
  lines,
  mergeProblems,
  parseYears,
  profileFormValues,
  rowErrorsFromZod,
  toProfileInput,
  type EditableProfile,
  type ProfileFormValues,
} from './profile-form.ts';

const saved: EditableProfile = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  headline: 'Analyst',
  summary: null,
  phone: null,
  location: 'London',
  remotePreference: 'hybrid',
  salaryMin: 50000,
  salaryMax: null,
  salaryCurrency: 'GBP',
  salaryPeriod: 'year',
  availability: null,
  yearsExperience: 7,
  visibility: 'recruiters_only',
  experience: [{ title: 'Analyst', company: 'Babbage & Co', location: null, start: '2019-01', end: null, current: true, bullets: ['Notes', 'Bernoulli numbers'] }],
  education: [{ institution: 'Home', degree: null, field: 'Mathematics', startYear: 2010, endYear: null }],
  languages: ['English', 'French'],
  certifications: [],
  links: [{ kind: 'website', url: 'https://example.com' }],
  skills: [{ slug: 'mathematics', name: 'Mathematics', proficiency: 5, years: 10.5, source: 'resume' }],
};

const form = (patch: Partial<ProfileFormValues> = {}): ProfileFormValues => ({ ...profileFormValues(saved), ...patch });

describe('profileFormValues and toProfileInput', () => {
  it('round-trips a saved profile into the same input', () => {
    const { input, problems } = toProfileInput(form());
    expect(hasProblems(problems)).toBe(false);
    const parsed = profileUpdateInput.parse(input);
    expect(parsed).toMatchObject({
      firstName: 'Ada',
      headline: 'Analyst',
      summary: null,
      salaryMin: 50000,
      salaryMax: null,
      salaryCurrency: 'GBP',
      yearsExperience: 7,
      experience: saved.experience,
      education: saved.education,
      languages: ['English', 'French'],
      links: saved.links,
      skills: [{ slug: 'mathematics', proficiency: 5, years: 10.5 }],
    });
  });

  it.each<[string, Partial<ProfileFormValues>, string, string]>([
    ['letters in an amount', { salaryMin: 'lots' }, 'salaryMin', 'Enter a whole amount in digits, like 90000.'],
    ['a fraction of a year', { yearsExperience: '2.5' }, 'yearsExperience', 'Enter whole years in digits, like 5.'],
  ])('refuses %s before the schema sees it', (_, patch, field, message) => {
    const { problems } = toProfileInput(form(patch));
    expect(problems.fields).toEqual({ [field]: message });
  });

  it('drops currency and period without an amount, and the end of a current position', () => {
    const experience = [{ ...emptyExperience(), title: 'CTO', company: 'X', start: '2020-01', end: '2021-01', current: true }];
    const { input } = toProfileInput(form({ salaryMin: '', salaryMax: '', experience }));
    expect(input).toMatchObject({ salaryCurrency: null, salaryPeriod: null, experience: [{ end: null, current: true }] });
  });

  it('skips empty link rows but keeps the errors of the others next to their own row', () => {
    const links = [emptyLink(), { ...emptyLink(), url: 'ftp://nope' }];
    const { input } = toProfileInput(form({ links }));
    expect(input.links).toEqual([{ kind: 'linkedin', url: 'ftp://nope' }]);
    const checked = profileUpdateInput.safeParse(input);
    expect(checked.success).toBe(false);
    const rows = rowErrorsFromZod(checked.error!, links);
    expect(Object.keys(rows.links)).toEqual(['1']);
    expect(rows.links[1]?.url).toMatch(/https/);
  });

  it('puts row problems of the schema and of the form together, the list itself left unmarked', () => {
    const education = [{ ...emptyEducation(), institution: '', startYear: 'abc' }];
    const { input, problems } = toProfileInput(form({ education }));
    const checked = profileUpdateInput.safeParse(input);
    expect(checked.success).toBe(false);
    const merged = mergeProblems(problems, { fields: { education: 'x' }, rows: rowErrorsFromZod(checked.error!) });
    expect(merged.fields.education).toBeUndefined();
    expect(merged.rows.education[0]).toEqual({ institution: 'Write the school.', startYear: 'A year in digits, like 2019.' });
  });

  it('reports a skill year it cannot read on the skill', () => {
    const skills = [{ slug: 'mathematics', name: 'Mathematics', proficiency: '', years: 'ten', source: 'self' as const }];
    expect(toProfileInput(form({ skills })).problems.rows.skills).toEqual({ 0: { years: 'Years in digits, like 3 or 2.5.' } });
  });
});

describe('parseYears', () => {
  it.each([
    ['', null],
    ['3', 3],
    ['2.5', 2.5],
    ['2,5', 2.5],
    [' 10 ', 10],
    ['ten', undefined],
    ['1.25', undefined],
    ['-1', undefined],
  ])('%j -> %j', (text, expected) => expect(parseYears(text)).toBe(expected));
});

describe('lines', () => {
  it.each([
    ['', []],
    ['English\nFrench', ['English', 'French']],
    ['  English \r\n\n French\n', ['English', 'French']],
  ])('%j', (text, expected) => expect(lines(text)).toEqual(expected));
});
