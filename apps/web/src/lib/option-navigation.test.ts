import { describe, expect, it } from 'vitest';
import { moveOption, type OptionMove } from './option-navigation.ts';

describe('moveOption', () => {
  it.each<[number, number, OptionMove, number]>([
    // from nothing active
    [-1, 5, 'next', 0],
    [-1, 5, 'previous', 4],
    // within the list
    [0, 5, 'next', 1],
    [3, 5, 'previous', 2],
    // wrapping at the ends
    [4, 5, 'next', 0],
    [0, 5, 'previous', 4],
    // Home and End
    [2, 5, 'first', 0],
    [2, 5, 'last', 4],
    // an index left over from a longer list
    [7, 5, 'next', 0],
    [7, 5, 'previous', 4],
    // a single option
    [0, 1, 'next', 0],
    [0, 1, 'previous', 0],
  ])('from %i of %i options, %s is %i', (current, count, move, expected) => {
    expect(moveOption(current, count, move)).toBe(expected);
  });

  it('has nothing to move to in an empty list', () => {
    for (const move of ['next', 'previous', 'first', 'last'] as const) expect(moveOption(-1, 0, move)).toBe(-1);
  });
});
