import { describe, expect, it } from 'vitest';
import { fromRest, restFieldName, toRest } from './case.ts';

describe('REST case translation', () => {
  it.each([
    [{ totalCount: 3 }, { total_count: 3 }],
    [{ a: { publishedAt: new Date('2026-01-02T03:04:05.000Z') } }, { a: { published_at: '2026-01-02T03:04:05.000Z' } }],
    [[{ matchScore: null }], [{ match_score: null }]],
    [{ skipped: undefined, kept: 0 }, { kept: 0 }],
    [{ already_snake: 'x' }, { already_snake: 'x' }],
    ['text', 'text'],
  ])('toRest(%j) = %j', (input, expected) => expect(toRest(input)).toEqual(expected));

  it.each([
    [{ first_name: 'A', company_name: 'B' }, { firstName: 'A', companyName: 'B' }],
    [{ skills: [{ years_required: 2 }] }, { skills: [{ yearsRequired: 2 }] }],
    [{ salary_min: 10, q: 'x' }, { salaryMin: 10, q: 'x' }],
    [{ camelAlready: 1 }, { camelAlready: 1 }],
  ])('fromRest(%j) = %j', (input, expected) => expect(fromRest(input)).toEqual(expected));

  it.each([
    ['filters.salaryMin', 'salary_min'],
    ['newPassword', 'new_password'],
    ['q', 'q'],
  ])('restFieldName(%s) = %s', (input, expected) => expect(restFieldName(input)).toBe(expected));
});
