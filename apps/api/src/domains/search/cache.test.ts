import { describe, expect, it } from 'vitest';
import { GenerationCache, MAX_RESULT_AGE_MS, type CacheState } from './cache.ts';

const at = (now: number, generation = '1', nextDeadline: number | null = null): CacheState => ({ generation, now, nextDeadline });

describe('GenerationCache', () => {
  it.each([
    ['the same generation, soon after', at(1_000), true],
    ['another generation', at(1_000, '2'), false],
    ['the oldest a result may be', at(MAX_RESULT_AGE_MS - 1), true],
    ['older than that', at(MAX_RESULT_AGE_MS), false],
  ])('reuses a result asked for again with %s: %s', async (_, later, reused) => {
    const cache = new GenerationCache<number>(10);
    let computed = 0;
    const compute = async () => ++computed;
    await cache.get('q', at(0), compute);
    expect(await cache.get('q', later, compute)).toBe(reused ? 1 : 2);
  });

  it('stops reusing a result when a listed job passes its deadline', async () => {
    const cache = new GenerationCache<string>(10);
    await cache.get('q', at(0, '1', 5_000), async () => 'before');
    expect(await cache.get('q', at(4_999, '1', 5_000), async () => 'after')).toBe('before');
    expect(await cache.get('q', at(5_000, '1', 5_000), async () => 'after')).toBe('after');
  });

  it('computes a result once for concurrent requests', async () => {
    const cache = new GenerationCache<number>(10);
    let computed = 0;
    const compute = () => new Promise<number>((resolve) => setTimeout(() => resolve(++computed), 5));
    const results = await Promise.all([1, 2, 3].map(() => cache.get('q', at(0), compute)));
    expect(results).toEqual([1, 1, 1]);
  });

  it('keeps no failed computation', async () => {
    const cache = new GenerationCache<number>(10);
    await expect(cache.get('q', at(0), () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    await Promise.resolve();
    expect(cache.size).toBe(0);
    expect(await cache.get('q', at(1), async () => 7)).toBe(7);
  });

  it('drops the least recently used result past its capacity', async () => {
    const cache = new GenerationCache<string>(2);
    await cache.get('a', at(0), async () => 'a1');
    await cache.get('b', at(0), async () => 'b1');
    await cache.get('a', at(1), async () => 'a2'); // a is now the most recent
    await cache.get('c', at(1), async () => 'c1'); // b goes
    expect(cache.size).toBe(2);
    expect(await cache.get('a', at(2), async () => 'a3')).toBe('a1');
    expect(await cache.get('b', at(2), async () => 'b2')).toBe('b2');
  });
});
