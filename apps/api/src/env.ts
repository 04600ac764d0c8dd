// The only place that reads process.env: every setting is parsed and checked here, once, at start-up.
import { resolve as resolvePath } from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number({ error: 'must be a port number from 0 to 65535' }).int().min(0).max(65535, 'must be a port number from 0 to 65535').default(3000),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  /**
   * Origins of third-party browser apps that may call the REST API (/api) with a bearer token, comma-separated
   * ("https://app.example.com,https://tools.example.com"). Empty (the default): no cross-origin calls. Cookies
   * never go with them; `*` is not accepted.
   */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .refine((list) => list.every((o) => /^https?:\/\/[^/*\s]+$/.test(o)), 'must be origins like https://app.example.com, comma-separated (no *, no paths)'),
  /** The built web app served as static files; empty to serve the API alone. */
  WEB_DIST_DIR: z
    .string()
    .optional()
    .transform((v) => (v ? resolvePath(v) : v)),
  /** Seed the demo data when the database is created on first start (embedded mode defaults to yes). */
  SEED_DEMO_ON_FIRST_START: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  DB_POOL_SIZE: z.coerce.number({ error: 'must be a whole number from 1 to 200' }).int().min(1).max(200, 'must be a whole number from 1 to 200').default(10),
  /**
   * 32 bytes (64 hex characters or base64) that encrypt secrets at rest, such as MFA secrets. Required with
   * PostgreSQL in production; in embedded mode one is generated once into DATA_DIR/secret-key.
   */
  SECRET_KEY: z
    .string()
    .refine((v) => decodeSecretKey(v) !== undefined, 'must be 32 bytes as 64 hex characters or base64')
    .optional(),
  /** smtp://user:pass@host:587 or smtps://...; without it emails go to DATA_DIR/outbox (development). */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().min(3).max(200).default('Hotgigs <no-reply@hotgigs.localhost>'),
  /**
   * Error details (stack traces, internal messages) in answers to clients on this machine; never to anyone
   * else. `pnpm dev` turns it on; everything else, `pnpm start` included, answers a generic message.
   */
  DEBUG_ERRORS: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
  /** Behind a reverse proxy: trust X-Forwarded-For for the client address (rate limits, audit log). */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
  /** Job search results each instance keeps until the jobs change (0 turns the cache off). One page of 20 jobs is about 45 kB as JSON. */
  SEARCH_CACHE_ENTRIES: z.coerce.number({ error: 'must be a whole number from 0 to 100000' }).int().min(0).max(100_000, 'must be a whole number from 0 to 100000').default(200),
  /** How long in-flight requests may take to finish on SIGTERM before the process exits anyway. */
  /** Worker threads that read resumes (each up to ~256 MB while reading one file). */
  PARSE_WORKERS: z.coerce.number({ error: 'must be a whole number from 0 to 16' }).int().min(0).max(16, 'must be a whole number from 0 to 16').default(1),
  /** How long one resume may take to read before its worker is replaced and the resume fails. */
  PARSE_TIMEOUT_MS: z.coerce.number({ error: 'must be milliseconds from 100 to 600000' }).int().min(100).max(600_000, 'must be milliseconds from 100 to 600000').default(20_000),
  /**
   * An optional OpenAI-compatible chat API (OpenAI, Azure OpenAI, a local Ollama or llama.cpp server: anything
   * answering POST {base}/chat/completions) that adds rewrite suggestions to resume insights when a candidate asks.
   * Unset (the default): the portal works fully offline and offers no rewrites. The model is required with the URL.
   */
  AI_PROVIDER_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL, e.g. https://api.openai.com/v1' }).optional(),
  /** The provider's API key, sent as a bearer token; local servers often need none. */
  AI_PROVIDER_KEY: z.string().max(500).optional(),
  AI_PROVIDER_MODEL: z.string().min(1).max(200).optional(),
  /** How long one rewrite request may wait for the provider. */
  AI_PROVIDER_TIMEOUT_MS: z.coerce.number({ error: 'must be milliseconds from 1000 to 120000' }).int().min(1000).max(120_000, 'must be milliseconds from 1000 to 120000').default(30_000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number({ error: 'must be milliseconds from 0 to 120000' }).int().min(0).max(120_000, 'must be milliseconds from 0 to 120000').default(10_000),
}).superRefine((env, ctx) => {
  if (env.AI_PROVIDER_URL && !env.AI_PROVIDER_MODEL) ctx.addIssue({ code: 'custom', path: ['AI_PROVIDER_MODEL'], message: 'is required with AI_PROVIDER_URL (the model name, e.g. gpt-4o-mini)' });
});

export type Env = z.infer<typeof envSchema>;

export function decodeSecretKey(value: string): Uint8Array | undefined {
  const bytes = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  return bytes.length === 32 ? new Uint8Array(bytes) : undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment; an invalid value throws a ConfigError naming each variable and what is wrong. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty variable means "not set" (a common result of `FOO= cmd` or templated env files).
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return `${name}=${JSON.stringify(source[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  return result.data;
}
