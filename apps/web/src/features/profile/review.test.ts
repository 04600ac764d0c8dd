import { describe, expect, it } from 'vitest';
import { acceptableFields, confidenceText, educationLine, experienceLine, reviewRows, skillChoices, type CurrentProfile, type ParsedFields } from './review.ts';

const found = <T,>(value: T, confidence = 0.9) => ({ value, confidence });

const nothingParsed: ParsedFields = {
  name: null,
  phone: null,
  location: null,
  headline: null,
  summary: null,
  links: [],
  experience: [],
  education: [],
  skills: [],
  unmatchedSkills: [],
  languages: [],
  certifications: [],
  totalYearsExperience: null,
};

const emptyProfile: CurrentProfile = {
  firstName: '',
  lastName: '',
  headline: null,
  summary: null,
  phone: null,
  location: null,
  yearsExperience: null,
  experience: [],
  education: [],
  languages: [],
  certifications: [],
  links: [],
  skills: [],
};

const row = (parsed: Partial<ParsedFields>, profile: Partial<CurrentProfile>, field: string) =>
  reviewRows({ ...nothingParsed, ...parsed }, { ...emptyProfile, ...profile }).find((r) => r.field === field)!;

describe('reviewRows: a scalar', () => {
  it.each<[string, Partial<ParsedFields>, Partial<CurrentProfile>, string, string]>([
    ['not in the resume', {}, { headline: 'Engineer' }, 'headline', 'none'],
    ['new to the profile', { headline: found('Engineer') }, {}, 'headline', 'new'],
    ['the same, case and spaces aside', { headline: found('senior  engineer') }, { headline: 'Senior engineer' }, 'headline', 'same'],
    ['different', { phone: found('+1 555 0100') }, { phone: '+44 20 7946 0000' }, 'phone', 'differs'],
    ['the name against first and last', { name: found('Ada Lovelace') }, { firstName: 'Ada', lastName: 'Lovelace' }, 'name', 'same'],
    ['years as a number', { totalYearsExperience: found(7) }, { yearsExperience: 5 }, 'yearsExperience', 'differs'],
  ])('%s', (_, parsed, profile, field, state) => {
    expect(row(parsed, profile, field).state).toBe(state);
  });

  it('shows both values and its confidence', () => {
    const r = row({ location: found('Berlin', 0.72) }, { location: 'Paris' }, 'location');
    expect(r).toMatchObject({ parsed: ['Berlin'], current: ['Paris'], added: ['Berlin'], confidence: 0.72 });
  });
});

describe('reviewRows: a list', () => {
  const experience = (title: string, company: string, start: string | null = null) => found({ title, company, start, end: null, current: start !== null });

  it('adds only the entries the profile lacks, matching experience on title and company', () => {
    const r = row(
      { experience: [experience('Engineer', 'Acme', '2020-01'), experience('CTO', 'Initech')] },
      { experience: [{ title: 'engineer', company: 'ACME', start: '2019-12', end: null, current: false }] },
      'experience',
    );
    expect(r.state).toBe('differs');
    expect(r.added).toEqual(['CTO at Initech']);
  });

  it('is the same when every entry is there already', () => {
    expect(row({ languages: [found('English')] }, { languages: ['english', 'French'] }, 'languages').state).toBe('same');
  });

  it('matches links without their scheme, www or trailing slash', () => {
    const r = row({ links: [found({ kind: 'github', url: 'https://github.com/ada/' })] }, { links: [{ kind: 'github', url: 'http://www.github.com/ada' }] }, 'links');
    expect(r.state).toBe('same');
  });

  it('lists a repeated entry once', () => {
    expect(row({ certifications: [found('AWS'), found('aws')] }, {}, 'certifications').added).toEqual(['AWS']);
  });

  it('takes the lowest confidence of the entries', () => {
    expect(row({ languages: [found('English', 0.9), found('French', 0.4)] }, {}, 'languages').confidence).toBe(0.4);
  });
});

describe('acceptableFields', () => {
  it('takes what would change something', () => {
    const rows = reviewRows({ ...nothingParsed, headline: found('Engineer'), phone: found('1'), languages: [found('English')] }, { ...emptyProfile, phone: '1' });
    expect(acceptableFields(rows)).toEqual(['headline', 'languages']);
  });
});

describe('skillChoices', () => {
  it('offers each parsed skill once and marks those on the profile', () => {
    const skill = (slug: string, name: string) => ({ skillId: `id-${slug}`, slug, name, matchedText: name, confidence: 1 });
    const choices = skillChoices(
      { ...nothingParsed, skills: [skill('react', 'React'), skill('sql', 'SQL'), skill('react', 'React')] },
      { ...emptyProfile, skills: [{ slug: 'sql', name: 'SQL' }] },
    );
    expect(choices.map((c) => [c.slug, c.onProfile])).toEqual([
      ['react', false],
      ['sql', true],
    ]);
  });
});

describe('lines in words', () => {
  it.each([
    [{ title: 'Engineer', company: 'Acme', start: '2020-01', end: null, current: true }, 'Engineer at Acme, 2020-01 – Present'],
    [{ title: null, company: 'Acme', start: null, end: '2021-05', current: false }, 'Acme, ? – 2021-05'],
    [{ title: null, company: null, start: null, end: null, current: false }, 'Untitled position'],
  ])('experience %j', (entry, text) => expect(experienceLine(entry)).toBe(text));

  it.each([
    [{ school: 'MIT', degree: 'BSc', field: 'Physics', startYear: 2010, endYear: 2014 }, 'BSc in Physics, MIT, 2010–2014'],
    [{ school: 'MIT', degree: null, field: null, startYear: null, endYear: null }, 'MIT'],
  ])('education %j', (entry, text) => expect(educationLine(entry)).toBe(text));

  it('confidence as a percentage', () => expect(confidenceText(0.926)).toBe('93%'));
});
