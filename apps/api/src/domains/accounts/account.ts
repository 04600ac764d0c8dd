// Accounts: who a user is (user + role profile), and the single-use email tokens that verify and reset them.
import type { Kysely, Transaction } from 'kysely';
import type { AuthTokenPurpose, DB } from '@hotgigs/shared';
import { fieldError } from '../../errors.ts';
import { randomToken, sha256 } from '../../platform/tokens.ts';
import { verifyPassword } from './passwords.ts';

type Db = Kysely<DB> | Transaction<DB>;

export const TOKEN_LIFETIME_MS: Record<AuthTokenPurpose, number> = {
  email_verification: 48 * 3_600_000,
  password_reset: 3_600_000,
};

/** A new single-use token (160 bits); any older unused token of the same purpose stops working. */
export async function issueEmailToken(db: Db, userId: string, purpose: AuthTokenPurpose, now: Date): Promise<string> {
  const token = randomToken(20);
  await db
    .updateTable('auth_tokens')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
  await db
    .insertInto('auth_tokens')
    .values({
      user_id: userId,
      purpose,
      token_hash: sha256(token),
      expires_at: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    })
    .execute();
  return token;
}

/** Fetches and consumes a token in one statement, so two concurrent uses cannot both succeed. */
export async function consumeEmailToken(db: Db, token: string, purpose: AuthTokenPurpose, now: Date): Promise<string | undefined> {
  const row = await db
    .updateTable('auth_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', sha256(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id;
}

/** The user and their role's profile, as `me` and sign-in return them. */
export async function loadAccount(db: Db, userId: string) {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'role', 'email_verified_at', 'last_login_at', 'totp_enabled_at', 'created_at'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const candidate =
    user.role === 'candidate'
      ? await db
          .selectFrom('candidates')
          .select(['id', 'first_name', 'last_name', 'headline', 'location'])
          .where('user_id', '=', userId)
          .executeTakeFirst()
      : undefined;
  const recruiter =
    user.role === 'recruiter'
      ? await db
          .selectFrom('recruiters')
          .innerJoin('companies', 'companies.id', 'recruiters.company_id')
          .select([
            'recruiters.id',
            'recruiters.first_name',
            'recruiters.last_name',
            'recruiters.company_role',
            'companies.id as company_id',
            'companies.name as company_name',
            'companies.slug as company_slug',
          ])
          .where('recruiters.user_id', '=', userId)
          .executeTakeFirst()
      : undefined;
  return {
    user: {
      id: user.id,
      email: user.email,
      role: user.role,
      emailVerified: user.email_verified_at !== null,
      mfaEnabled: user.totp_enabled_at !== null,
      lastLoginAt: user.last_login_at,
      createdAt: user.created_at,
    },
    profile: candidate
      ? {
          kind: 'candidate' as const,
          id: candidate.id,
          firstName: candidate.first_name,
          lastName: candidate.last_name,
          headline: candidate.headline,
          location: candidate.location,
        }
      : recruiter
        ? {
            kind: 'recruiter' as const,
            id: recruiter.id,
            firstName: recruiter.first_name,
            lastName: recruiter.last_name,
            companyRole: recruiter.company_role,
            company: { id: recruiter.company_id, name: recruiter.company_name, slug: recruiter.company_slug },
          }
        : null,
  };
}
export type Account = Awaited<ReturnType<typeof loadAccount>>;

export function displayName(account: Account): string {
  return account.profile ? account.profile.firstName : account.user.email.split('@')[0] ?? account.user.email;
}

/** A wrong password answers a field error on `field`, and nothing is changed. */
export async function checkPassword(db: Db, userId: string, password: string, field: string, message: string): Promise<void> {
  const user = await db.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirstOrThrow();
  if (!user.password_hash || !(await verifyPassword(user.password_hash, password))) throw fieldError(field, message);
}
