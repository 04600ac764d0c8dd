import { describe, expect, it } from 'vitest';
import { linksIn, splitByLinks } from './outbox.ts';

describe('linksIn', () => {
  it.each([
    ['Confirm:\nhttps://hotgigs.test/verify?token=a&b=1\n', ['https://hotgigs.test/verify?token=a&b=1']],
    ['Go to http://localhost:3000/sign-in. Then', ['http://localhost:3000/sign-in']],
    ['(see https://example.com/a), or "https://example.com/b"', ['https://example.com/a', 'https://example.com/b']],
    ['<https://example.com/x>', ['https://example.com/x']],
    ['javascript:alert(1) ftp://example.com no links', []],
  ])('%j', (text, expected) => {
    expect(linksIn(text)).toEqual(expected);
  });
});

describe('splitByLinks', () => {
  it('cuts text into plain runs and links that join back into the text', () => {
    const text = 'Open https://a.test/x now, or https://b.test/y';
    const segments = splitByLinks(text);
    expect(segments).toEqual([
      { text: 'Open ', isLink: false },
      { text: 'https://a.test/x', isLink: true },
      { text: ' now, or ', isLink: false },
      { text: 'https://b.test/y', isLink: true },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});
