import { describe, expect, it } from 'vitest';
import { createSkillGraph, expandCandidateSkills } from './graph.ts';
import {
  createMatchContext,
  prepareCandidate,
  prepareJob,
  rankCandidatesForJob,
  rankJobsForCandidate,
  scoreMatch,
  type MatchCandidate,
  type MatchJob,
  type MatchResult,
  type MatchScored,
} from './score.ts';

const skills = [
  { id: 'js', name: 'JavaScript' },
  { id: 'react', name: 'React' },
  { id: 'next', name: 'Next.js' },
  { id: 'ts', name: 'TypeScript' },
  { id: 'sql', name: 'SQL' },
  { id: 'pg', name: 'PostgreSQL', parentId: 'sql' },
  { id: 'k8s', name: 'Kubernetes' },
];
const relations = [
  { skillId: 'next', relatedSkillId: 'react', kind: 'implies' },
  { skillId: 'react', relatedSkillId: 'js', kind: 'implies' },
  { skillId: 'ts', relatedSkillId: 'js', kind: 'related' },
];
const graph = createSkillGraph(skills, relations);
const context = createMatchContext({ graph, titleSynonyms: [['Software Developer', 'Software Engineer', 'Programmer']] });

const job: MatchJob = {
  title: 'Senior Frontend Engineer',
  skills: [
    { skillId: 'react', name: 'React', requirement: 'required', yearsRequired: 3 },
    { skillId: 'ts', name: 'TypeScript', requirement: 'required' },
    { skillId: 'js', name: 'JavaScript', requirement: 'required' },
    { skillId: 'sql', name: 'SQL', requirement: 'preferred' },
    { skillId: 'k8s', name: 'Kubernetes', requirement: 'nice_to_have' },
  ],
  experienceLevel: 'senior',
  location: 'Berlin, Germany',
  remoteType: 'hybrid',
  salary: { min: 70_000, max: 90_000, currency: 'EUR', period: 'year' },
  description: 'Build the React and TypeScript front end of our hiring product.',
};
const candidate: MatchCandidate = {
  skills: [
    { skillId: 'react', name: 'React', years: 5 },
    { skillId: 'ts', name: 'TypeScript', years: 4 },
    { skillId: 'js', name: 'JavaScript', years: 6 },
    { skillId: 'pg', name: 'PostgreSQL', years: 2 },
    { skillId: 'k8s', name: 'Kubernetes', years: 1 },
  ],
  totalYears: 7,
  titles: ['Frontend Engineer'],
  location: 'Berlin, Germany',
  remotePreference: 'hybrid',
  desiredSalary: { min: 75_000, max: 85_000, currency: 'EUR', period: 'year' },
  text: 'Built React and TypeScript front ends for a hiring product.',
};

function score(c: MatchCandidate, j: MatchJob = job): MatchResult {
  return scoreMatch(prepareCandidate(c, context), prepareJob(j, context), context);
}
function scored(c: MatchCandidate, j: MatchJob = job): MatchScored {
  const result = score(c, j);
  if (!result.scored) throw new Error(`not scored: ${result.message}`);
  return result;
}
const criterion = (r: MatchScored, key: string) => r.criteria.find((c) => c.key === key);

describe('implied skills', () => {
  it.each([
    ['next', 'react', 'implied', 0.7, ['Next.js', 'React']],
    ['next', 'js', 'implied', 0.5, ['Next.js', 'React', 'JavaScript']],
    ['pg', 'sql', 'implied', 0.7, ['PostgreSQL', 'SQL']],
    ['ts', 'js', undefined, undefined, undefined], // "related" implies nothing
    ['react', 'next', undefined, undefined, undefined], // implication does not run backwards
  ])('%s gives %s: %s %s', (from, to, how, credit, via) => {
    const held = expandCandidateSkills(graph, [{ skillId: from, name: skills.find((s) => s.id === from)!.name }]).get(to);
    expect(held?.how).toBe(how);
    expect(held?.credit).toBe(credit);
    expect(held?.via).toEqual(via);
  });
  it('a stated skill beats the same skill implied', () => {
    const held = expandCandidateSkills(graph, [{ skillId: 'next', name: 'Next.js' }, { skillId: 'react', name: 'React' }]);
    expect(held.get('react')?.how).toBe('direct');
  });
});

