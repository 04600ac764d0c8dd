// The title criterion of the match score: titles of one occupation are the same job whatever their level word, a
// title listed under several occupations belongs to each, and level words alone make no two titles alike.
import { describe, expect, it } from 'vitest';
import { createSkillGraph } from './graph.ts';
import { stripTitleLevel } from './levels.ts';
import { createMatchContext, prepareCandidate, prepareJob, scoreMatch } from './score.ts';

// Occupations as ESCO lists them: a title and its alternative labels. "Account Manager" is listed under two.
const context = createMatchContext({
  graph: createSkillGraph([], []),
  titleSynonyms: [
    ['Dietitian', 'Dietician', 'Nutrition Therapist'],
    ['Orthoptist', 'Orthoptics Specialist'],
    ['Chiropractor', 'Chiropractic Doctor'],
    ['Osteopath', 'Osteopathic Practitioner'],
    ['Telecommunications Administrator', 'Telecoms Administrator'],
    ['Key Account Manager', 'Account Manager'],
    ['Sales Manager', 'Account Manager', 'Commercial Manager'],
    ['Chief Executive Officer', 'Managing Director'],
    ['Executive Officer'],
    ['Head Chef', 'Kitchen Manager'],
    ['Chef'],
    ['Accounting Assistant', 'Junior Accountant'],
    ['Accountant'],
    ['Headteacher', 'Principal'],
    ['Dancer', 'Principal Dancer'],
  ],
});

function titleScore(candidateTitle: string, jobTitle: string): number {
  const candidate = prepareCandidate({ skills: [{ skillId: 'x', name: 'X' }], titles: [candidateTitle], totalYears: 5 }, context);
  const result = scoreMatch(candidate, prepareJob({ title: jobTitle, skills: [] }, context), context);
  if (!result.scored) throw new Error('not scored');
  return result.criteria.find((c) => c.key === 'title')!.score;
}

describe('stripTitleLevel', () => {
  it.each([
    ['Senior Dietician', 'dietician'],
    ['Sr. Software Engineer II', 'software engineer'],
    ['Jr Orthoptist', 'orthoptist'],
    ['Entry Level Data Analyst', 'data analyst'],
    ['Mid-Level C++ Developer', 'c++ developer'],
    ['Lead Developer', 'developer'],
    ['Accountant (Senior)', 'accountant'],
    // Not level words: they name another job, or are a noun where they stand.
    ['Chief Executive Officer', 'chief executive officer'],
    ['Head Chef', 'head chef'],
    ['Assistant Manager', 'assistant manager'],
    ['Team Lead', 'team lead'],
    // Nothing but level words: kept, a principal is a head teacher.
    ['Principal', 'principal'],
  ])('%s -> %s', (title, core) => expect(stripTitleLevel(title)).toBe(core));
});

describe('title criterion', () => {
  it.each([
    // level words ignored: the same occupation whatever the level
    ['Senior Dietician', 'Dietitian', 1],
    ['Dietitian', 'Junior Dietician', 1],
    ['Junior Orthoptist', 'Senior Orthoptics Specialist', 1],
    ['Trainee Osteopath', 'Osteopathic Practitioner III', 1],
    ['Graduate Chiropractor', 'Chiropractic Doctor', 1],
    // a level word inside an occupation's own label still finds it, and the title without it
    ['Junior Accountant', 'Accounting Assistant', 1],
    ['Junior Accountant', 'Accountant', 1],
    // a form listed under several occupations belongs to each
    ['Account Manager', 'Key Account Manager', 1],
    ['Account Manager', 'Commercial Manager', 1],
    ['Senior Account Manager', 'Sales Manager', 1],
    // but two occupations sharing a form are not thereby one: only the shared word counts
    ['Key Account Manager', 'Commercial Manager', 0.4],
    // titles of their own are not levels of another job
    ['Chief Executive Officer', 'Managing Director', 1],
    ['Chief Executive Officer', 'Executive Officer', 0.8],
    ['Head Chef', 'Kitchen Manager', 1],
    ['Principal', 'Headteacher', 1],
    ['Principal Dancer', 'Dancer', 1],
    ['Principal', 'Dancer', 0],
    // level words alone make no two titles alike
    ['Senior Telecoms Administrator', 'Senior Orthoptics Specialist', 0],
    ['Senior Chiropractor', 'Senior Osteopath', 0],
    ['Senior', 'Senior Osteopath', 0],
    ['Junior Orthoptist', 'Junior Accountant', 0],
    // different occupations stay apart across levels
    ['Senior Chiropractor', 'Junior Osteopath', 0],
    ['Lead Dietitian', 'Senior Orthoptist', 0],
  ])('%s vs %s: %s', (candidate, job, expected) => {
    expect(titleScore(candidate, job)).toBeCloseTo(expected, 2);
    expect(titleScore(job, candidate)).toBeCloseTo(expected, 2);
  });

  it('scores shared words other than level words in between', () => {
    const close = titleScore('Senior Telecoms Administrator', 'Network Administrator');
    expect(close).toBeGreaterThan(0);
    expect(close).toBeLessThan(1);
    expect(titleScore('Senior Telecoms Administrator', 'Senior Network Administrator')).toBe(close);
  });
});
