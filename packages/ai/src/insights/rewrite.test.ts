import { describe, expect, it } from 'vitest';
import type { ParsedExperience, ParsedResume } from '../types.ts';
import { MAX_REWRITE_ITEMS, readRewriteReply, rewriteCandidates, rewritePrompt, RewriteReplyError, type RewriteItem } from './rewrite.ts';

const field = <T>(value: T) => ({ value, confidence: 0.9 });
const job = (title: string, bullets: string[]) =>
  field<ParsedExperience>({ title, company: 'Initech Secret Corp', location: 'Springfield', start: '2020-01', end: null, current: true, bullets });

function resume(experience: ReturnType<typeof job>[], summary: string | null = null): ParsedResume {
  return {
    name: field('Ada Lovelace'),
    email: field('ada@example.com'),
    phone: field('+44 20 7946 0000'),
    location: field('London'),
    headline: null,
    summary: summary ? field(summary) : null,
    links: [field({ kind: 'github' as const, url: 'https://github.com/ada' })],
    experience,
    education: [field({ degree: 'BSc', field: null, school: 'UCL', startYear: 2010, endYear: 2013 })],
    skills: [],
    unmatchedSkills: [],
    languages: [],
    certifications: [],
    totalYearsExperience: null,
    sections: [],
  };
}

describe('rewriteCandidates', () => {
  it.each<[string, string[], string[]]>([
    ['a weak opening is picked first', ['Built the billing service', 'Responsible for the release process'], ['Responsible for the release process', 'Built the billing service']],
    ['a bullet with a measurable result is left alone', ['Cut build time by 40%', 'Wrote the onboarding guide'], ['Wrote the onboarding guide']],
    ['a weak opening with a number is still picked', ['Helped with 3 migrations to PostgreSQL'], ['Helped with 3 migrations to PostgreSQL']],
    ['bullet marks are dropped, duplicates and fragments skipped', ['• Led the team of engineers', '- Led the team of engineers', 'Java'], ['Led the team of engineers']],
    ['nothing to improve', ['Grew revenue by $2M in a year'], []],
  ])('%s', (_, bullets, expected) => {
    expect(rewriteCandidates(resume([job('Engineer', bullets)])).map((i) => i.text)).toEqual(expected);
  });

  it('numbers the pieces from 1, keeps the job title as context, and caps how many are sent', () => {
    const bullets = Array.from({ length: 20 }, (_, i) => `Maintained internal tool number ${String.fromCharCode(97 + i)}`);
    const items = rewriteCandidates(resume([job('Platform Engineer', bullets)]));
    expect(items).toHaveLength(MAX_REWRITE_ITEMS);
    expect(items.map((i) => i.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(items[0]).toMatchObject({ kind: 'bullet', context: 'Platform Engineer', reason: 'Shows no measurable result.' });
  });

  it('offers a summary over 80 words', () => {
    const long = Array.from({ length: 90 }, () => 'word').join(' ');
    expect(rewriteCandidates(resume([], long))).toMatchObject([{ kind: 'summary', reason: 'The summary is over 80 words.' }]);
    expect(rewriteCandidates(resume([], 'Engineer who builds compilers.'))).toEqual([]);
  });
});

describe('rewritePrompt', () => {
  it('sends the pieces and the job titles, never who the candidate is or where they worked', () => {
    const items = rewriteCandidates(resume([job('Engineer', ['Worked on the payments API'])]));
    const text = JSON.stringify(rewritePrompt(items));
    expect(text).toContain('Worked on the payments API');
    expect(text).toContain('Engineer');
    for (const secret of ['Ada', 'Lovelace', 'ada@example.com', '7946', 'github.com/ada', 'Initech', 'Springfield', 'UCL', 'London']) expect(text).not.toContain(secret);
    expect(rewritePrompt(items)[0]).toMatchObject({ role: 'system' });
  });
});

describe('readRewriteReply', () => {
  const items: RewriteItem[] = [
    { index: 1, kind: 'bullet', context: 'Engineer', text: 'Worked on the payments API', reason: 'r1' },
    { index: 2, kind: 'bullet', context: 'Engineer', text: 'Wrote docs', reason: 'r2' },
  ];

  it.each<[string, string, [number, string][]]>([
    ['plain JSON', '{"suggestions":[{"index":1,"text":"Built the payments API serving [X] merchants"}]}', [[1, 'Built the payments API serving [X] merchants']]],
    ['inside a code fence after a sentence', 'Here you go:\n```json\n{"suggestions":[{"index":2,"text":"Wrote the API guide used by [N] teams"}]}\n```', [[2, 'Wrote the API guide used by [N] teams']]],
    ['kept in the order the pieces were sent', '{"suggestions":[{"index":2,"text":"Documented A"},{"index":1,"text":"Built B"}]}', [[1, 'Built B'], [2, 'Documented A']]],
    ['unknown index, wrong types and a second answer for one piece dropped', '{"suggestions":[{"index":9,"text":"x y"},{"index":"1","text":"a b"},{"index":1,"text":7},{"index":1,"text":"Built it"},{"index":1,"text":"Again"}]}', [[1, 'Built it']]],
    ['unchanged text (case and punctuation aside) dropped', '{"suggestions":[{"index":1,"text":"worked on the payments API."}]}', []],
    ['control characters and runs of spaces cleaned', '{"suggestions":[{"index":2,"text":"Wrote\\u0000  the\\nguide"}]}', [[2, 'Wrote the guide']]],
    ['an over-long suggestion dropped', `{"suggestions":[{"index":1,"text":"${'a'.repeat(700)}"}]}`, []],
  ])('%s', (_, content, expected) => {
    const got = readRewriteReply(content, items);
    expect(got.map((s) => [items.find((i) => i.text === s.original)!.index, s.suggestion])).toEqual(expected);
  });

  it('carries the original, its context and the reason with each suggestion', () => {
    expect(readRewriteReply('{"suggestions":[{"index":1,"text":"Built the payments API"}]}', items)).toEqual([
      { kind: 'bullet', context: 'Engineer', original: 'Worked on the payments API', suggestion: 'Built the payments API', reason: 'r1' },
    ]);
  });

  it.each([['no JSON', 'I cannot help with that.'], ['broken JSON', '{"suggestions": [ {"index": 1, '], ['no list', '{"ideas":[]}']])('refuses a reply with %s', (_, content) => {
    expect(() => readRewriteReply(content, items)).toThrow(RewriteReplyError);
  });
});
