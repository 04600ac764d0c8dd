// Types and schemas shared by the API, the web app and scripts. Runtime dependency: zod only.
export * from './enums.ts';
export * from './schemas/index.ts';
export * from './pagination.ts';
export type * from './db/index.ts';
export { DB_COLUMNS } from './db/index.ts';
export * from './lifecycle.ts';
export * from './pipeline.ts';
export * from './url-search.ts';
