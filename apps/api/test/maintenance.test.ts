// The housekeeping sweep removes only what can no longer be used.
import { describe, expect, it } from 'vitest';
import { createSession } from '../src/domains/accounts/sessions.ts';
import { sweepExpired } from '../src/maintenance.ts';
import { issueEmailToken } from '../src/domains/accounts/account.ts';
import { useApi } from './helpers.ts';
import { buildWorld } from './world.ts';

const api = useApi();

describe('sweepExpired', () => {
  it('deletes expired sessions and old tokens, keeps live ones', async () => {
    const { db } = api.current.services;
    const now = api.current.clock.now();
    const world = await buildWorld(db, now);
    const userId = world.users.candidateA.id;
    await createSession(db, userId, { now: new Date(now.getTime() - 20 * 86_400_000), mfaVerified: true });
    await issueEmailToken(db, userId, 'password_reset', new Date(now.getTime() - 3 * 86_400_000));
    await issueEmailToken(db, world.users.candidateB.id, 'password_reset', now);
    const swept = await sweepExpired(db, now);
    expect(swept).toEqual({ sessions: 1, tokens: 1 });
    const left = await db.selectFrom('sessions').select('user_id').where('user_id', '=', userId).execute();
    expect(left).toHaveLength(1);
  });
});
