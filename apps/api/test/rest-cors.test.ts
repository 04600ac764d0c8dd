// CORS for the REST API with an allow-list (CORS_ORIGINS): those origins only, never with credentials.
import { describe, expect, it } from 'vitest';
import { useApi } from './helpers.ts';

const api = useApi({ CORS_ORIGINS: 'https://tools.example.com' });

describe('REST CORS allow-list', () => {
  it('lets the listed origin call with a bearer token, and nobody else', async () => {
    const { app } = api.current;
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/auth/login',
      headers: { origin: 'https://tools.example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://tools.example.com');
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    expect(preflight.headers['access-control-allow-headers']).toContain('authorization');

    // A mutation from the listed origin reaches the procedure (a wrong password, not a CSRF refusal).
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://tools.example.com', 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'nobody@example.com', password: 'wrong' }),
    });
    expect(login.statusCode).toBe(401);
    expect(login.headers['access-control-allow-origin']).toBe('https://tools.example.com');

    const other = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'nobody@example.com', password: 'wrong' }),
    });
    expect(other.statusCode).toBe(403);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a wildcard in the allow-list at start-up', async () => {
    const { loadEnv } = await import('../src/env.ts');
    expect(() => loadEnv({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });
});

describe('REST requests as the host sees them', () => {
  it('keep their full /api path once answered (the request log reads it)', async () => {
    const res = await api.current.app.inject({ url: '/api/jobs?limit=1' });
    expect(res.statusCode).toBe(200);
    expect(res.raw.req.url).toBe('/api/jobs?limit=1');
  });
});
