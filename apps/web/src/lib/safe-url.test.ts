import { describe, expect, it } from 'vitest';
import { displayHost, toSafeExternalUrl } from './safe-url.ts';

describe('toSafeExternalUrl', () => {
  it.each([
    { value: 'https://example.com', expected: 'https://example.com/' },
    { value: 'http://example.com/jobs?x=1', expected: 'http://example.com/jobs?x=1' },
    { value: 'javascript:alert(1)', expected: null },
    { value: 'JAVASCRIPT:alert(1)', expected: null },
    { value: 'data:text/html,<script>alert(1)</script>', expected: null },
    { value: 'example.com', expected: null },
    { value: '', expected: null },
    { value: null, expected: null },
  ])('$value', ({ value, expected }) => {
    expect(toSafeExternalUrl(value)).toBe(expected);
  });
});

describe('displayHost', () => {
  it.each([
    { url: 'https://www.example.com/about', expected: 'example.com' },
    { url: 'https://careers.example.org', expected: 'careers.example.org' },
  ])('$url', ({ url, expected }) => {
    expect(displayHost(url)).toBe(expected);
  });
});
