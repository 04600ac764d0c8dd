// The vocabulary typos are corrected against: the words of listed job titles and of skill names and aliases,
// with how many jobs use each. Rebuilt whole (it is small: tens of thousands of words) after seeding and
// periodically by the API's maintenance sweep.
import { sql, type Kysely } from 'kysely';
import type { DB } from '@hotgigs/shared';

export async function refreshSearchTerms(db: Kysely<DB>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('search_terms').execute();
    const result = await sql`
      INSERT INTO search_terms (term, doc_count)
      SELECT term, sum(n)::int FROM (
        SELECT w AS term, count(DISTINCT j.id) AS n
        FROM jobs j, regexp_split_to_table(lower(j.title), '[^[:alnum:]+#]+') AS w
        WHERE j.status = 'published'
        GROUP BY w
        UNION ALL
        SELECT w, 1 FROM skills s, regexp_split_to_table(lower(s.name || ' ' || array_to_string(s.aliases, ' ')), '[^[:alnum:]+#]+') AS w
      ) words
      WHERE length(term) BETWEEN 3 AND 100
      GROUP BY term`.execute(trx);
    return Number(result.numAffectedRows ?? 0);
  });
}
