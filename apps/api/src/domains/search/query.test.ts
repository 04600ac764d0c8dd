import { describe, expect, it } from 'vitest';
import { fuzzyCandidates, parseSearchQuery } from './query.ts';

const w = (words: string[] | string, extra: Partial<{ negated: boolean; prefix: boolean }> = {}) => ({
  words: typeof words === 'string' ? [words] : words,
  negated: false,
  prefix: false,
  ...extra,
});

describe('parseSearchQuery', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['react developer ', [[w('react')], [w('developer')]]],
    ['react dev', [[w('react')], [w('dev')]]],
    ['"data engineer" python ', [[w(['data', 'engineer'])], [w('python')]]],
    ['java OR kotlin ', [[w('java'), w('kotlin')]]],
    ['java OR kotlin OR scala ', [[w('java'), w('kotlin'), w('scala')]]],
    ['engineer -senior ', [[w('engineer')], [w('senior', { negated: true })]]],
    ['engineer -"team lead" ', [[w('engineer')], [w(['team', 'lead'], { negated: true })]]],
    ['c++ c# node.js ', [[w('c++')], [w('c#')], [w('node.js')]]],
    ['.net ', [[w('.net')]]],
    ['"unterminated phrase', [[w(['unterminated', 'phrase'])]]],
    ['OR java ', [[w('java')]]],
    ["'; drop table jobs; -- ", [[w('drop')], [w('table')], [w('jobs')]]],
    ['<script>alert(1)</script> ', [[w('scriptalert1/script')]]],
  ])('%j', (query, expected) => {
    expect(parseSearchQuery(query)).toEqual(expected);
  });

  it.each([
    ['react dev', [[w('react')], [w('dev', { prefix: true })]]],
    ['react dev ', [[w('react')], [w('dev')]]],
    ['"data eng', [[w(['data', 'eng'])]]],
    ['engineer -sen', [[w('engineer')], [w('sen', { negated: true })]]],
  ])('as you type: %j', (query, expected) => {
    expect(parseSearchQuery(query, { prefix: true })).toEqual(expected);
  });

  it('bounds the work a long query can cause', () => {
    expect(parseSearchQuery('word '.repeat(100)).length).toBeLessThanOrEqual(12);
  });
});

describe('fuzzyCandidates', () => {
  it('takes plain words of four letters or more, not exclusions or phrases', () => {
    expect(fuzzyCandidates(parseSearchQuery('Pyhton dev -java "data science" kuberntes '))).toEqual([
      { word: 'pyhton', prefix: false },
      { word: 'kuberntes', prefix: false },
    ]);
    expect(fuzzyCandidates(parseSearchQuery('senior devel', { prefix: true }))).toEqual([
      { word: 'senior', prefix: false },
      { word: 'devel', prefix: true },
    ]);
  });
});
