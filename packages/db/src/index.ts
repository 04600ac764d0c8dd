// @hotgigs/db: the database connection, migrations and seed data.
export { createDb, openPglite, type CreateDbOptions, type Database, type DatabaseMode } from './create-db.ts';
export { migrateDown, migrateToLatest, migrationStatus, MigrationError } from './migrate.ts';
export { mapDatabaseError, type DatabaseErrorKind } from './errors.ts';
export { refreshSearchTerms } from './search-terms.ts';
