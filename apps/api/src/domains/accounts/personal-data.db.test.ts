// A candidate's own data (GDPR): the export holds the profile and every resume with what was read from it; deleting
// the account removes the resume rows and their stored files, and empties the profile.
import { describe, expect, it } from 'vitest';
import { newStorageKey } from '../../storage/index.ts';
import { useApi } from '../../../test/helpers.ts';
import { buildWorld, WORLD_PASSWORD } from '../../../test/world.ts';

const api = useApi();

async function candidateWithResume() {
  const { db, storage } = api.current.services;
  const world = await buildWorld(db, api.current.clock.now());
  const candidate = await db.selectFrom('candidates').select('id').where('user_id', '=', world.users.candidateA.id).executeTakeFirstOrThrow();
  const key = newStorageKey(`resumes/${candidate.id}`, 'txt');
  const bytes = new TextEncoder().encode('Ann Example\nWelder at Acme\n');
  await storage.put(key, bytes);
  await db
    .insertInto('resumes')
    .values({
      candidate_id: candidate.id,
      original_filename: 'ann.txt',
      storage_key: key,
      size_bytes: bytes.length,
      format: 'txt',
      sha256: 'a'.repeat(64),
      parse_status: 'parsed',
      extracted_text: 'Ann Example\nWelder at Acme',
      is_primary: true,
    })
    .execute();
  const caller = await api.current.call({ token: world.users.candidateA.token });
  await caller.profile.update({ headline: 'Welder', languages: ['English'], experience: [{ title: 'Welder', company: 'Acme' }], skills: [{ slug: 'python' }] });
  return { db, storage, world, caller, candidateId: candidate.id, key };
}

describe('personal data with a profile and resumes', () => {
  it('exports the profile and the resumes with their extracted text', async () => {
    const { caller } = await candidateWithResume();
    const data = await caller.account.exportData();
    expect(data.candidateProfile).toMatchObject({ headline: 'Welder', languages: ['English'], experience: [{ title: 'Welder', company: 'Acme' }] });
    expect(data.skills.map((s) => s.name)).toEqual(['Python']);
    expect(data.resumes).toEqual([expect.objectContaining({ original_filename: 'ann.txt', extracted_text: 'Ann Example\nWelder at Acme', is_primary: true })]);
  });

  it('deletes the resume rows and their stored files, and empties the profile', async () => {
    const { db, storage, caller, candidateId, key } = await candidateWithResume();
    expect(await storage.get(key)).toBeDefined();
    await caller.account.delete({ password: WORLD_PASSWORD });
    expect(await db.selectFrom('resumes').select('id').where('candidate_id', '=', candidateId).execute()).toEqual([]);
    expect(await storage.get(key)).toBeUndefined();
    const profile = await db.selectFrom('candidates').selectAll().where('id', '=', candidateId).executeTakeFirstOrThrow();
    expect(profile).toMatchObject({ headline: null, experience: [], languages: [], certifications: [], links: [], visibility: 'hidden' });
    expect(await db.selectFrom('candidate_skills').select('id').where('candidate_id', '=', candidateId).execute()).toEqual([]);
  });
});
