// What the process hands every request, worker and tool: the same objects for the life of the process.
// Services take the parts they need (a `Pick` of this), never the request.
import type { Kysely } from 'kysely';
import type { DB } from '@hotgigs/shared';
import type { GenerationCache } from './domains/search/cache.ts';
import type { SearchResult } from './domains/search/service.ts';
import type { Mailer } from './email/index.ts';
import type { Env } from './env.ts';
import type { Waker } from './platform/queue.ts';
import type { FileStorage } from './storage/index.ts';

export interface AppServices {
  db: Kysely<DB>;
  env: Env;
  mailer: Mailer;
  /** 32-byte key that encrypts secrets at rest (MFA secrets) and keys anonymous viewer hashes. */
  secretKey: Uint8Array;
  /** The clock; tests move it instead of sleeping. */
  now: () => Date;
  /** Job search results of this instance (SEARCH_CACHE_ENTRIES). */
  searchCache: GenerationCache<SearchResult>;
  /** Uploaded files (resumes, logos): local disk by default (storage/). */
  storage: FileStorage;
  /** Wakes this process's resume parse queue right after an upload (it also polls). */
  resumeParsing: Waker;
}
