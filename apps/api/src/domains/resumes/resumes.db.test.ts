// Resumes beyond the upload route (test/resume-upload.test.ts) and the queue's claims (platform/queue.db.test.ts):
// a file read by the real worker pool, a worker over its time replaced, and the resume procedures (delete and
// the primary, reparse, applyToProfile's merge rules). Hostile files: test/resume-hostile.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, useApi } from '../../../test/helpers.ts';
import { buildWorld, type World } from '../../../test/world.ts';
import { claimNext } from '../../platform/queue.ts';
import { createParsePool, TOO_SLOW_MESSAGE, type ParsePool } from './parse-pool.ts';
import { parseClaimed, resumeQueueTable, startResumeParsing } from './parse-queue.ts';

const api = useApi();
let base = '';

beforeAll(async () => {
  base = await api.current.app.listen({ host: '127.0.0.1', port: 0 });
});

const RESUME_TXT = `Jane Doe
jane.doe@example.com · +1 555 0100 · Springfield

Experience
Welder, Acme Metalworks, 2019 - Present
- Cut rework by 30% on pipe joints

Skills
Welding, TIG, Blueprint reading
`;


async function world(): Promise<World> {
  return buildWorld(api.current.services.db, api.current.clock.now());
}

function upload(token: string | undefined, bytes: Uint8Array | string, name = 'cv.txt', type = 'text/plain') {
  const form = new FormData();
  form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type }), name);
  return fetch(`${base}/api/resumes`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

describe('the parse queue with the worker pool', () => {
  const q = resumeQueueTable(20_000);

  describe('with the worker pool', () => {
    let pool: ParsePool;
    beforeAll(() => {
      pool = createParsePool({ size: 1, timeoutMs: 20_000, skills: [{ id: 'welding', name: 'Welding', aliases: ['weld'] }] });
    });
    afterAll(async () => {
      await pool.close();
    });

    async function uploadAndParse(bytes: Uint8Array | string, name: string) {
      const w = await world();
      const res = await upload(w.users.candidateA.token, bytes, name, 'application/octet-stream');
      if (res.status !== 201) return { status: res.status, row: undefined };
      const { id } = (await res.json()) as { id: string };
      const claim = await claimNext(api.current.services.db, q, api.current.clock.now());
      expect(claim?.id).toBe(id);
      await parseClaimed(api.current.services, pool, q, claim!);
      const row = await api.current.services.db.selectFrom('resumes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return { status: 201, row };
    }

    it('reads a text resume in the worker: the text is kept for the review', async () => {
      const { row } = await uploadAndParse(RESUME_TXT, 'cv.txt');
      expect(row).toMatchObject({ parse_status: 'parsed', parse_error: null });
      expect(row!.extracted_text).toContain('Jane Doe');
      expect(row!.parsed_data).toMatchObject({ email: { value: 'jane.doe@example.com' }, name: { value: 'Jane Doe' } });
      expect(row!.quality_score).toBeGreaterThan(0);
    });

    it('replaces a worker that takes too long, and that file fails with "took too long to read"', async () => {
      const slow = createParsePool({ size: 1, timeoutMs: 100, skills: [] });
      try {
        // The worker cannot even start (tsx, @hotgigs/ai) within 100 ms, let alone read the file.
        const outcome = await slow.parse(new TextEncoder().encode(RESUME_TXT), new Date());
        expect(outcome).toEqual({ ok: false, final: true, message: TOO_SLOW_MESSAGE });
        expect(slow.replaced).toBe(1);
      } finally {
        await slow.close();
      }
    });
  });
});

describe('parsing as the server runs it', () => {
  it('an upload wakes the queue, which claims the resume and has the worker read it', async () => {
    const w = await world();
    const services = api.current.services;
    const parsing = await startResumeParsing({ ...services, env: { ...services.env, PARSE_WORKERS: 1 } }, { warn: () => {}, debug: () => {}, info: () => {} }, { pollMs: 60_000 });
    try {
      const res = await upload(w.users.candidateA.token, RESUME_TXT);
      expect(res.status).toBe(201);
      const { id } = (await res.json()) as { id: string };
      await parsing!.queue.idle();
      const row = await services.db.selectFrom('resumes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      // One attempt by the loop, not retried at once (a retry waits for its backoff).
      expect(row.attempts).toBe(1);
      expect(row.parse_status).toBe('parsed');
      expect(row.extracted_text).toContain('Jane Doe');
    } finally {
      await parsing!.stop();
    }
  });

  it('runs no parser in a process with PARSE_WORKERS=0', async () => {
    const services = api.current.services;
    expect(await startResumeParsing({ ...services, env: { ...services.env, PARSE_WORKERS: 0 } }, { warn: () => {}, debug: () => {}, info: () => {} })).toBeUndefined();
  });
});

describe('resume procedures', () => {
  it('delete removes the stored file; deleting the primary promotes the newest other one', async () => {
    const w = await world();
    const a = (await (await upload(w.users.candidateA.token, RESUME_TXT)).json()) as { id: string };
    api.current.clock.advance(1000);
    const b = (await (await upload(w.users.candidateA.token, `${RESUME_TXT} v2`)).json()) as { id: string };
    api.current.clock.advance(1000);
    const c = (await (await upload(w.users.candidateA.token, `${RESUME_TXT} v3`)).json()) as { id: string };
    const { db, storage } = api.current.services;
    const keyOf = async (id: string) => (await db.selectFrom('resumes').select('storage_key').where('id', '=', id).executeTakeFirstOrThrow()).storage_key;
    const keyA = await keyOf(a.id);
    const caller = await api.current.call({ token: w.users.candidateA.token });
    expect((await caller.resume.list()).map((r) => [r.id, r.isPrimary])).toEqual([
      [c.id, false],
      [b.id, false],
      [a.id, true],
    ]);
    await caller.resume.delete({ id: a.id });
    expect(await storage.get(keyA)).toBeUndefined();
    expect((await caller.resume.list()).map((r) => [r.id, r.isPrimary])).toEqual([
      [c.id, true],
      [b.id, false],
    ]);
    await caller.resume.setPrimary({ id: b.id });
    expect((await caller.resume.list()).map((r) => r.isPrimary)).toEqual([false, true]);
    const other = await api.current.call({ token: w.users.candidateB.token });
    expect((await failure(other.resume.delete({ id: b.id }))).code).toBe('NOT_FOUND');
  });

  it('reparse puts a failed resume back in the queue with fresh attempts', async () => {
    const w = await world();
    const id = await insertResume(await candidateIdOf(w, 'candidateA'), { parse_status: 'failed', parse_error: 'broke', attempts: 3 });
    const caller = await api.current.call({ token: w.users.candidateA.token });
    expect(await caller.resume.reparse({ id })).toMatchObject({ parseStatus: 'pending', parseError: null });
    expect(await claimNext(api.current.services.db, resumeQueueTable(20_000), api.current.clock.now())).toEqual({ id, attempts: 1 });
  });

  it('applyToProfile takes only the named fields, merges lists without duplicates and adds skills with source resume', async () => {
    const w = await world();
    const { db } = api.current.services;
    const candidateId = await candidateIdOf(w, 'candidateA');
    const [welding, tig] = await Promise.all(
      ['welding', 'tig-welding'].map(async (slug) => (await db.insertInto('skills').values({ slug, name: slug, category: 'craft' }).returning('id').executeTakeFirstOrThrow()).id),
    );
    await db
      .updateTable('candidates')
      .set({ headline: 'Typed by me', languages: JSON.stringify(['English']), experience: JSON.stringify([{ title: 'Welder', company: 'Acme', location: null, start: '2019-01', end: null, current: true, bullets: [] }]) })
      .where('id', '=', candidateId)
      .execute();
    await db.insertInto('candidate_skills').values({ candidate_id: candidateId, skill_id: welding!, proficiency: 5, source: 'self' }).execute();
    const parsed = {
      name: { value: 'Jane Q Doe', confidence: 0.9 },
      email: { value: 'jane@example.com', confidence: 1 },
      phone: { value: '+1 555 0100', confidence: 0.9 },
      location: null,
      headline: { value: 'Parsed headline', confidence: 0.8 },
      summary: { value: 'Parsed summary', confidence: 0.8 },
      links: [],
      experience: [
        { value: { title: 'Welder', company: 'Acme', location: null, start: '2019-01', end: null, current: true, bullets: [] }, confidence: 0.9 },
        { value: { title: 'Apprentice', company: 'Forge Co', location: 'Springfield', start: '2016-09', end: '2018-12', current: false, bullets: ['Learned TIG'] }, confidence: 0.8 },
      ],
      education: [],
      skills: [
        { skillId: 'welding', name: 'Welding', matchedText: 'welding', via: 'name', inSkillsSection: true, confidence: 0.9 },
        { skillId: 'tig-welding', name: 'TIG welding', matchedText: 'TIG', via: 'alias', inSkillsSection: true, confidence: 0.8 },
      ],
      unmatchedSkills: [],
      languages: [{ value: 'english', confidence: 0.8 }, { value: 'Spanish', confidence: 0.8 }],
      certifications: [],
      totalYearsExperience: { value: 9.6, confidence: 0.7 },
      sections: [],
    };
    const id = await insertResume(candidateId, { parse_status: 'parsed', parsed_data: JSON.stringify(parsed) });
    const caller = await api.current.call({ token: w.users.candidateA.token });
    const profile = (await caller.resume.applyToProfile({ id, fields: ['experience', 'languages', 'skills', 'summary'] })) as unknown as {
      headline: string | null;
      summary: string | null;
      firstName: string;
      experience: { title: string }[];
      languages: string[];
      skills: { slug: string; proficiency: number | null; source: string }[];
    };
    // Not asked: untouched. Asked: the scalar is replaced, lists merged.
    expect(profile.headline).toBe('Typed by me');
    expect(profile.firstName).toBe('candidateA');
    expect(profile.summary).toBe('Parsed summary');
    expect(profile.experience.map((e) => e.title)).toEqual(['Welder', 'Apprentice']);
    expect(profile.languages).toEqual(['English', 'Spanish']);
    // The skill the candidate set keeps its proficiency and source; the new one comes from the resume.
    expect(profile.skills.map((s) => [s.slug, s.proficiency, s.source]).sort()).toEqual([
      ['tig-welding', null, 'resume'],
      ['welding', 5, 'self'],
    ]);
    expect(tig).toBeTruthy();
    // A skill the resume did not name is a field error naming it.
    const error = await failure(caller.resume.applyToProfile({ id, fields: ['skills'], skillSlugs: ['plumbing'] }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('"plumbing"');
    // A resume not read yet cannot be applied.
    const pending = await insertResume(candidateId, { sha256: '9'.repeat(64) });
    expect((await failure(caller.resume.applyToProfile({ id: pending, fields: ['name'] }))).code).toBe('BAD_REQUEST');
  });
});

async function candidateIdOf(w: World, who: 'candidateA' | 'candidateB'): Promise<string> {
  return (await api.current.services.db.selectFrom('candidates').select('id').where('user_id', '=', w.users[who].id).executeTakeFirstOrThrow()).id;
}

let counter = 0;
async function insertResume(candidateId: string, values: Record<string, unknown> = {}): Promise<string> {
  counter++;
  const row = await api.current.services.db
    .insertInto('resumes')
    .values({
      candidate_id: candidateId,
      original_filename: 'cv.txt',
      storage_key: `resumes/test/${counter}-${Date.now()}.txt`,
      size_bytes: 10,
      format: 'txt',
      sha256: 'a'.repeat(63) + (counter % 10),
      run_after: api.current.clock.now(),
      created_at: new Date(api.current.clock.now().getTime() + counter),
      ...values,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
