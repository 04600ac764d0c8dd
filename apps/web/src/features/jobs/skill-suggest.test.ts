import { describe, expect, it } from 'vitest';
import { offersNewSkill } from './skill-suggest.ts';

describe('offersNewSkill', () => {
  it.each<[string, string[], boolean]>([
    ['Rust', [], true],
    ['Rust', ['Rust'], false],
    ['rust', ['Rust'], false],
    ['  RUST  ', ['Rust'], false],
    ['Rust', ['Rust (programming language)', 'Trust'], true],
    ['machine   learning', ['Machine learning'], false],
    ['', [], false],
    ['   ', ['Rust'], false],
    ['x'.repeat(101), [], false],
  ])('%j with results %j -> %s', (text, names, expected) => {
    expect(offersNewSkill(text, names)).toBe(expected);
  });
});
