// Every page's URL schema behind the router's parseSearch/stringifySearch (router.tsx): what the readable
// encoding writes reads back the same, and every URL the router's old default JSON encoding wrote still reads as it
// did then (that encoder is TanStack Router's own, so this compares against the real thing).
import { parseUrlSearch, stringifyUrlSearch } from '@hotgigs/shared';
import { defaultParseSearch, defaultStringifySearch } from '@tanstack/react-router';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { signInSearchSchema, signUpSearchSchema, emailTokenSearchSchema } from '../features/accounts/search-params.ts';
import { adminUsersSearchSchema } from '../features/admin/search-params.ts';
import { applicantsSearchSchema, myApplicationsSearchSchema } from '../features/applications/search-params.ts';
import { recruiterJobsSearchSchema } from '../features/jobs/search-params.ts';
import { recommendedSearchSchema } from '../features/matching/search-params.ts';
import { notificationsSearchSchema } from '../features/notifications/search-params.ts';
import { savedJobsSearchSchema } from '../features/saved-jobs/search-params.ts';
import { jobsSearchSchema } from '../features/search/search-params.ts';

/** Words people search for, among them every kind the old encoder JSON-quoted (numbers, booleans, JSON). */
const WORDS = [
  'rust',
  'data engineer',
  '"data engineer" -senior',
  '"data engineer"',
  '"accountant"',
  '-senior',
  '123',
  '2024 roles',
  'true',
  'null',
  '[remote] jobs',
  '[1]',
  'c++ & c# 100% a=b',
  'São Paulo 東京',
];

const CASES: [string, z.ZodType, Record<string, unknown>[]][] = [
  [
    '/jobs',
    jobsSearchSchema,
    [
      ...WORDS.map((q) => ({ q })),
      { q: 'rust', remote: ['remote'], page: 2, postedWithinDays: 7, sort: 'date' },
      { remote: ['remote', 'hybrid'], employmentType: ['full_time'], experienceLevel: ['senior', 'lead'] },
      { skills: ['rust', 'go'], companies: ['acme'], salaryMin: 50_000, location: 'Berlin, Germany' },
      { location: 'São Paulo' },
    ],
  ],
  ['/admin/users', adminUsersSearchSchema, [...WORDS.map((q) => ({ q })), { q: 'ada', role: 'recruiter', status: 'deactivated', page: 3 }]],
  ['/sign-in', signInSearchSchema, [{ redirect: '/account' }, { redirect: '/jobs?q=rust&page=2', email: 'ada+jobs@example.com' }]],
  ['/sign-up', signUpSearchSchema, [{ role: 'recruiter', invitation: 'abc123', email: 'ada@example.com' }, { invitation: '123456' }]],
  ['/verify-email', emailTokenSearchSchema, [{ token: 'k3yz' }, { token: '000123' }, { token: '123456' }]],
  ['/applications', myApplicationsSearchSchema, [{ state: 'closed', page: 2 }]],
  ['/recruiter/jobs/$jobId/applicants', applicantsSearchSchema, [{ view: 'table', status: 'screening', sort: 'newest', page: 2 }]],
  ['/recruiter/jobs', recruiterJobsSearchSchema, [{ status: 'paused', page: 4 }]],
  ['/recommended', recommendedSearchSchema, [{ remote: 'remote', level: 'senior', page: 2 }]],
  ['/notifications', notificationsSearchSchema, [{ page: 2 }]],
  ['/saved-jobs', savedJobsSearchSchema, [{ page: 2 }]],
];

describe.each(CASES)('%s', (_path, schema, searches) => {
  it.each(searches)('writes %j readably and reads it back', (search) => {
    const written = stringifyUrlSearch(search);
    const params = new URLSearchParams(written);
    for (const [key, value] of Object.entries(search)) {
      // Each value as it is, never JSON-quoted (but text that is itself a JSON array: `[1]`).
      if (value !== '[1]') expect(params.getAll(key)).toEqual(Array.isArray(value) ? value : [String(value)]);
    }
    expect(schema.parse(parseUrlSearch(written))).toEqual(schema.parse(search));
  });

  it.each(searches)('reads the old encoding of %j as the old router did', (search) => {
    const old = defaultStringifySearch(search);
    expect(schema.parse(parseUrlSearch(old))).toEqual(schema.parse(defaultParseSearch(old)));
  });
});
