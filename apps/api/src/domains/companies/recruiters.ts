// Companies and their recruiters: invitations that let a company's owner bring colleagues in.
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '@hotgigs/shared';
import { forbidden } from '../../errors.ts';
import { randomToken, sha256 } from '../../platform/tokens.ts';

type Db = Kysely<DB> | Transaction<DB>;

export const INVITATION_LIFETIME_DAYS = 7;

/** A new invitation for this email to join the company as a recruiter; the token goes in the emailed link. */
export async function createInvitation(db: Db, companyId: string, invitedBy: string, email: string, now: Date): Promise<string> {
  const token = randomToken(20);
  await db
    .insertInto('company_invitations')
    .values({
      company_id: companyId,
      email,
      invited_by: invitedBy,
      token_hash: sha256(token),
      expires_at: new Date(now.getTime() + INVITATION_LIFETIME_DAYS * 86_400_000),
    })
    .execute();
  return token;
}

/** Consumes an invitation for this email and returns its company; undefined when invalid, used or expired. */
export async function acceptInvitation(db: Db, token: string, email: string, now: Date): Promise<string | undefined> {
  const row = await db
    .updateTable('company_invitations')
    .set({ accepted_at: now })
    .where('token_hash', '=', sha256(token))
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('company_id')
    .executeTakeFirst();
  return row?.company_id;
}

/** The recruiter a user is, with their company; undefined for users who are not a company's recruiter. */
export async function recruiterOfUser(db: Db, userId: string) {
  return db
    .selectFrom('recruiters')
    .innerJoin('companies', 'companies.id', 'recruiters.company_id')
    .select([
      'recruiters.id',
      'recruiters.company_id',
      'recruiters.company_role',
      'recruiters.first_name',
      'recruiters.last_name',
      'companies.name as company_name',
    ])
    .where('recruiters.user_id', '=', userId)
    .executeTakeFirst();
}

/**
 * Where the logo is served. The version changes with every upload, so browsers and proxies may cache a logo
 * URL for long; the storage key itself is never shown.
 */
export function companyLogoUrl(company: { slug: string; logo_storage_key: string | null }): string | null {
  if (!company.logo_storage_key) return null;
  const version = createHash('sha256').update(company.logo_storage_key).digest('hex').slice(0, 12);
  return `/api/companies/${encodeURIComponent(company.slug)}/logo?v=${version}`;
}

/** A URL-safe slug for a company name, made unique with a short suffix when taken. */
export async function uniqueCompanySlug(db: Db, name: string): Promise<string> {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'company';
  const taken = await db.selectFrom('companies').select('slug').where('slug', 'like', `${base}%`).execute();
  const slugs = new Set(taken.map((r) => r.slug));
  if (!slugs.has(base)) return base;
  for (let i = 2; ; i++) if (!slugs.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** A recruiter's membership of their company; FORBIDDEN for an account that belongs to none. */
export async function companyRecruiterOf(db: Db, userId: string) {
  const recruiter = await recruiterOfUser(db, userId);
  if (!recruiter) throw forbidden('Your account does not belong to a company.');
  return recruiter;
}
export type CompanyRecruiter = Awaited<ReturnType<typeof companyRecruiterOf>>;

/** A new company for a recruiter signing up without an invitation; returns its id. */
export async function createCompany(db: Db, name: string): Promise<string> {
  const row = await db.insertInto('companies').values({ name, slug: await uniqueCompanySlug(db, name) }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
