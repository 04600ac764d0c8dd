import { describe, expect, it } from 'vitest';
import { JOB_STATUSES } from './enums.ts';
import { allowedJobActions, nextJobStatus } from './lifecycle.ts';

describe('job lifecycle', () => {
  it.each([
    ['draft', 'publish', 'published'],
    ['published', 'pause', 'paused'],
    ['paused', 'resume', 'published'],
    ['published', 'close', 'closed'],
    ['paused', 'close', 'closed'],
    ['draft', 'close', 'closed'],
    ['expired', 'close', 'closed'],
    ['draft', 'pause', undefined],
    ['published', 'publish', undefined],
    ['closed', 'publish', undefined],
    ['closed', 'resume', undefined],
    ['expired', 'resume', undefined],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(nextJobStatus(from, action)).toBe(to);
  });

  it('offers only actions that lead somewhere', () => {
    expect(Object.fromEntries(JOB_STATUSES.map((s) => [s, allowedJobActions(s)]))).toEqual({
      draft: ['publish', 'close'],
      published: ['pause', 'close'],
      paused: ['resume', 'close'],
      closed: [],
      expired: ['close'],
    });
  });
});
