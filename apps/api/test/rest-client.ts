// The REST surface as an integrator's script calls it, for the REST tests: JSON in and out over the Fastify
// app (injected), and accounts made the original API's way (register, open the emailed link, log in).
import { expect } from 'vitest';
import { PASSWORD, uniqueEmail } from './accounts.ts';
import type { ApiHarness } from './helpers.ts';
import { linkIn } from './mailbox.ts';

export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON as a script sees it
  headers: Record<string, unknown>;
}

export function restClient(api: { readonly current: ApiHarness }) {
  async function rest(method: string, path: string, { token, body }: { token?: string; body?: unknown } = {}): Promise<Reply> {
    const res = await api.current.app.inject({
      method: method as 'GET',
      url: `/api${path}`,
      headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { payload: JSON.stringify(body) }),
    });
    return { status: res.statusCode, body: res.body ? res.json() : undefined, headers: res.headers };
  }

  async function registerAndLogin(role: 'candidate' | 'recruiter') {
    const email = uniqueEmail(`rest-${role}`);
    const registered = await rest('POST', '/auth/register', {
      body: { email, password: PASSWORD, role, first_name: 'Ada', last_name: 'Lovelace', ...(role === 'recruiter' && { company_name: `Firm of ${email}` }) },
    });
    expect(registered).toMatchObject({ status: 200, body: { status: 'email_sent' } });
    const early = await rest('POST', '/auth/login', { body: { email, password: PASSWORD } });
    expect(early.status).toBe(403);
    expect(early.body.error).toMatchObject({ code: 'FORBIDDEN', reason: 'email_not_verified' });
    const mail = await api.current.mailbox.waitFor(email, /confirm your email/i);
    const token = linkIn(mail, '/verify-email').searchParams.get('token')!;
    expect((await rest('POST', '/auth/verify-email', { body: { token } })).status).toBe(200);
    const login = await rest('POST', '/auth/login', { body: { email, password: PASSWORD } });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ token_type: 'Bearer', mfa_required: false, user: { email, role }, profile: { first_name: 'Ada' } });
    expect(login.body.access_token).toEqual(expect.any(String));
    return { email, token: login.body.access_token as string };
  }

  return { rest, registerAndLogin };
}
