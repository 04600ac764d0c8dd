// Random tokens and their hashes: what the database keeps is never what the user holds.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** A random string of `bytes` bytes of entropy, base32 (lowercase, URL- and cookie-safe). */
export function randomToken(bytes: number): string {
  return encodeBase32LowerCaseNoPadding(randomBytes(bytes));
}

export function sha256(value: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(value).digest());
}

export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
