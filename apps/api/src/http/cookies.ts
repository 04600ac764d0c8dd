// The session cookie: `__Host-` prefixed and Secure when served over https, plain on http://localhost
// (browsers refuse Secure cookies on plain http except for localhost, and not all agree on 127.0.0.1).
import type { Env } from '../env.ts';

export interface SessionCookie {
  name: string;
  secure: boolean;
}

export function sessionCookie(env: Env): SessionCookie {
  const secure = env.PUBLIC_URL?.startsWith('https:') ?? false;
  return { name: secure ? '__Host-hotgigs_session' : 'hotgigs_session', secure };
}

export function serializeSessionCookie(cookie: SessionCookie, token: string, expiresAt: Date): string {
  return [
    `${cookie.name}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Expires=${expiresAt.toUTCString()}`,
    ...(cookie.secure ? ['Secure'] : []),
  ].join('; ');
}

export function serializeClearedCookie(cookie: SessionCookie): string {
  return [`${cookie.name}=`, 'Path=/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=0', ...(cookie.secure ? ['Secure'] : [])].join('; ');
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The device cookie (domains/accounts/devices.ts): marks a browser that signed in before, for a year. */
export function deviceCookie(env: Env): SessionCookie {
  const secure = env.PUBLIC_URL?.startsWith('https:') ?? false;
  return { name: secure ? '__Host-hotgigs_device' : 'hotgigs_device', secure };
}

export function serializeDeviceCookie(cookie: SessionCookie, token: string, maxAgeSeconds: number): string {
  return [`${cookie.name}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAgeSeconds}`, ...(cookie.secure ? ['Secure'] : [])].join('; ');
}
