import type { Pagination } from '@hotgigs/shared';
import { describe, expect, it } from 'vitest';
import { savedJobState, withoutSavedJob, type SavedJobState } from './saved-job-list.ts';

const now = new Date('2026-03-10T12:00:00Z');

describe('savedJobState', () => {
  const cases: [string, { open: boolean; deadline: Date | null }, SavedJobState][] = [
    ['listed, no deadline', { open: true, deadline: null }, 'open'],
    ['listed, deadline ahead', { open: true, deadline: new Date('2026-04-01T00:00:00Z') }, 'open'],
    ['not listed, deadline passed', { open: false, deadline: new Date('2026-03-01T00:00:00Z') }, 'expired'],
    ['not listed, deadline this instant', { open: false, deadline: now }, 'expired'],
    ['not listed, deadline ahead (closed or paused)', { open: false, deadline: new Date('2026-04-01T00:00:00Z') }, 'closed'],
    ['not listed, no deadline (closed or paused)', { open: false, deadline: null }, 'closed'],
  ];
  it.each(cases)('%s', (_name, job, state) => {
    expect(savedJobState(job, now)).toBe(state);
  });
});

describe('withoutSavedJob', () => {
  const page = (ids: string[], pagination: Pagination) => ({ items: ids.map((id) => ({ id })), pagination });

  const cases: [string, ReturnType<typeof page>, string, ReturnType<typeof page>][] = [
    [
      'takes the job out and lowers the counts',
      page(['a', 'b', 'c'], { page: 1, limit: 20, totalCount: 3, totalPages: 1 }),
      'b',
      page(['a', 'c'], { page: 1, limit: 20, totalCount: 2, totalPages: 1 }),
    ],
    [
      'one fewer page when the last one empties',
      page(['u'], { page: 2, limit: 2, totalCount: 3, totalPages: 2 }),
      'u',
      page([], { page: 2, limit: 2, totalCount: 2, totalPages: 1 }),
    ],
    [
      'the last saved job',
      page(['a'], { page: 1, limit: 20, totalCount: 1, totalPages: 1 }),
      'a',
      page([], { page: 1, limit: 20, totalCount: 0, totalPages: 0 }),
    ],
  ];
  it.each(cases)('%s', (_name, list, jobId, expected) => {
    expect(withoutSavedJob(list, jobId)).toEqual(expected);
  });

  it('leaves a page without the job as it is', () => {
    const list = page(['a', 'b'], { page: 1, limit: 2, totalCount: 5, totalPages: 3 });
    expect(withoutSavedJob(list, 'z')).toBe(list);
  });
});
