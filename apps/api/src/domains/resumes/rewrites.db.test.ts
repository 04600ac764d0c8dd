// Rewrite suggestions from the optional AI provider (docs/profiles.md#rewrite-suggestions). Off by default: the
// portal offers none and the procedure answers 503. With AI_PROVIDER_URL, the weak bullets go to a real HTTP
// server speaking the OpenAI chat completions protocol, started here: no model runs in a test, so it rewrites
// what it is sent by a fixed rule, which is enough to check the protocol, what is sent, what is kept, and
// every failure (an error status, a hang, an unreadable or huge reply, no server at all).
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { documentFromText, parseResume, createSkillMatcher } from '@hotgigs/ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callerWith, failure, shownMessage, useApi } from '../../../test/helpers.ts';
import { buildWorld, type World } from '../../../test/world.ts';
import { RATE_LIMITS } from '../../platform/rate-limit.ts';

const api = useApi();

const RESUME = `Jane Doe
jane.doe@example.com · +1 555 0100 · Springfield

Experience
Welder, Acme Metalworks, 2019 - Present
- Responsible for pipe joints on the night shift
- Cut rework by 30% on pipe joints
- Trained new welders

Skills
Welding
`;

type Mode = 'rewrite' | 'status500' | 'hang' | 'garbage' | 'huge';
interface Seen {
  authorization: string | undefined;
  body: { model: string; messages: { role: string; content: string }[] };
}

let server: Server;
let providerUrl = '';
let mode: Mode = 'rewrite';
const seen: Seen[] = [];

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

beforeAll(async () => {
  server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return res.writeHead(404).end();
      const body = JSON.parse(raw) as Seen['body'];
      seen.push({ authorization: req.headers.authorization, body });
      if (mode === 'hang') return; // never answers
      if (mode === 'status500') return res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"model overloaded, internal id 42"}}');
      if (mode === 'huge') return res.writeHead(200, { 'content-type': 'application/json' }).end('x'.repeat(300 * 1024));
      const pieces = (JSON.parse(body.messages[1]!.content) as { pieces: { index: number; text: string }[] }).pieces;
      const content =
        mode === 'garbage'
          ? 'Sorry, I can only answer in prose.'
          : 'Here are my suggestions:\n```json\n' +
            JSON.stringify({ suggestions: pieces.map((p) => ({ index: p.index, text: `${p.text.replace(/^Responsible for/i, 'Owned')}, cutting defects by [X%]` })) }) +
            '\n```';
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'c1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  providerUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  mode = 'rewrite';
  seen.length = 0;
});

const envWith = (overrides: Record<string, unknown>) => ({ ...api.current.services.env, ...overrides }) as typeof api.current.services.env;
const configured = () => envWith({ AI_PROVIDER_URL: providerUrl, AI_PROVIDER_MODEL: 'test-model', AI_PROVIDER_KEY: 'sk-test', AI_PROVIDER_TIMEOUT_MS: 1000 });
const as = (token: string, env = configured()) => callerWith({ ...api.current.services, env }, { token });

