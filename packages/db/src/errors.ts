// Postgres errors that mean "the request was wrong", told apart from the ones that mean "we are broken".
export type DatabaseErrorKind = 'unique_violation' | 'foreign_key_violation' | 'check_violation' | 'not_null_violation' | 'invalid_text';

const KINDS: Record<string, DatabaseErrorKind> = {
  '23505': 'unique_violation',
  '23503': 'foreign_key_violation',
  '23514': 'check_violation',
  '23502': 'not_null_violation',
  '22P02': 'invalid_text',
  // A NUL byte or a character the database's encoding cannot hold: text no column can store.
  '22021': 'invalid_text',
  '22P05': 'invalid_text',
};

export interface MappedDatabaseError {
  kind: DatabaseErrorKind;
  constraint: string | undefined;
}

/** The kind of a Postgres client error (by SQLSTATE), or undefined for anything else. */
export function mapDatabaseError(error: unknown): MappedDatabaseError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  if (typeof code !== 'string') return undefined;
  const kind = KINDS[code];
  if (!kind) return undefined;
  return { kind, constraint: typeof constraint === 'string' ? constraint : undefined };
}