describe('scoreMatch', () => {
  it('scores a strong candidate high, as an integer 0-100, with every criterion and weights summing to 1', () => {
    const result = scored(candidate);
    expect(Number.isInteger(result.total)).toBe(true);
    expect(result.total).toBeGreaterThanOrEqual(80);
    expect(result.total).toBeLessThanOrEqual(100);
    expect(result.criteria.map((c) => c.key).sort()).toEqual(['experience', 'location', 'salary', 'skills', 'text', 'title']);
    expect(result.criteria.reduce((sum, c) => sum + c.weight, 0)).toBeCloseTo(1, 1);
    expect(result.missingRequired).toEqual([]);
    expect(result.matchedSkills.find((m) => m.skillId === 'sql')).toMatchObject({ how: 'implied', via: ['PostgreSQL', 'SQL'] });
  });

  it('never rises as matched skills are removed one at a time, and falls when a required one goes', () => {
    let previous = scored(candidate).total;
    for (let i = 1; i <= candidate.skills.length - 1; i++) {
      const fewer = { ...candidate, skills: candidate.skills.slice(i) };
      const now = scored(fewer).total;
      expect(now).toBeLessThanOrEqual(previous);
      previous = now;
    }
    const withoutReact = scored({ ...candidate, skills: candidate.skills.filter((s) => s.skillId !== 'react') });
    expect(withoutReact.total).toBeLessThan(scored(candidate).total);
    expect(withoutReact.missingRequired).toEqual([{ skillId: 'react', name: 'React' }]);
  });

  it('gives less for an implied skill than a stated one, and less for two hops than one', () => {
    const only = (stated: string) => criterion(scored({ ...candidate, skills: [{ skillId: stated, name: stated, years: 9 }] }, { ...job, skills: [{ skillId: 'js', name: 'JavaScript', requirement: 'required' }] }), 'skills')!.score;
    expect(only('js')).toBe(1);
    expect(only('react')).toBeLessThan(only('js'));
    expect(only('next')).toBeLessThan(only('react'));
  });

  it('gives partial credit for fewer years than asked', () => {
    const years = (y: number | null) =>
      criterion(scored({ ...candidate, skills: [{ skillId: 'react', name: 'React', years: y }] }, { ...job, skills: [{ skillId: 'react', name: 'React', requirement: 'required', yearsRequired: 4 }] }), 'skills')!.score;
    expect(years(4)).toBe(1);
    expect(years(2)).toBe(0.5);
    expect(years(1)).toBe(0.5); // the floor
    expect(years(null)).toBeLessThan(1);
    expect(years(3)).toBeLessThan(years(4));
  });

  it.each([
    [{ skills: [], titles: [], totalYears: null }, ['skills', 'titles', 'experience']],
    [{ skills: [], titles: ['Engineer'], totalYears: 3 }, ['skills']],
  ])('does not score a profile with too little data %j', (lacking, missing) => {
    const result = score({ ...candidate, ...lacking });
    expect(result.scored).toBe(false);
    if (!result.scored) {
      expect(result.missing).toEqual(missing);
      expect(result.message).toMatch(/Add your skills/);
    }
  });

  it('scores titles and years alone against a job that lists no skills', () => {
    const result = scored({ ...candidate, skills: [] }, { ...job, skills: [] });
    expect(result.skipped.map((s) => s.key)).toContain('skills');
    expect(result.criteria.reduce((sum, c) => sum + c.weight, 0)).toBeCloseTo(1, 1);
  });

  it('leaves out and renormalises criteria the job has no data for, saying why', () => {
    const result = scored(candidate, { ...job, salary: null });
    expect(result.skipped).toContainEqual({ key: 'salary', why: 'The job gives no salary.' });
    expect(result.criteria.some((c) => c.key === 'salary')).toBe(false);
    expect(result.criteria.reduce((sum, c) => sum + c.weight, 0)).toBeCloseTo(1, 1);
  });

  it.each([
    ['remote job, far away candidate', { remoteType: 'remote', location: 'Lisbon, Portugal' }, { location: 'Tokyo, Japan', remotePreference: 'remote' }, 1],
    ['on-site, same city', { remoteType: 'onsite' }, { remotePreference: 'any' }, 1],
    ['on-site, same country', { remoteType: 'onsite', location: 'Munich, Germany' }, { remotePreference: 'any' }, 0.6],
    ['on-site, elsewhere', { remoteType: 'onsite', location: 'Paris, France' }, { remotePreference: 'any' }, 0.1],
    ['on-site for someone who wants remote', { remoteType: 'onsite' }, { remotePreference: 'remote' }, 0.2],
  ] as const)('location: %s', (_, jobPart, candidatePart, expected) => {
    expect(criterion(scored({ ...candidate, ...candidatePart }, { ...job, ...jobPart }), 'location')!.score).toBeCloseTo(expected);
  });

  it('compares salaries per year, whatever the period, and skips other currencies', () => {
    const hourly = { ...job, salary: { min: 40, max: 45, currency: 'EUR', period: 'hour' } }; // 83,200-93,600 a year
    expect(criterion(scored(candidate, hourly), 'salary')!.score).toBe(1);
    const low = { ...job, salary: { min: 3_000, max: 3_750, currency: 'EUR', period: 'month' } }; // 45,000 a year
    expect(criterion(scored(candidate, low), 'salary')!.score).toBeCloseTo((45_000 / 75_000) ** 2);
    const dollars = scored(candidate, { ...job, salary: { min: 90_000, max: 100_000, currency: 'USD', period: 'year' } });
    expect(dollars.skipped.find((s) => s.key === 'salary')?.why).toMatch(/USD/);
  });

  it('reads titles of one occupation as the same job', () => {
    const developer = { ...job, title: 'Software Developer' };
    expect(criterion(scored({ ...candidate, titles: ['Software Engineer'] }, developer), 'title')!.score).toBe(1);
    expect(criterion(scored({ ...candidate, titles: ['Pastry Chef'] }, developer), 'title')!.score).toBe(0);
    expect(criterion(scored({ ...candidate, titles: ['Senior Software Engineers'] }, developer), 'title')!.score).toBeGreaterThan(0);
  });

  it('prefers the level the candidate has the years for', () => {
    const years = (y: number, level: string) => criterion(scored({ ...candidate, totalYears: y }, { ...job, experienceLevel: level }), 'experience')!.score;
    expect(years(7, 'senior')).toBe(1);
    expect(years(2, 'senior')).toBeCloseTo(0.4);
    expect(years(30, 'junior')).toBeCloseTo(0.7);
    expect(years(0, 'entry')).toBe(1);
  });
});

