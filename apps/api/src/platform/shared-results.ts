// Results that many requests are answered with (the search cache's, domains/search/cache.ts) are turned into
// superjson's wire form once, not on every answer: walking a page of 20 jobs with its facets was about a quarter
// of the API's CPU time on cached searches. A shared result is never changed after it is made (the cache hands
// the same object to every request already), so its wire form stays right.
import superjson from 'superjson';

type Wire = ReturnType<typeof superjson.serialize>;

/** Shared results, with their wire form once it has been made. */
const shared = new WeakMap<object, Wire | undefined>();

/** Marks `value` as shared: the same object answers many requests and is never changed. */
export function shareResult<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !shared.has(value)) shared.set(value, undefined);
  return value;
}

/** superjson.serialize, made once per shared result. */
export function serializeOutput(value: unknown): Wire {
  if (value === null || typeof value !== 'object' || !shared.has(value)) return superjson.serialize(value);
  let wire = shared.get(value);
  if (!wire) {
    wire = superjson.serialize(value);
    shared.set(value, wire);
  }
  return wire;
}
