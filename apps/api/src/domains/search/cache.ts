// Job search results kept by each API instance until what search shows changes. Popular searches ("nurse",
// "software engineer") repeat all day; the jobs behind them change far more rarely than they are searched.
//
// A result is reused only while all of these hold, so a cached answer is never one a fresh search would not give:
// - the search generation is the same: the database moves it on, in the same transaction, with every change to
//   a job that search reads, to a company's or a skill's name (migration 0005), whichever instance made it;
// - no listed job's deadline has passed since it was computed (a job past its deadline is never listed);
// - it is at most a minute old ("posted within N days" windows move with the clock).
// Each request still asks the database for the generation: one index look-up.
import { sql, type Kysely } from 'kysely';
import type { DB } from '@hotgigs/shared';
import { shareResult } from '../../platform/shared-results.ts';

/** Longest a result is reused, whatever else happens. */
export const MAX_RESULT_AGE_MS = 60_000;

interface Entry<T> {
  generation: string;
  freshUntil: number;
  value: Promise<T>;
}

export interface CacheState {
  generation: string;
  /** The database's clock, in ms. */
  now: number;
  /** The next moment a listed job passes its deadline, in ms; null when none has one ahead. */
  nextDeadline: number | null;
}

/**
 * At most `capacity` results, least recently used first out. Concurrent requests for a result not yet
 * cached share one computation; a failed computation is not kept.
 */
export class GenerationCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, state: CacheState, compute: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.generation === state.generation && state.now < entry.freshUntil) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value;
    }
    // One object answers every request for this key: serialized once for the wire (platform/shared-results.ts).
    const value = compute().then(shareResult);
    const fresh: Entry<T> = {
      generation: state.generation,
      freshUntil: Math.min(state.now + MAX_RESULT_AGE_MS, state.nextDeadline ?? Infinity),
      value,
    };
    this.entries.delete(key);
    this.entries.set(key, fresh);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    value.catch(() => {
      if (this.entries.get(key) === fresh) this.entries.delete(key);
    });
    return value;
  }
}

/** The generation, the database's clock and the next deadline of a listed job, in one statement. */
export async function cacheState(db: Kysely<DB>): Promise<CacheState | undefined> {
  const { rows } = await sql<{ generation: string; now: number; next_deadline: number | null }>`
    SELECT g.value::text AS generation,
      (extract(epoch FROM now()) * 1000)::float8 AS now,
      (SELECT extract(epoch FROM min(deadline)) * 1000 FROM jobs
        WHERE status = 'published' AND deadline IS NOT NULL AND deadline > now())::float8 AS next_deadline
    FROM search_generation g WHERE g.id = 1`.execute(db);
  const row = rows[0];
  return row && { generation: row.generation, now: row.now, nextDeadline: row.next_deadline };
}

/**
 * Results of at most this many jobs are kept: the pages people share and come back to. Bigger ones go
 * straight through, so the cache's memory stays bounded: as JSON a page of 20 is about 45 kB, of 50 about
 * 110 kB, of 100 about 205 kB (measured on the demo jobs).
 */
export const MAX_CACHED_PAGE_SIZE = 50;

/** `search` through the cache, keyed by its input; straight through when the cache is off. */
export async function throughCache<I extends { limit: number }, T>(
  db: Kysely<DB>,
  cache: GenerationCache<T> | undefined,
  input: I,
  search: () => Promise<T>,
): Promise<T> {
  if (!cache || cache.capacity === 0 || input.limit > MAX_CACHED_PAGE_SIZE) return search();
  const state = await cacheState(db);
  return state ? cache.get(JSON.stringify(input), state, search) : search();
}
