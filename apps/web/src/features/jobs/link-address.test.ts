import { describe, expect, it } from 'vitest';
import { linkAddress } from './link-address.ts';

describe('linkAddress', () => {
  it.each([
    ['https://example.com/jobs', 'https://example.com/jobs'],
    ['http://example.com', 'http://example.com/'],
    ['  example.com/about  ', 'https://example.com/about'],
    ['www.example.co.uk', 'https://www.example.co.uk/'],
    ['jo@example.com', 'mailto:jo@example.com'],
    ['mailto:jo@example.com', 'mailto:jo@example.com'],
    ['HTTPS://Example.com', 'https://example.com/'],
  ])('reads %j as %j', (typed, href) => {
    expect(linkAddress(typed)).toBe(href);
  });

  it.each(['', '   ', 'javascript:alert(1)', 'data:text/html,hi', 'ftp://example.com', 'hello', 'mailto:nobody', 'two words.com', '/relative/path'])(
    'refuses %j',
    (typed) => {
      expect(linkAddress(typed)).toBeUndefined();
    },
  );
});
