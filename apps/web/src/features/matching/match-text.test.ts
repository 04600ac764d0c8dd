import { describe, expect, it } from 'vitest';
import { forCompany, matchBand } from './match-text.ts';

describe('matchBand', () => {
  it.each([
    [100, 'strong'],
    [75, 'strong'],
    [74, 'good'],
    [55, 'good'],
    [54, 'fair'],
    [35, 'fair'],
    [34, 'weak'],
    [0, 'weak'],
  ] as const)('%i is %s', (score, band) => expect(matchBand(score)).toBe(band));
});

describe('forCompany', () => {
  it.each([
    ['You have held this title', 'They have held this title'],
    ['Your titles are close to this one', 'Their titles are close to this one'],
    ['A remote job; you prefer on-site work', 'A remote job; they prefer on-site work'],
    ['Hybrid in Berlin, Germany, where you are', 'Hybrid in Berlin, Germany, where they are'],
    ['The salary range reaches your expectation', 'The salary range reaches their expectation'],
    ['3 of 4 skills, 2 of 3 required', '3 of 4 skills, 2 of 3 required'],
    ['Young people welcome', 'Young people welcome'],
  ])('%s', (text, expected) => expect(forCompany(text)).toBe(expected));
});