async function parsedResume(w: World, text = RESUME, status: 'parsed' | 'pending' = 'parsed'): Promise<string> {
  const { db } = api.current.services;
  const candidate = await db.selectFrom('candidates').select('id').where('user_id', '=', w.users.candidateA.id).executeTakeFirstOrThrow();
  const parsed = parseResume(documentFromText(text), createSkillMatcher([{ id: 'welding', name: 'Welding', aliases: [] }]), { today: api.current.clock.now() });
  const now = api.current.clock.now();
  const row = await db
    .insertInto('resumes')
    .values({
      candidate_id: candidate.id,
      original_filename: 'cv.txt',
      storage_key: `resumes/test/${Math.random()}.txt`,
      size_bytes: text.length,
      format: 'txt',
      sha256: Math.random().toString(16).slice(2).padEnd(64, '0'),
      parse_status: status,
      parsed_data: status === 'parsed' ? JSON.stringify(parsed) : null,
      parsed_at: status === 'parsed' ? now : null,
      run_after: now,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('rewrite suggestions', () => {
  it('are off by default: resume.get says so and asking answers 503 naming it, with nothing sent', async () => {
    const w = await buildWorld(api.current.services.db, api.current.clock.now());
    const id = await parsedResume(w);
    const caller = await api.current.call({ token: w.users.candidateA.token });
    expect((await caller.resume.get({ id })).rewrites).toEqual({ available: false, provider: null, suggestions: null, at: null });
    const error = await failure(caller.resume.suggestRewrites({ id }));
    expect([error.code, error.message]).toEqual(['SERVICE_UNAVAILABLE', 'Rewrite suggestions are not turned on for this portal.']);
    expect(seen).toHaveLength(0);
  });

  it('send only the weak bullets and their job title with the key and model, and keep the checked answer', async () => {
    const w = await buildWorld(api.current.services.db, api.current.clock.now());
    const id = await parsedResume(w);
    const caller = await as(w.users.candidateA.token);
    expect((await caller.resume.get({ id })).rewrites).toMatchObject({ available: true, provider: new URL(providerUrl).host, suggestions: null });

    const rewrites = await caller.resume.suggestRewrites({ id });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.authorization).toBe('Bearer sk-test');
    expect(seen[0]!.body.model).toBe('test-model');
    const sent = JSON.stringify(seen[0]!.body.messages);
    expect(sent).toContain('Responsible for pipe joints on the night shift');
    expect(sent).toContain('Trained new welders');
    expect(sent).not.toContain('Cut rework by 30%'); // already measurable
    for (const secret of ['Jane', 'jane.doe@example.com', '555 0100', 'Springfield', 'Acme']) expect(sent).not.toContain(secret);

    expect(rewrites.suggestions).toEqual([
      { kind: 'bullet', context: 'Welder', original: 'Responsible for pipe joints on the night shift', suggestion: 'Owned pipe joints on the night shift, cutting defects by [X%]', reason: expect.stringContaining('Opens with a phrase') },
      { kind: 'bullet', context: 'Welder', original: 'Trained new welders', suggestion: 'Trained new welders, cutting defects by [X%]', reason: 'Shows no measurable result.' },
    ]);
    // Kept: a reload shows them without asking again.
    expect((await caller.resume.get({ id })).rewrites.suggestions).toEqual(rewrites.suggestions);
    expect(seen).toHaveLength(1);
    const audit = await api.current.services.db.selectFrom('audit_log').select(['action', 'details']).where('target_id', '=', id).execute();
    expect(audit).toEqual([{ action: 'resume.rewrites_requested', details: { provider: new URL(providerUrl).host, model: 'test-model', pieces: 2 } }]);
  });

  it('ask nothing when no bullet needs a rewrite, and nothing of a resume not read yet', async () => {
    const w = await buildWorld(api.current.services.db, api.current.clock.now());
    const strong = await parsedResume(w, RESUME.replace(/- Responsible.*\n/, '').replace('- Trained new welders', '- Trained 12 new welders'));
    const caller = await as(w.users.candidateA.token);
    expect((await caller.resume.suggestRewrites({ id: strong })).suggestions).toEqual([]);
    expect(seen).toHaveLength(0);
    const pending = await parsedResume(w, `${RESUME} `, 'pending');
    const error = await failure(caller.resume.suggestRewrites({ id: pending }));
    expect([error.code, error.message]).toEqual(['BAD_REQUEST', 'This resume has not been read yet: wait until it is parsed.']);
  });

  it.each<[Mode | 'down', string]>([
    ['status500', 'The writing assistant turned the request down. Try again later; if it keeps happening, tell the site administrator.'],
    ['hang', 'The writing assistant took too long to answer. Try again in a minute.'],
    ['garbage', 'The writing assistant sent an answer that could not be read. Try again.'],
    ['huge', 'The writing assistant sent an answer that could not be read. Try again.'],
    ['down', 'The writing assistant could not be reached. Try again later.'],
  ])('a provider that answers %s gives a 503 saying what to do, no provider text, and keeps nothing', async (failing, message) => {
    const w = await buildWorld(api.current.services.db, api.current.clock.now());
    const id = await parsedResume(w);
    if (failing !== 'down') mode = failing;
    const env = failing === 'down' ? envWith({ AI_PROVIDER_URL: 'http://127.0.0.1:9/v1', AI_PROVIDER_MODEL: 'm', AI_PROVIDER_TIMEOUT_MS: 1000 }) : configured();
    const caller = await as(w.users.candidateA.token, env);
    const error = await failure(caller.resume.suggestRewrites({ id }));
    expect([error.code, shownMessage(error)]).toEqual(['SERVICE_UNAVAILABLE', message]);
    expect((await caller.resume.get({ id })).rewrites.suggestions).toBeNull();
  });

  it('are limited per account, and another candidate cannot ask for them (NOT_FOUND)', async () => {
    const w = await buildWorld(api.current.services.db, api.current.clock.now());
    const id = await parsedResume(w);
    const other = await as(w.users.candidateB.token);
    expect((await failure(other.resume.suggestRewrites({ id }))).code).toBe('NOT_FOUND');
    const caller = await as(w.users.candidateA.token);
    for (let i = 0; i < RATE_LIMITS.rewritesPerAccount.limit; i++) await caller.resume.suggestRewrites({ id });
    expect((await failure(caller.resume.suggestRewrites({ id }))).code).toBe('TOO_MANY_REQUESTS');
    expect(seen).toHaveLength(RATE_LIMITS.rewritesPerAccount.limit);
  });
});
