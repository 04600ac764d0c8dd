// Property-based fuzzing of every account procedure's input: whatever arrives, the answer is a typed client
// error (or success), never an internal error.
import { fc, it } from '@fast-check/vitest';
import { TRPCError } from '@trpc/server';
import { beforeEach, describe, expect } from 'vitest';
import { useApi } from './helpers.ts';
import { buildWorld, type World } from './world.ts';

const api = useApi();
let world: World;
beforeEach(async () => {
  world = await buildWorld(api.current.services.db, api.current.clock.now());
});

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', 'a@b.c', 'x@example.com', '123456', "'; drop table users; --", '<script>', 'a'.repeat(32), 'é'.repeat(300)),
  fc.string({ minLength: 200, maxLength: 10_000 }),
);
const value = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(text, { maxLength: 3 }));
/** Objects shaped like the real inputs, with wrong, missing, huge and extra fields. */
const input = fc.oneof(
  fc.anything(),
  fc.record(
    {
      email: value,
      password: value,
      newPassword: value,
      currentPassword: value,
      token: value,
      code: value,
      id: value,
      role: fc.oneof(fc.constantFrom('candidate', 'recruiter', 'admin'), value),
      firstName: value,
      lastName: value,
      companyName: value,
      invitationToken: value,
      userId: value,
      extra: value,
    },
    { requiredKeys: [] },
  ),
);

const PROCEDURES = [
  'auth.register',
  'auth.verifyEmail',
  'auth.resendVerification',
  'auth.signIn',
  'auth.verifyMfa',
  'auth.changePassword',
  'auth.requestPasswordReset',
  'auth.resetPassword',
  'auth.sessions.revoke',
  'auth.deactivate',
  'mfa.confirmEnrolment',
  'mfa.regenerateRecoveryCodes',
  'mfa.disable',
  'account.delete',
  'admin.users.list',
  'admin.users.setRole',
  'company.invitations.create',
] as const;

type AnyProcedure = (input: unknown) => Promise<unknown>;

describe('fuzzing account procedures', () => {
  for (const path of PROCEDURES) {
    it.prop([input, fc.constantFrom('anonymous', 'candidateA', 'admin', 'recruiterX') as fc.Arbitrary<'anonymous' | 'candidateA' | 'admin' | 'recruiterX'>], { numRuns: 25 })(
      `${path} answers garbage with a typed error`,
      async (payload, actor) => {
        await api.current.services.db.deleteFrom('rate_limit_buckets').execute();
        const token = actor === 'anonymous' ? undefined : world.users[actor].token;
        const caller = await api.current.call({ token });
        const procedure = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as AnyProcedure;
        try {
          await procedure(payload);
        } catch (error) {
          expect(error).toBeInstanceOf(TRPCError);
          expect((error as TRPCError).code).not.toBe('INTERNAL_SERVER_ERROR');
        }
      },
    );
  }
});
