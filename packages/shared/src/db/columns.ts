// Column helpers shared by the table types: what the driver returns, what an insert or update may pass.
import type { ColumnType } from 'kysely';

/** A column the database fills (id, created_at...): optional on insert. */
export type Generated<T> = ColumnType<T, T | undefined, T>;
/** A timestamptz: read as Date, written as Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/**
 * A jsonb column: read as the parsed value, written as a JSON string (node-postgres would turn a JS array
 * into a Postgres array literal, so writers serialise with `JSON.stringify` explicitly).
 */
export type Json<T> = ColumnType<T, string, string>;
export type JsonWithDefault<T> = ColumnType<T, string | undefined, string>;
/** int8 and numeric arrive as strings from node-postgres, so precision is never silently lost. */
export type Int8 = ColumnType<string, string | number | bigint, string | number | bigint>;
export type Numeric = ColumnType<string, string | number, string | number>;

export interface Stamps {
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}
