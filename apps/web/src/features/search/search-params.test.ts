import { describe, expect, it } from 'vitest';
import { hasFilters, jobsSearchSchema, toJobSearchInput } from './search-params.ts';

describe('jobsSearchSchema', () => {
  it('reads the search an alert email links to', () => {
    // What the router hands over after JSON-parsing `?q=rust&remote=%5B%22remote%22%5D&page=2`.
    expect(jobsSearchSchema.parse({ q: 'rust', remote: ['remote'], page: 2, postedWithinDays: 7, sort: 'date' })).toEqual({
      q: 'rust',
      remote: ['remote'],
      page: 2,
      postedWithinDays: 7,
      sort: 'date',
    });
  });

  it('drops invalid values instead of failing', () => {
    const search = jobsSearchSchema.parse({
      page: -3,
      remote: ['remote', 'moon', 'remote'],
      employmentType: 'full_time',
      experienceLevel: { x: 1 },
      skills: ['TypeScript', 'not a slug!'],
      postedWithinDays: 3,
      salaryMin: 'lots',
      sort: 'random',
      q: 123,
    });
    expect(search).toEqual({ page: 1, q: '123', remote: ['remote'], employmentType: ['full_time'], skills: ['typescript'] });
  });

  it('knows when the list is narrowed and builds the API input', () => {
    const plain = jobsSearchSchema.parse({ page: 3, sort: 'salary' });
    expect(hasFilters(plain)).toBe(false);
    expect(toJobSearchInput(plain)).toMatchObject({ sort: 'salary', page: 3, limit: 20, filters: {} });
    expect(hasFilters(jobsSearchSchema.parse({ location: 'Berlin' }))).toBe(true);
  });
});
