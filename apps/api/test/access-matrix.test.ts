// Who may call what: every procedure, called by every kind of actor, with the answer each must get, and no
// response carrying another user's data. A procedure missing from the table fails the test: later issues
// add rows here.
import { TRPCError } from '@trpc/server';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { appRouter } from '../src/routers/index.ts';
import { useApi } from './helpers.ts';
import { ACTORS, buildWorld, WORLD_PASSWORD, type Actor, type World } from './world.ts';

type Outcome = 'ok' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_REQUEST' | 'CONFLICT';
type Caller = Awaited<ReturnType<ReturnType<typeof useApi>['current']['call']>>;

interface Row {
  call: (caller: Caller, world: World, actor: Actor) => Promise<unknown>;
  expect: Partial<Record<Actor, Outcome>> & { default: Outcome };
  /** Actors whose responses may legitimately show other users (admins listing users). */
  seesOthers?: Actor[];
}

const signedOut = { anonymous: 'UNAUTHORIZED', deactivated: 'UNAUTHORIZED' } as const;
const anyoneSignedIn = { default: 'ok', ...signedOut } as const;
const adminsOnly = { default: 'FORBIDDEN', admin: 'ok', ...signedOut } as const;
const recruitersOnly = { default: 'FORBIDDEN', recruiterX: 'ok', recruiterY: 'ok', ...signedOut } as const;

const MATRIX: Record<string, Row> = {
  'auth.register': {
    call: (c) => c.auth.register({ role: 'candidate', email: 'new-person@world.example', password: 'fresh passphrase 1', firstName: 'N', lastName: 'P' }),
    expect: { default: 'ok' },
  },
  'auth.verifyEmail': { call: (c) => c.auth.verifyEmail({ token: 'a'.repeat(32) }), expect: { default: 'BAD_REQUEST' } },
  'auth.resendVerification': { call: (c) => c.auth.resendVerification({ email: 'candidatea@world.example' }), expect: { default: 'ok' } },
  'auth.signIn': { call: (c, w) => c.auth.signIn({ email: w.users.candidateA.email, password: 'wrong password' }), expect: { default: 'UNAUTHORIZED' } },
  'auth.verifyMfa': { call: (c) => c.auth.verifyMfa({ code: '123456' }), expect: { default: 'UNAUTHORIZED' } },
  'auth.signOut': { call: (c) => c.auth.signOut(), expect: { default: 'ok' } },
  'auth.me': { call: (c) => c.auth.me(), expect: anyoneSignedIn },
  'auth.refresh': { call: (c) => c.auth.refresh(), expect: anyoneSignedIn },
  'auth.changePassword': {
    call: (c) => c.auth.changePassword({ currentPassword: WORLD_PASSWORD, newPassword: 'another fresh passphrase' }),
    expect: anyoneSignedIn,
  },
  'auth.requestPasswordReset': { call: (c, w) => c.auth.requestPasswordReset({ email: w.users.candidateB.email }), expect: { default: 'ok' } },
  'auth.resetPassword': { call: (c) => c.auth.resetPassword({ token: 'b'.repeat(32), newPassword: 'another fresh passphrase' }), expect: { default: 'BAD_REQUEST' } },
  'auth.sessions.list': { call: (c) => c.auth.sessions.list(), expect: anyoneSignedIn },
  'auth.sessions.revoke': {
    // Candidate A's session: only candidate A may end it; to anyone else it does not exist.
    call: (c, w) => c.auth.sessions.revoke({ id: w.users.candidateA.sessionId }),
    expect: { default: 'NOT_FOUND', candidateA: 'ok', ...signedOut },
  },
  'auth.sessions.revokeOthers': { call: (c) => c.auth.sessions.revokeOthers(), expect: anyoneSignedIn },
  'auth.deactivate': { call: (c) => c.auth.deactivate({ password: WORLD_PASSWORD }), expect: anyoneSignedIn },
  'mfa.status': { call: (c) => c.mfa.status(), expect: anyoneSignedIn },
  'mfa.startEnrolment': { call: (c) => c.mfa.startEnrolment(), expect: { ...anyoneSignedIn, admin: 'CONFLICT' } },
  'mfa.confirmEnrolment': { call: (c) => c.mfa.confirmEnrolment({ code: '000000' }), expect: { default: 'BAD_REQUEST', admin: 'CONFLICT', ...signedOut } },
  'mfa.regenerateRecoveryCodes': { call: (c) => c.mfa.regenerateRecoveryCodes({ code: '000000' }), expect: { default: 'BAD_REQUEST', ...signedOut } },
  'mfa.disable': {
    call: (c) => c.mfa.disable({ password: WORLD_PASSWORD, code: '000000' }),
    expect: { default: 'BAD_REQUEST', admin: 'FORBIDDEN', ...signedOut },
  },
  'account.exportData': { call: (c) => c.account.exportData(), expect: anyoneSignedIn },
  'account.delete': { call: (c) => c.account.delete({ password: WORLD_PASSWORD }), expect: anyoneSignedIn },
  'admin.users.list': { call: (c) => c.admin.users.list({ page: 1, limit: 50 }), expect: adminsOnly, seesOthers: ['admin'] },
  'admin.users.setRole': { call: (c, w) => c.admin.users.setRole({ userId: w.users.candidateB.id, role: 'admin' }), expect: adminsOnly },
  'admin.users.deactivate': { call: (c, w) => c.admin.users.deactivate({ userId: w.users.candidateB.id }), expect: adminsOnly },
  'admin.users.reactivate': { call: (c, w) => c.admin.users.reactivate({ userId: w.users.deactivated.id }), expect: adminsOnly },
  'admin.users.revokeSessions': { call: (c, w) => c.admin.users.revokeSessions({ userId: w.users.candidateB.id }), expect: adminsOnly },
  'company.invitations.create': { call: (c) => c.company.invitations.create({ email: 'colleague@world.example' }), expect: recruitersOnly },
  'company.invitations.list': { call: (c) => c.company.invitations.list(), expect: recruitersOnly },
  'job.list': { call: (c) => c.job.list({ page: 1, limit: 20 }), expect: { default: 'ok' } },
  'job.byId': { call: (c, w) => c.job.byId({ id: w.jobs.publishedX }), expect: { default: 'ok' } },
};

