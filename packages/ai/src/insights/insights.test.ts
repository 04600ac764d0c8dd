import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, ParsedExperience, ParsedResume } from '../types.ts';
import { INSIGHT_WEIGHTS, resumeInsights } from './insights.ts';

const doc = (pages = 1): ExtractedDocument => ({ format: 'pdf', pages, columns: 1, bodyFontSize: 10, lines: [], text: '' });
const field = <T>(value: T) => ({ value, confidence: 0.9 });
const job = (over: Partial<ParsedExperience> = {}) =>
  field<ParsedExperience>({ title: 'Engineer', company: 'Acme', location: null, start: '2020-01', end: null, current: true, bullets: ['Cut build time by 40%'], ...over });

function resume(over: Partial<ParsedResume> = {}): ParsedResume {
  return {
    name: field('Ada Lovelace'),
    email: field('ada@example.com'),
    phone: field('+44 20 7946 0000'),
    location: null,
    headline: null,
    summary: field('Engineer who builds compilers.'),
    links: [field({ kind: 'github' as const, url: 'https://github.com/ada' })],
    experience: [job()],
    education: [field({ degree: 'BSc', field: null, school: 'UCL', startYear: 2010, endYear: 2013 })],
    skills: Array.from({ length: 6 }, (_, i) => ({ skillId: `s${i}`, name: `S${i}`, matchedText: `S${i}`, via: 'name' as const, inSkillsSection: true, confidence: 0.9 })),
    unmatchedSkills: [],
    languages: [],
    certifications: [],
    totalYearsExperience: field(5),
    sections: [{ kind: 'skills', heading: 'Skills', start: 0, end: 1, confidence: 0.9 }],
    ...over,
  };
}

describe('resume insights', () => {
  it('weighs its rules to 100, and a complete resume scores 100 with no suggestions', () => {
    expect(Object.values(INSIGHT_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    const insights = resumeInsights(resume(), doc());
    expect(insights.score).toBe(100);
    expect(insights.suggestions).toEqual([]);
  });

  it.each<[string, Partial<ParsedResume>, number, string]>([
    ['no email', { email: null }, 90, 'Contact email missing: add one at the top so recruiters can reach you.'],
    ['no skills section', { sections: [], skills: [] }, 85, 'No skills section: add one listing the tools and skills you use, so matching can find them.'],
    [
      'results missing on 3 of 5 entries',
      { experience: [job(), job(), job({ bullets: ['Wrote code'] }), job({ bullets: ['Fixed bugs'] }), job({ bullets: [] })] },
      91,
      '3 of 5 experience entries have no measurable result (1 entry has no bullet points at all): say what changed, with numbers ("cut build time by 40%").',
    ],
    ['dates missing on 2 entries', { experience: [job(), job({ start: null }), job({ start: null }), job()] }, 95, 'Dates missing on 2 entries: add a start and end month (or "Present") to each position.'],
    ['a weak opening', { experience: [job({ bullets: ['Responsible for the build, 40% faster'] })] }, 95, '1 bullet opens with "responsible for", "worked on" or similar: start with a verb that says what you did ("built", "led", "reduced").'],
    ['no experience', { experience: [] }, 55, 'No work experience found: add an "Experience" section with your positions, newest first.'],
  ])('%s', (_, over, score, suggestion) => {
    const insights = resumeInsights(resume(over), doc());
    expect(insights.score).toBe(score);
    expect(insights.suggestions).toContain(suggestion);
  });

  it('puts the suggestions worth most first, and flags a long resume for little experience', () => {
    const insights = resumeInsights(resume({ email: null, links: [], totalYearsExperience: field(3) }), doc(4));
    expect(insights.suggestions[0]).toMatch(/^Contact email missing/);
    expect(insights.suggestions).toContain('4 pages for 3 years of experience: keep it to 2 pages.');
    expect(insights.checks.every((c) => c.earned >= 0 && c.earned <= c.weight)).toBe(true);
  });
});
