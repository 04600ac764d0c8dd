// A small world of actors for access tests, written straight to the database (one password hash for all),
// so every row of a matrix can start from the same fresh state quickly.
import type { Kysely } from 'kysely';
import type { DB } from '@hotgigs/shared';
import { hashPassword } from '../src/domains/accounts/passwords.ts';
import { createSession } from '../src/domains/accounts/sessions.ts';
import { encryptSecret, newTotpSecret } from '../src/domains/accounts/totp.ts';
import { createInvitation } from '../src/domains/companies/recruiters.ts';
import { TEST_SECRET_KEY } from './helpers.ts';

export const ACTORS = ['anonymous', 'candidateA', 'candidateB', 'recruiterX', 'recruiterY', 'admin', 'deactivated'] as const;
export type Actor = (typeof ACTORS)[number];

export const WORLD_PASSWORD = 'world password for tests';
let passwordHash: Promise<string> | undefined;

export interface World {
  users: Record<Exclude<Actor, 'anonymous'>, { id: string; email: string; token: string; sessionId: string }>;
  companies: { X: string; Y: string };
  jobs: { publishedX: string; draftX: string };
  invitationY: string;
}

export async function buildWorld(db: Kysely<DB>, now: Date): Promise<World> {
  passwordHash ??= hashPassword(WORLD_PASSWORD);
  const hash = await passwordHash;
  const [X, Y] = await Promise.all(
    ['X', 'Y'].map(async (name) =>
      (
        await db
          .insertInto('companies')
          .values({ name: `Company ${name}`, slug: `company-${name.toLowerCase()}` })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    ),
  );
  const users = {} as World['users'];
  const specs = [
    ['candidateA', 'candidate'],
    ['candidateB', 'candidate'],
    ['recruiterX', 'recruiter'],
    ['recruiterY', 'recruiter'],
    ['admin', 'admin'],
    ['deactivated', 'candidate'],
  ] as const;
  let recruiterXId = '';
  for (const [actor, role] of specs) {
    const email = `${actor.toLowerCase()}@world.example`;
    const mfa = actor === 'admin';
    const user = await db
      .insertInto('users')
      .values({
        email,
        password_hash: hash,
        role,
        email_verified_at: now,
        ...(mfa && { totp_secret_encrypted: encryptSecret(newTotpSecret(), Buffer.from(TEST_SECRET_KEY, 'hex')), totp_enabled_at: now }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (role === 'candidate') {
      await db.insertInto('candidates').values({ user_id: user.id, first_name: actor, last_name: 'Person' }).execute();
    } else if (role === 'recruiter') {
      const recruiter = await db
        .insertInto('recruiters')
        .values({ user_id: user.id, company_id: actor === 'recruiterX' ? X! : Y!, first_name: actor, last_name: 'Person', company_role: 'owner' })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (actor === 'recruiterX') recruiterXId = recruiter.id;
    }
    const { token, session } = await createSession(db, user.id, { now, mfaVerified: true });
    users[actor] = { id: user.id, email, token, sessionId: session.id };
  }
  // Deactivated after its session was made: a token that outlived its account must not work.
  await db.updateTable('users').set({ is_active: false, deactivated_at: now }).where('id', '=', users.deactivated.id).execute();
  const job = (status: 'published' | 'draft') =>
    db
      .insertInto('jobs')
      .values({ company_id: X!, created_by: recruiterXId, title: `${status} job`, status, published_at: status === 'published' ? now : null })
      .returning('id')
      .executeTakeFirstOrThrow();
  const recruiterY = await db.selectFrom('recruiters').select('id').where('user_id', '=', users.recruiterY.id).executeTakeFirstOrThrow();
  await createInvitation(db, Y!, recruiterY.id, 'invited-to-y@world.example', now);
  return {
    users,
    companies: { X: X!, Y: Y! },
    jobs: { publishedX: (await job('published')).id, draftX: (await job('draft')).id },
    invitationY: 'invited-to-y@world.example',
  };
}
