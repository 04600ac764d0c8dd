import { describe, expect, it } from 'vitest';
import { parseUrlSearch, readSearchValue, stringifyUrlSearch } from './url-search.ts';

describe('stringifyUrlSearch', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['nothing', {}, ''],
    ['only undefined and null', { q: undefined, location: null }, ''],
    ['plain words', { q: 'rust' }, '?q=rust'],
    ['a phrase and an exclusion, quotes kept', { q: '"data engineer" -senior' }, '?q=%22data+engineer%22+-senior'],
    ['a quoted phrase alone', { q: '"data engineer"' }, '?q=%22data+engineer%22'],
    ['an array as the key repeated', { remote: ['remote', 'hybrid'] }, '?remote=remote&remote=hybrid'],
    ['an array of one', { remote: ['remote'] }, '?remote=remote'],
    ['an empty array, left out', { remote: [], q: 'go' }, '?q=go'],
    ['numbers and booleans as text', { page: 2, salaryMin: 50_000, includeRemote: true }, '?page=2&salaryMin=50000&includeRemote=true'],
    ['text that reads as a number, unquoted', { q: '123' }, '?q=123'],
    ['text that reads as a boolean, unquoted', { q: 'true' }, '?q=true'],
    ['& # + % = escaped', { q: 'c++ & c# 100% a=b' }, '?q=c%2B%2B+%26+c%23+100%25+a%3Db'],
    ["' ( ) ! * ~ escaped as browsers would", { q: "it's (new)! *~" }, '?q=it%27s+%28new%29%21+%2A%7E'],
    ['/ : @ , readable', { redirect: '/account', email: 'ada@example.com', location: 'Berlin, Germany', u: 'a:b' }, '?redirect=/account&email=ada@example.com&location=Berlin,+Germany&u=a:b'],
    ['unicode, UTF-8 percent-encoded', { location: 'São Paulo', q: '東京 🚀' }, '?location=S%C3%A3o+Paulo&q=%E6%9D%B1%E4%BA%AC+%F0%9F%9A%80'],
    ['an empty string kept', { q: '' }, '?q='],
    ['text that would read as an array, JSON-quoted', { q: '[1]' }, '?q=%22%5B1%5D%22'],
    ['a quoted number (JSON inside), JSON-quoted', { q: '"123"' }, '?q=%22%5C%22123%5C%22%22'],
    ['a bracket that is not JSON, plain', { q: '[remote] jobs' }, '?q=%5Bremote%5D+jobs'],
    ['an escaped key', { 'a b&c': 'x' }, '?a+b%26c=x'],
  ])('%s', (_name, search, expected) => {
    expect(stringifyUrlSearch(search)).toBe(expected);
  });
});

describe('parseUrlSearch', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['nothing', '', {}],
    ['just the question mark', '?', {}],
    ['the pasted search, as the browser percent-encodes it', '?q=%22data%20engineer%22%20-senior&remote=remote', { q: '"data engineer" -senior', remote: 'remote' }],
    ['the same with + for spaces', 'q=%22data+engineer%22+-senior', { q: '"data engineer" -senior' }],
    ['raw quotes and spaces', '?q="data engineer" -senior', { q: '"data engineer" -senior' }],
    ['a quoted phrase someone typed, kept a phrase', '?q=%22data%20engineer%22', { q: '"data engineer"' }],
    ['a quoted word, kept a phrase', '?q=%22accountant%22', { q: '"accountant"' }],
    ['repeated keys as an array', '?remote=remote&remote=hybrid', { remote: ['remote', 'hybrid'] }],
    ['numbers and booleans', '?page=2&salaryMin=50000&includeRemote=true&x=false&n=-1.5', { page: 2, salaryMin: 50_000, includeRemote: true, x: false, n: -1.5 }],
    ['numbers JavaScript would not write stay text', '?a=02&b=1.0&c=0x1&d=Infinity&e=NaN&f=+1', { a: '02', b: '1.0', c: '0x1', d: 'Infinity', e: 'NaN', f: ' 1' }],
    ['null and undefined are words', '?q=null&r=undefined', { q: 'null', r: 'undefined' }],
    ['empty values', '?q=&remote=', { q: '', remote: '' }],
    ['a key without =', '?q', { q: '' }],
    ['escaped & # + %', '?q=c%2B%2B+%26+c%23+100%25', { q: 'c++ & c# 100%' }],
    ['a malformed escape, kept as written', '?q=100%+sure', { q: '100% sure' }],
    ['unicode', '?location=S%C3%A3o+Paulo', { location: 'São Paulo' }],
    ['a bracket that is not JSON', '?q=%5Bremote%5D+jobs', { q: '[remote] jobs' }],
    ['__proto__ is a key like any other', '?__proto__=x', { ['__proto__']: 'x' }],
    // The router's old JSON encoding.
    ['old: a JSON array', '?remote=%5B%22remote%22%5D', { remote: ['remote'] }],
    ['old: a JSON array of two', '?skills=%5B%22rust%22%2C%22go%22%5D', { skills: ['rust', 'go'] }],
    ['old: a JSON-quoted number', '?q=%22123%22', { q: '123' }],
    ['old: a JSON-quoted boolean', '?q=%22true%22', { q: 'true' }],
    ['old: a JSON-quoted phrase', '?q=%22%5C%22data+engineer%5C%22%22', { q: '"data engineer"' }],
    ['old: an object', '?o=%7B%22a%22%3A1%7D', { o: { a: 1 } }],
  ])('%s', (_name, searchStr, expected) => {
    const parsed = parseUrlSearch(searchStr);
    expect(parsed).toEqual(expected);
    expect(Object.keys(parsed)).toEqual(Object.keys(expected));
  });
});

describe('round trip', () => {
  it.each<Record<string, unknown>>([
    { q: '"data engineer" -senior', location: 'São Paulo' },
    { q: '"data engineer"' },
    { q: 'c++ & c# 100% a=b ?#' },
    { q: "it's (new)! *~ 東京 🚀" },
    { q: '[1]', r: '{"a":1}', s: '"123"', t: '"true"', u: '"\\"x\\""', v: '[remote] jobs' },
    { q: ' padded ', r: '"', s: '""', t: '\\' },
    { remote: ['remote', 'hybrid'], skills: ['rust', 'go', 'c'] },
    { page: 2, salaryMin: 50_000, includeRemote: true, postedWithinDays: 7, n: -1.5 },
    { q: '' },
  ])('%j', (search) => {
    expect(parseUrlSearch(stringifyUrlSearch(search))).toEqual(search);
  });

  it('gives a list of one back as its value (the schemas take either), and text numbers as numbers', () => {
    expect(parseUrlSearch(stringifyUrlSearch({ remote: ['remote'], q: '123', b: 'false' }))).toEqual({ remote: 'remote', q: 123, b: false });
  });

  it('reads every value JSON-quoting could give back as that value', () => {
    for (const text of ['[1]', '{}', '"a"', '"123"', 'true', '42', ' 1', 'null', '"\\"x\\""']) {
      expect(readSearchValue(JSON.stringify(text))).toBe(text);
    }
  });
});