describe('ranking both ways', () => {
  const jobs = [
    { id: 'backend', job: { ...job, title: 'Database Administrator', skills: [{ skillId: 'sql', name: 'SQL', requirement: 'required' as const }] } },
    { id: 'frontend', job },
    { id: 'ops', job: { ...job, title: 'Platform Engineer', skills: [{ skillId: 'k8s', name: 'Kubernetes', requirement: 'required' as const, yearsRequired: 5 }] } },
  ];
  it('ranks the best fitting job first, and gives the same report as scoring the pair alone', () => {
    const prepared = prepareCandidate(candidate, context);
    const ranked = rankJobsForCandidate(prepared, jobs.map((j) => ({ id: j.id, prepared: prepareJob(j.job, context) })), context, 2);
    expect(ranked.map((r) => r.item.id)).toEqual(['frontend', 'backend']);
    expect(ranked[0]!.result).toEqual(score(candidate, job));
  });
  it('ranks candidates for a job with the same reports', () => {
    const weaker = { ...candidate, skills: candidate.skills.slice(2) };
    const ranked = rankCandidatesForJob(
      prepareJob(job, context),
      [
        { id: 'weaker', prepared: prepareCandidate(weaker, context) },
        { id: 'nothing', prepared: prepareCandidate({ skills: [], titles: [] }, context) },
        { id: 'strong', prepared: prepareCandidate(candidate, context) },
      ],
      context,
      10,
    );
    expect(ranked.map((r) => r.item.id)).toEqual(['strong', 'weaker']);
    expect(ranked[1]!.result).toEqual(score(weaker));
  });
});
