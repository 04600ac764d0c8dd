// The seeded Random: the same seed gives the same sequence, and its helpers stay in their bounds.
import { describe, expect, it } from 'vitest';
import { createRandom } from './random.ts';

describe('createRandom', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.float());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps int() within both bounds and reaches each of them', () => {
    const random = createRandom(1);
    const values = new Set(Array.from({ length: 500 }, () => random.int(3, 6)));
    expect([...values].sort()).toEqual([3, 4, 5, 6]);
  });

  it('samples distinct items, and all of them when asked for more', () => {
    const random = createRandom(2);
    const sample = random.sample(['a', 'b', 'c', 'd', 'e'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(random.sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
  });

  it('never picks an entry of weight 0', () => {
    const random = createRandom(3);
    const picks = new Set(Array.from({ length: 200 }, () => random.weighted([['never', 0], ['always', 1]] as const)));
    expect([...picks]).toEqual(['always']);
  });

  it('makes version 4 UUIDs', () => {
    const random = createRandom(4);
    for (let i = 0; i < 50; i++) {
      expect(random.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRandom(5).pick([])).toThrow('empty');
  });
});
