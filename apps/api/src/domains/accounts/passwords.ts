// Password hashing (Argon2id) and the password rules of docs/security.md: 8 to 128 characters, not one of the
// most common passwords, exactly what was typed (no trimming, no composition rules).
import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/** OWASP's Argon2id minimum: 19 MiB, 2 iterations, 1 lane. */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 /* Argon2id */ } as const;

/** Hashes in flight at once: each takes ~19 MiB and a core for tens of ms; more would only queue on the CPU. */
const MAX_CONCURRENT_HASHES = 4;
let running = 0;
const waiting: (() => void)[] = [];

async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_HASHES) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

export function hashPassword(password: string): Promise<string> {
  return limited(() => hash(password, ARGON2));
}

let verifications = 0;
/** Password hashes verified since start: a metric, and how tests see that unknown emails cost the same work. */
export const passwordVerifications = (): number => verifications;

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  verifications++;
  return limited(() => verify(passwordHash, password).catch(() => false));
}

let dummyHash: Promise<string> | undefined;
/**
 * For an unknown email, verify against a dummy hash anyway so that the answer takes as long as for a real
 * account: response time must not tell which emails have accounts.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('not-a-real-password: timing equaliser');
  await verifyPassword(await dummyHash, password);
  return false;
}

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

let common: Set<string> | undefined;
/** The ~30,000 most common passwords (zxcvbn's list, bundled with the package; nothing is fetched). */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common.has(password.toLowerCase());
}

/** Why a new password is refused, in words for the person typing it; undefined when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string } = {}): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (isCommonPassword(password)) return 'This is one of the most common passwords; choose one that is harder to guess.';
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) {
    return 'Do not use your email address in your password.';
  }
  return undefined;
}
