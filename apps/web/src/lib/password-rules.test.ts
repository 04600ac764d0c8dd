import { describe, expect, it } from 'vitest';
import { passwordRuleStatus } from './password-rules.ts';

describe('passwordRuleStatus', () => {
  it.each([
    { password: '', length: 0, lengthOk: false },
    { password: 'seven77', length: 7, lengthOk: false },
    { password: 'eight888', length: 8, lengthOk: true },
    { password: '  spaced  ', length: 10, lengthOk: true },
    { password: 'x'.repeat(128), length: 128, lengthOk: true },
    { password: 'x'.repeat(129), length: 129, lengthOk: false },
  ])('$length characters: length ok is $lengthOk', ({ password, length, lengthOk }) => {
    expect(passwordRuleStatus(password)).toEqual({ length, lengthOk, avoidsEmailName: undefined });
  });

  it.each([
    { password: 'my ada.lovelace pass', email: 'Ada.Lovelace@example.com', expected: false },
    { password: 'correct horse battery', email: 'ada.lovelace@example.com', expected: true },
    { password: 'anything at all', email: 'ada@example.com', expected: undefined },
    { password: 'anything at all', email: '', expected: undefined },
  ])('email $email: avoids the email name is $expected', ({ password, email, expected }) => {
    expect(passwordRuleStatus(password, email).avoidsEmailName).toBe(expected);
  });
});
