import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { serializeOutput, shareResult } from './shared-results.ts';

describe('serializeOutput', () => {
  it.each([
    ['a plain object', { a: 1, b: 'x' }],
    ['dates and undefined', { at: new Date('2026-12-07T00:00:00Z'), none: undefined, list: [new Date(0), null] }],
    ['a primitive', 42],
    ['null', null],
  ])('is superjson.serialize for %s, shared or not', (_, value) => {
    expect(serializeOutput(value)).toEqual(superjson.serialize(value));
    expect(serializeOutput(shareResult(value))).toEqual(superjson.serialize(value));
    expect(superjson.deserialize(serializeOutput(value))).toEqual(value);
  });

  it('makes the wire form of a shared result once', () => {
    const result = shareResult({ items: [{ publishedAt: new Date(0) }] });
    expect(serializeOutput(result)).toBe(serializeOutput(result));
  });

  it('makes it anew for a result that is not shared', () => {
    const result = { items: [{ publishedAt: new Date(0) }] };
    expect(serializeOutput(result)).not.toBe(serializeOutput(result));
  });
});
