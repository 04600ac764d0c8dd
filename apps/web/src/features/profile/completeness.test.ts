import { describe, expect, it } from 'vitest';
import { completenessView, partLabel } from './completeness.ts';

describe('completenessView', () => {
  it.each([
    [0, 'low', 'Just started'],
    [39.6, 'medium', 'Halfway there'],
    [79, 'medium', 'Halfway there'],
    [80, 'high', 'Almost complete'],
    [100, 'high', 'Complete'],
    [140, 'high', 'Complete'],
    [-5, 'low', 'Just started'],
    [Number.NaN, 'low', 'Just started'],
  ])('score %d -> %s, %s', (score, tone, summary) => {
    const view = completenessView({ score, parts: [] });
    expect(view.tone).toBe(tone);
    expect(view.summary).toBe(summary);
    expect(view.percent).toBeGreaterThanOrEqual(0);
    expect(view.percent).toBeLessThanOrEqual(100);
  });

  it('lists the missing parts worth most first, ties in the given order, done parts left out', () => {
    const view = completenessView({
      score: 35,
      parts: [
        { part: 'headline', weight: 10, done: false },
        { part: 'skills', weight: 30, done: false },
        { part: 'name', weight: 5, done: true },
        { part: 'summary', weight: 10, done: false },
        { part: 'experience', weight: 30, done: true },
      ],
    });
    expect(view.missing.map((item) => item.label)).toEqual(['Skills', 'A headline', 'A summary']);
  });

  it('names a part once even when two parts are worded alike', () => {
    const view = completenessView({
      score: 0,
      parts: [
        { part: 'salaryMin', weight: 5, done: false },
        { part: 'salary', weight: 5, done: false },
      ],
    });
    expect(view.missing).toHaveLength(1);
  });
});

describe('partLabel', () => {
  it.each([
    ['experience', 'Work experience'],
    ['someNewPart', 'Some new part'],
    ['open_to_work', 'Open to work'],
  ])('%s -> %s', (part, label) => expect(partLabel(part)).toBe(label));
});
