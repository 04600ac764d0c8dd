// Configuration errors name the variable and what is wrong with it.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from './env.ts';

describe('loadEnv', () => {
  it('applies defaults for an empty environment', () => {
    expect(loadEnv({})).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', DATA_DIR: './.data', NODE_ENV: 'development' });
  });

  it('treats an empty variable as unset', () => {
    const env = loadEnv({ PORT: '', DATABASE_URL: '' });
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('has no AI provider unless one is configured: rewrites are off by default', () => {
    const env = loadEnv({});
    expect([env.AI_PROVIDER_URL, env.AI_PROVIDER_MODEL, env.AI_PROVIDER_TIMEOUT_MS]).toEqual([undefined, undefined, 30_000]);
    expect(loadEnv({ AI_PROVIDER_URL: 'http://127.0.0.1:11434/v1', AI_PROVIDER_MODEL: 'llama3' }).AI_PROVIDER_MODEL).toBe('llama3');
  });

  it('resolves a relative WEB_DIST_DIR from the working directory (the static file server needs an absolute path)', () => {
    expect(loadEnv({ WEB_DIST_DIR: 'apps/web/dist' }).WEB_DIST_DIR).toBe(`${process.cwd()}/apps/web/dist`);
    expect(loadEnv({ WEB_DIST_DIR: '' }).WEB_DIST_DIR).toBeUndefined();
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT="eighty"'],
    [{ PORT: '70000' }, 'PORT="70000"'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL="mysql://localhost/db": must be a postgres'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV="staging"'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL="loud"'],
    [{ PUBLIC_URL: 'localhost:3000' }, 'PUBLIC_URL="localhost:3000"'],
    [{ AI_PROVIDER_URL: 'ftp://models.example' }, 'AI_PROVIDER_URL="ftp://models.example": must be an http'],
    [{ AI_PROVIDER_URL: 'https://api.openai.com/v1' }, 'AI_PROVIDER_MODEL="": is required with AI_PROVIDER_URL'],
    [{ AI_PROVIDER_URL: 'http://127.0.0.1:11434/v1', AI_PROVIDER_MODEL: 'llama3', AI_PROVIDER_TIMEOUT_MS: '50' }, 'AI_PROVIDER_TIMEOUT_MS="50"'],
  ])('rejects %j naming the variable', (env, message) => {
    expect(() => loadEnv(env)).toThrow(ConfigError);
    expect(() => loadEnv(env)).toThrow(message);
  });
});
