import { ALERT_NAME_MAX, type JobSearchFilters } from '@hotgigs/shared';
import { describe, expect, it } from 'vitest';
import { jobsSearchSchema } from '../search/search-params.ts';
import {
  alertFiltersFromSearch,
  sameAlertFilters,
  searchFromAlertFilters,
  suggestAlertName,
  summarizeAlertFilters,
} from './job-alerts.ts';

describe('summarizeAlertFilters', () => {
  const cases: [string, JobSearchFilters, string][] = [
    ['no filters', {}, 'All new jobs'],
    ['words', { q: 'rust developer' }, '“rust developer”'],
    ['a location', { location: 'Berlin' }, 'in Berlin'],
    ['a location or remote', { location: 'Berlin', includeRemote: true }, 'in Berlin or remote'],
    ['one workplace', { remote: ['remote'] }, 'Remote'],
    ['workplaces in the portal’s order', { remote: ['remote', 'onsite'] }, 'On-site or remote'],
    ['employment types', { employmentType: ['contract', 'full_time'] }, 'Full-time or contract'],
    ['levels', { experienceLevel: ['senior', 'lead'] }, 'Senior or lead'],
    ['the past day', { postedWithinDays: 1 }, 'posted in the past 24 hours'],
    ['the past week', { postedWithinDays: 7 }, 'posted in the past 7 days'],
    ['a minimum salary', { salaryMin: 100_000 }, 'From USD\u00a0100,000 per year'],
    ['a salary range in a currency', { salaryMin: 50_000, salaryMax: 70_000, salaryCurrency: 'EUR' }, 'EUR\u00a050,000–70,000 per year'],
    ['a maximum salary', { salaryMax: 80_000 }, 'Up to USD\u00a080,000 per year'],
    ['skills', { skills: ['react', 'typescript'] }, 'skills: react, typescript'],
    ['companies', { companies: ['acme', 'globex'] }, 'at acme or globex'],
    [
      'everything, in the search page’s order',
      {
        companies: ['acme'],
        skills: ['go'],
        salaryMin: 120_000,
        postedWithinDays: 30,
        experienceLevel: ['mid'],
        employmentType: ['full_time'],
        remote: ['hybrid'],
        location: 'Lisbon',
        q: 'backend',
      },
      '“backend” · in Lisbon · Hybrid · Full-time · Mid level · posted in the past 30 days · From USD\u00a0120,000 per year · skills: go · at acme',
    ],
    ['empty lists as no filter', { remote: [], skills: [] }, 'All new jobs'],
  ];
  it.each(cases)('%s', (_name, filters, summary) => {
    expect(summarizeAlertFilters(filters)).toBe(summary);
  });
});

describe('suggestAlertName', () => {
  it('is the summary when it fits', () => {
    expect(suggestAlertName({ q: 'rust', remote: ['remote'] })).toBe('“rust” · Remote');
    expect(suggestAlertName({})).toBe('All new jobs');
  });

  it('is cut at a word to the API’s limit when longer', () => {
    const name = suggestAlertName({ q: 'word '.repeat(39).trim(), location: 'Somewhere far away' });
    expect(name.length).toBeLessThanOrEqual(ALERT_NAME_MAX);
    expect(name).toMatch(/^“word word .* word…$/);
  });
});

describe('alert filters and the search page URL', () => {
  it('saves what the URL filters by, without its page and sort', () => {
    const search = jobsSearchSchema.parse({ q: 'rust', remote: ['remote'], page: 3, sort: 'date' });
    expect(alertFiltersFromSearch(search)).toEqual({ q: 'rust', remote: ['remote'] });
  });

  it('links an alert back to the same search', () => {
    const filters: JobSearchFilters = { q: 'rust', remote: ['remote'], skills: ['go'], postedWithinDays: 7, salaryMin: 100_000 };
    expect(searchFromAlertFilters(filters)).toEqual({ page: 1, ...filters });
  });

  it('leaves out of the link what the search page cannot show', () => {
    expect(searchFromAlertFilters({ q: 'rust', salaryMax: 90_000, salaryCurrency: 'EUR', includeRemote: true, postedWithinDays: 14 })).toEqual({
      page: 1,
      q: 'rust',
    });
  });
});

describe('summarizeAlertFilters with names', () => {
  it.each<[string, JobSearchFilters, Parameters<typeof summarizeAlertFilters>[2], string]>([
    ['names skills and companies', { skills: ['python', 'sql'], companies: ['acme'] }, { skills: { python: 'Python', sql: 'SQL' }, companies: { acme: 'Acme Inc.' } }, 'skills: Python, SQL · at Acme Inc.'],
    ['keeps a slug it has no name for', { skills: ['python', 'gone-skill'] }, { skills: { python: 'Python' } }, 'skills: Python, gone-skill'],
    ['needs no names', { skills: ['python'] }, undefined, 'skills: python'],
  ])('%s', (_, filters, names, summary) => {
    expect(summarizeAlertFilters(filters, 'en-US', names)).toBe(summary);
  });
});

describe('sameAlertFilters', () => {
  it.each<[string, JobSearchFilters, JobSearchFilters, boolean]>([
    ['the same filters', { q: 'rust', remote: ['remote'] }, { q: 'rust', remote: ['remote'] }, true],
    ['chosen values in another order', { remote: ['remote', 'hybrid'] }, { remote: ['hybrid', 'remote'] }, true],
    ['an empty list and no list', { q: 'rust', skills: [] }, { q: 'rust' }, true],
    ['other words', { q: 'rust' }, { q: 'go' }, false],
    ['one more filter', { q: 'rust' }, { q: 'rust', remote: ['remote'] }, false],
    ['another salary', { salaryMin: 50_000 }, { salaryMin: 60_000 }, false],
    ['no filters at all', {}, {}, true],
  ])('%s: %s', (_, a, b, same) => {
    expect(sameAlertFilters(a, b)).toBe(same);
  });
});
