import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './redirect.ts';

describe('safeRedirectPath', () => {
  it.each([
    { value: '/account', expected: '/account' },
    { value: '/admin/users?page=2&q=ada', expected: '/admin/users?page=2&q=ada' },
    { value: '/jobs#top', expected: '/jobs#top' },
    { value: '/', expected: '/' },
    { value: '/a/../account', expected: '/account' },
    // An encoded newline stays an encoded character in a path on this site.
    { value: '/%0a/evil.example', expected: '/%0a/evil.example' },
  ])('follows $value', ({ value, expected }) => {
    expect(safeRedirectPath(value)).toBe(expected);
  });

  it.each([
    '//evil.example',
    '//evil.example/account',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'https://evil.example',
    'javascript:alert(1)',
    'account',
    '',
    ' /account',
  ])('refuses %j', (value) => {
    expect(safeRedirectPath(value)).toBeUndefined();
  });

  it.each([undefined, null, 42, { to: '/account' }])('refuses a non-string: %j', (value) => {
    expect(safeRedirectPath(value)).toBeUndefined();
  });
});
