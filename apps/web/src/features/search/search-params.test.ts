import { parseUrlSearch, stringifyUrlSearch } from '@hotgigs/shared';
import { describe, expect, it } from 'vitest';
import { hasFilters, jobsSearchSchema, toJobSearchInput, type JobsSearch } from './search-params.ts';

/** What the page reads from a URL's query string, through the router's parseSearch (router.tsx). */
const fromUrl = (searchStr: string) => jobsSearchSchema.parse(parseUrlSearch(searchStr));

describe('jobsSearchSchema', () => {
  it('reads the search an alert email links to', () => {
    // What the router hands over after parsing `?q=rust&remote=remote&page=2&postedWithinDays=7&sort=date`.
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

describe('the search page URL', () => {
  it.each<[string, string, JobsSearch]>([
    ['a pasted phrase, exclusion and filter', '?q="data engineer" -senior&remote=remote', { page: 1, q: '"data engineer" -senior', remote: ['remote'] }],
    ['the same, as the browser percent-encodes it', '?q=%22data%20engineer%22%20-senior&remote=remote', { page: 1, q: '"data engineer" -senior', remote: ['remote'] }],
    ['a quoted phrase alone stays a phrase', '?q=%22data+engineer%22', { page: 1, q: '"data engineer"' }],
    ['repeated keys', '?remote=remote&remote=hybrid&skills=rust&skills=go', { page: 1, remote: ['remote', 'hybrid'], skills: ['rust', 'go'] }],
    ['numbers', '?page=2&salaryMin=50000&postedWithinDays=7', { page: 2, salaryMin: 50_000, postedWithinDays: 7 }],
    ['words that read as a number or boolean', '?q=123&location=true', { page: 1, q: '123', location: 'true' }],
    ['special characters', '?q=c%2B%2B+%26+c%23+100%25', { page: 1, q: 'c++ & c# 100%' }],
    ['unicode', '?location=S%C3%A3o+Paulo', { page: 1, location: 'São Paulo' }],
    ['empty values, no filter', '?q=&remote=&page=', { page: 1 }],
    ['old: JSON arrays', '?q=engineer&remote=%5B%22remote%22%5D&skills=%5B%22rust%22%2C%22go%22%5D', { page: 1, q: 'engineer', remote: ['remote'], skills: ['rust', 'go'] }],
    ['old: a JSON-quoted number', '?q=%22123%22&page=2', { page: 2, q: '123' }],
    ['old: a quoted phrase, JSON-quoted', '?q=%22%5C%22data+engineer%5C%22%22', { page: 1, q: '"data engineer"' }],
  ])('reads %s', (_name, searchStr, expected) => {
    expect(fromUrl(searchStr)).toEqual(expected);
  });

  it.each<[JobsSearch, string]>([
    [{ page: 1, q: '"data engineer" -senior', remote: ['remote'] }, '?page=1&q=%22data+engineer%22+-senior&remote=remote'],
    [{ page: 2, remote: ['remote', 'hybrid'], sort: 'date' }, '?page=2&remote=remote&remote=hybrid&sort=date'],
    [{ page: 1, q: '123' }, '?page=1&q=123'],
  ])('writes %j as %s and reads it back', (search, expected) => {
    expect(stringifyUrlSearch(search)).toBe(expected);
    expect(fromUrl(expected)).toEqual(search);
  });
});
