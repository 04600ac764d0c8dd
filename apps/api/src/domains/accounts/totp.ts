// TOTP (RFC 6238) second factor: secrets encrypted at rest (AES-256-GCM), codes accepted once (the last used
// time step is remembered), recovery codes stored hashed.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { generateHOTP } from '@oslojs/otp';
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { randomToken, sha256 } from '../../platform/tokens.ts';

export const TOTP = { periodSeconds: 30, digits: 6, /** steps accepted either side of now, for clock drift */ window: 1 };
export const RECOVERY_CODE_COUNT = 10;

export function newTotpSecret(): Uint8Array {
  return new Uint8Array(randomBytes(20));
}

export function otpauthUrl(secret: Uint8Array, account: string, issuer = 'Hotgigs'): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const params = new URLSearchParams({
    secret: encodeBase32UpperCaseNoPadding(secret),
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP.digits),
    period: String(TOTP.periodSeconds),
  });
  return `otpauth://totp/${label}?${params.toString()}`;
}

/** TOTP is HOTP with the time step as its counter. */
function codeAt(secret: Uint8Array, step: number): string {
  return generateHOTP(secret, BigInt(step), TOTP.digits);
}

/**
 * The time step a code belongs to, if it is valid now and newer than the last one used; undefined otherwise.
 * Accepting only steps after `lastUsedStep` is the replay protection.
 */
export function matchTotp(secret: Uint8Array, code: string, now: Date, lastUsedStep: number | null): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const current = Math.floor(now.getTime() / 1000 / TOTP.periodSeconds);
  for (let step = current - TOTP.window; step <= current + TOTP.window; step++) {
    if (lastUsedStep !== null && step <= lastUsedStep) continue;
    if (codeAt(secret, step) === code) return step;
  }
  return undefined;
}

/** The code for a moment in time (tests and the enrolment screen's "does your app show this?" use it). */
export function totpCodeAt(secret: Uint8Array, at: Date): string {
  return codeAt(secret, Math.floor(at.getTime() / 1000 / TOTP.periodSeconds));
}

export function encryptSecret(secret: Uint8Array, key: Uint8Array): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(secret), cipher.final()]);
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join('.');
}

export function decryptSecret(stored: string, key: Uint8Array): Uint8Array {
  const [version, iv, tag, data] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || !data) throw new Error('unreadable TOTP secret');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return new Uint8Array(Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]));
}

/** Ten codes like "k3jd-9x2q-m8rt", shown once; only their hashes are stored. */
export function newRecoveryCodes(): { codes: string[]; hashes: Uint8Array[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => randomToken(8).slice(0, 12).replace(/(.{4})(?=.)/g, '$1-'));
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

export function hashRecoveryCode(code: string): Uint8Array {
  return sha256(code.trim().toLowerCase().replace(/[^a-z2-7]/g, ''));
}
