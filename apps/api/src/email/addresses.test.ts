import { describe, expect, it } from 'vitest';
import { ConfigError } from '../env.ts';
import { parseMailFrom, parseRecipient } from './addresses.ts';

describe('parseRecipient', () => {
  it('accepts one plain address', () => {
    expect(parseRecipient('ada@example.com')).toBe('ada@example.com');
  });

  it.each([
    'ada@example.com, eve@example.com',
    'ada@example.com\r\nBcc: eve@example.com',
    'Ada <ada@example.com>',
    'ada@example.com ',
    'not-an-address',
    '',
    `${'a'.repeat(250)}@example.com`,
  ])('refuses %j', (to) => {
    expect(() => parseRecipient(to)).toThrow('the recipient must be exactly one valid email address');
  });
});

describe('parseMailFrom', () => {
  it.each([
    ['Hotgigs <no-reply@hotgigs.localhost>', { name: 'Hotgigs', address: 'no-reply@hotgigs.localhost' }],
    ['"Hotgigs Jobs" <jobs@example.com>', { name: 'Hotgigs Jobs', address: 'jobs@example.com' }],
    ['jobs@example.com', { name: '', address: 'jobs@example.com' }],
    ['<jobs@example.com>', { name: '', address: 'jobs@example.com' }],
    ['Hot\r\ngigs <jobs@example.com>', { name: 'Hot gigs', address: 'jobs@example.com' }],
  ])('%j', (value, expected) => {
    expect(parseMailFrom(value)).toEqual(expected);
  });

  it.each(['Hotgigs', 'Hotgigs <not an address>', 'a@example.com, b@example.com'])('refuses %j as a configuration error', (value) => {
    expect(() => parseMailFrom(value)).toThrow(ConfigError);
    expect(() => parseMailFrom(value)).toThrow('MAIL_FROM=');
  });
});
