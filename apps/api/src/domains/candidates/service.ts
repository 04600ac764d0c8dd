// Candidates: the profile every candidate account has from registration on. (Profiles, resumes and skills
// land here with the resumes issue.)
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '@hotgigs/shared';
import { notFound } from '../../errors.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** The candidate profile of a signed-in candidate. */
export async function candidateIdOf(db: Db, userId: string): Promise<string> {
  const row = await db.selectFrom('candidates').select('id').where('user_id', '=', userId).executeTakeFirst();
  if (!row) throw notFound('This account has no candidate profile.');
  return row.id;
}
