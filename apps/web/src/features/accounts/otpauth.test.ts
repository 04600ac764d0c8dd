import { describe, expect, it } from 'vitest';
import { groupSecret, secretFromOtpauthUrl } from './otpauth.ts';

describe('secretFromOtpauthUrl', () => {
  it.each([
    {
      url: 'otpauth://totp/Hotgigs%3Aada%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Hotgigs&algorithm=SHA1&digits=6&period=30',
      expected: 'JBSWY3DPEHPK3PXP',
    },
    { url: 'otpauth://totp/Hotgigs?secret=jbswy3dp', expected: 'JBSWY3DP' },
    { url: 'otpauth://totp/Hotgigs?issuer=Hotgigs', expected: undefined },
    { url: 'not a url', expected: undefined },
  ])('$url', ({ url, expected }) => {
    expect(secretFromOtpauthUrl(url)).toBe(expected);
  });
});

describe('groupSecret', () => {
  it.each([
    { secret: 'JBSWY3DPEHPK3PXP', expected: 'JBSW Y3DP EHPK 3PXP' },
    { secret: 'JBSWY3DPEH', expected: 'JBSW Y3DP EH' },
    { secret: 'JBS', expected: 'JBS' },
  ])('$secret', ({ secret, expected }) => {
    expect(groupSecret(secret)).toBe(expected);
  });
});