/** Extra rows for the same procedures where the object decides the answer. */
const OWNERSHIP: [string, Row][] = [
  ['job.byId (a draft)', { call: (c, w) => c.job.byId({ id: w.jobs.draftX }), expect: { default: 'NOT_FOUND' } }],
  [
    'company.invitations.list (only your own company)',
    {
      call: async (c, w, actor) => {
        const list = await c.company.invitations.list();
        if (actor === 'recruiterX' && list.some((i) => i.email === w.invitationY)) throw new Error('saw company Y invitations');
        return list;
      },
      expect: recruitersOnly,
    },
  ],
];

const api = useApi();

function outcomeOf(error: unknown): Outcome | string {
  return error instanceof TRPCError ? error.code : `unexpected ${String(error)}`;
}

describe('access matrix', () => {
  it('covers every procedure of the router', () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(procedures.filter((p) => !(p in MATRIX))).toEqual([]);
  });

  for (const [name, row] of [...Object.entries(MATRIX), ...OWNERSHIP]) {
    it(name, async () => {
      const results: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const actor of ACTORS) {
        await api.current.services.db.deleteFrom('rate_limit_buckets').execute();
        // A fresh world per call: many procedures change it (sign out, deactivate, delete).
        await truncateWorld(api);
        const world = await buildWorld(api.current.services.db, api.current.clock.now());
        const token = actor === 'anonymous' ? undefined : world.users[actor].token;
        const caller = await api.current.call({ token });
        expected[actor] = row.expect[actor] ?? row.expect.default;
        try {
          const response = await row.call(caller, world, actor);
          results[actor] = 'ok';
          if (!row.seesOthers?.includes(actor)) {
            const text = JSON.stringify(response ?? null);
            const others = Object.entries(world.users).filter(([who]) => who !== actor);
            const leaked = others.filter(([, u]) => text.includes(u.email) || text.includes(u.id)).map(([who]) => who);
            if (leaked.length) results[actor] = `ok but leaked ${leaked.join(', ')}`;
          }
        } catch (error) {
          results[actor] = outcomeOf(error);
        }
      }
      expect(results).toEqual(expected);
    });
  }
});

async function truncateWorld(harness: typeof api) {
  await sql`TRUNCATE users, companies, sessions, audit_log, company_invitations, jobs RESTART IDENTITY CASCADE`.execute(harness.current.services.db);
}
