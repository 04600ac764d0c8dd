// Every procedure that takes an id of something someone owns loads and checks it through an ownership factory
// (trpc/procedures.ts), never by hand; the few ids that need none say why here.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { router } from '../src/trpc/init.ts';
import { idKeysOf, unboundOwnership } from '../src/trpc/ownership.ts';
import { jobOwnerProcedure, publicProcedure, roleProcedure } from '../src/trpc/procedures.ts';
import { appRouter } from '../src/trpc/router.ts';

/** Ids that are not owned by the caller's kind of user, and why. */
const EXEMPT: Record<string, string> = {
  'job.byId': 'published jobs are public',
  'match.forJob': 'the id is of a public job (or one the caller applied to); the score is of the calling candidate’s own profile',
  'savedJob.save': 'the id is of a public job; the bookmark is the calling candidate’s (candidateProcedure)',
  'savedJob.unsave': 'the id is of a public job; the bookmark is the calling candidate’s (candidateProcedure)',
  'application.submit': 'the job id is of a public job; the resume id is looked up among the calling candidate’s own resumes in the same transaction (another’s is NOT_FOUND)',
  'profile.byId': 'recruiters and admins read any profile its candidate made visible (the service checks visibility)',
  'admin.users.setRole': 'admins reach every user',
  'admin.users.deactivate': 'admins reach every user',
  'admin.users.reactivate': 'admins reach every user',
  'admin.users.revokeSessions': 'admins reach every user',
  'admin.skills.approve': 'admins review every pending skill',
  'admin.skills.reject': 'admins review every pending skill',
};

const procedures = appRouter._def.procedures as unknown as Parameters<typeof unboundOwnership>[0];

describe('ownership', () => {
  it('is bound by a factory on every procedure that takes an owned id', () => {
    expect(unboundOwnership(procedures, EXEMPT)).toEqual([]);
  });

  it('lists no exemption for a procedure that does not exist or takes no id', () => {
    const stale = Object.keys(EXEMPT).filter((path) => !procedures[path] || idKeysOf(procedures[path]).length === 0);
    expect(stale).toEqual([]);
  });

  it('declares an access policy on every procedure', () => {
    const missing = Object.entries(procedures).filter(([, p]) => !p._def.meta?.access).map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it('catches a procedure that takes an owned id without a factory', () => {
    const input = z.strictObject({ id: z.uuid(), note: z.string() });
    const probe = router({
      byHand: roleProcedure('recruiter').input(input).mutation(() => 'checked by hand, or not at all'),
      byFactory: jobOwnerProcedure(input).mutation(() => 'bound'),
      noId: publicProcedure.input(z.object({ q: z.string() }).default({ q: '' })).query(() => 'nothing owned'),
      nestedDefault: publicProcedure.input(z.strictObject({ applicationId: z.uuid() }).default({ applicationId: '' })).query(() => ''),
    });
    const probeProcedures = probe._def.procedures as unknown as Parameters<typeof unboundOwnership>[0];
    expect(unboundOwnership(probeProcedures, {})).toEqual(['byHand', 'nestedDefault']);
  });
});
