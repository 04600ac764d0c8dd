// Who may call what: every procedure, called by every kind of actor, with the answer each must get, and no
// response carrying another user's data. A procedure missing from the table fails the test: later issues
// add rows here.
import { TRPCError } from '@trpc/server';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { appRouter } from '../src/trpc/router.ts';
import { useApi } from './helpers.ts';
import { ACTORS, buildWorld, WORLD_PASSWORD, type Actor, type World } from './world.ts';

type Outcome = 'ok' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_REQUEST' | 'CONFLICT' | 'SERVICE_UNAVAILABLE';
type Caller = Awaited<ReturnType<ReturnType<typeof useApi>['current']['call']>>;

interface Row {
  call: (caller: Caller, world: World, actor: Actor) => Promise<unknown>;
  expect: Partial<Record<Actor, Outcome>> & { default: Outcome };
  /** Actors whose responses may legitimately show other users (admins listing users). */
  seesOthers?: Actor[];
}

const signedOut = { anonymous: 'UNAUTHORIZED', deactivated: 'UNAUTHORIZED' } as const;
const anyoneSignedIn = { default: 'ok', ...signedOut } as const;
const adminsOnly = { default: 'FORBIDDEN', admin: 'ok', ...signedOut } as const;
const recruitersOnly = { default: 'FORBIDDEN', recruiterX: 'ok', recruiterY: 'ok', ...signedOut } as const;
const recruitersOrAdmin = { default: 'FORBIDDEN', recruiterX: 'ok', recruiterY: 'ok', admin: 'ok', ...signedOut } as const;
const companyXOrAdmin = { default: 'FORBIDDEN', recruiterX: 'ok', recruiterY: 'NOT_FOUND', admin: 'ok', ...signedOut } as const;

const candidatesOnly = { default: 'FORBIDDEN', candidateA: 'ok', candidateB: 'ok', ...signedOut } as const;
/** Candidate A's own things: to other candidates they do not exist. */
const candidateAOnly = { default: 'FORBIDDEN', candidateA: 'ok', candidateB: 'NOT_FOUND', ...signedOut } as const;

const MATRIX: Record<string, Row> = {
  'auth.register': {
    call: (c) => c.auth.register({ role: 'candidate', email: 'new-person@world.example', password: 'fresh passphrase 1', firstName: 'N', lastName: 'P' }),
    expect: { default: 'ok' },
  },
  'auth.verifyEmail': { call: (c) => c.auth.verifyEmail({ token: 'a'.repeat(32) }), expect: { default: 'BAD_REQUEST' } },
  'auth.resendVerification': { call: (c) => c.auth.resendVerification({ email: 'candidatea@world.example' }), expect: { default: 'ok' } },
  'auth.signIn': { call: (c, w) => c.auth.signIn({ email: w.users.candidateA.email, password: 'wrong password' }), expect: { default: 'UNAUTHORIZED' } },
  'auth.verifyMfa': { call: (c) => c.auth.verifyMfa({ code: '123456' }), expect: { default: 'UNAUTHORIZED' } },
  'auth.signOut': { call: (c) => c.auth.signOut(), expect: { default: 'ok' } },
  // Nobody signed in is an answer (null); a token that no longer works (deactivated) is UNAUTHORIZED.
  'auth.me': { call: (c) => c.auth.me(), expect: { default: 'ok', deactivated: 'UNAUTHORIZED' } },
  'auth.refresh': { call: (c) => c.auth.refresh(), expect: anyoneSignedIn },
  'auth.changePassword': {
    call: (c) => c.auth.changePassword({ currentPassword: WORLD_PASSWORD, newPassword: 'another fresh passphrase' }),
    expect: anyoneSignedIn,
  },
  'auth.requestPasswordReset': { call: (c, w) => c.auth.requestPasswordReset({ email: w.users.candidateB.email }), expect: { default: 'ok' } },
  'auth.resetPassword': { call: (c) => c.auth.resetPassword({ token: 'b'.repeat(32), newPassword: 'another fresh passphrase' }), expect: { default: 'BAD_REQUEST' } },
  'auth.sessions.list': { call: (c) => c.auth.sessions.list(), expect: anyoneSignedIn },
  'auth.sessions.revoke': {
    // Candidate A's session: only candidate A may end it; to anyone else it does not exist.
    call: (c, w) => c.auth.sessions.revoke({ id: w.users.candidateA.sessionId }),
    expect: { default: 'NOT_FOUND', candidateA: 'ok', ...signedOut },
  },
  'auth.sessions.revokeOthers': { call: (c) => c.auth.sessions.revokeOthers(), expect: anyoneSignedIn },
  'auth.apiTokens.list': { call: (c) => c.auth.apiTokens.list(), expect: anyoneSignedIn },
  'auth.apiTokens.create': {
    call: (c, _w, actor) => c.auth.apiTokens.create({ name: `${actor}'s script`, scope: 'read', expiresInDays: 30 }),
    expect: anyoneSignedIn,
  },
  'auth.apiTokens.revoke': {
    // Candidate A's token: only candidate A may revoke it; to anyone else it does not exist.
    call: async (c, w) => c.auth.apiTokens.revoke({ id: await apiTokenOf(w, 'candidateA') }),
    expect: { default: 'NOT_FOUND', candidateA: 'ok', ...signedOut },
  },
  'auth.deactivate': { call: (c) => c.auth.deactivate({ password: WORLD_PASSWORD }), expect: anyoneSignedIn },
  'mfa.status': { call: (c) => c.mfa.status(), expect: anyoneSignedIn },
  'mfa.startEnrolment': { call: (c) => c.mfa.startEnrolment(), expect: { ...anyoneSignedIn, admin: 'CONFLICT' } },
  'mfa.confirmEnrolment': { call: (c) => c.mfa.confirmEnrolment({ code: '000000' }), expect: { default: 'BAD_REQUEST', admin: 'CONFLICT', ...signedOut } },
  'mfa.regenerateRecoveryCodes': { call: (c) => c.mfa.regenerateRecoveryCodes({ code: '000000' }), expect: { default: 'BAD_REQUEST', ...signedOut } },
  'mfa.disable': {
    call: (c) => c.mfa.disable({ password: WORLD_PASSWORD, code: '000000' }),
    expect: { default: 'BAD_REQUEST', admin: 'FORBIDDEN', ...signedOut },
  },
  'account.exportData': { call: (c) => c.account.exportData(), expect: anyoneSignedIn },
  'account.delete': { call: (c) => c.account.delete({ password: WORLD_PASSWORD }), expect: anyoneSignedIn },
  'admin.users.list': { call: (c) => c.admin.users.list({ page: 1, limit: 50 }), expect: adminsOnly, seesOthers: ['admin'] },
  'admin.users.setRole': { call: (c, w) => c.admin.users.setRole({ userId: w.users.candidateB.id, role: 'admin' }), expect: adminsOnly },
  'admin.users.deactivate': { call: (c, w) => c.admin.users.deactivate({ userId: w.users.candidateB.id }), expect: adminsOnly },
  'admin.users.reactivate': { call: (c, w) => c.admin.users.reactivate({ userId: w.users.deactivated.id }), expect: adminsOnly },
  'admin.users.revokeSessions': { call: (c, w) => c.admin.users.revokeSessions({ userId: w.users.candidateB.id }), expect: adminsOnly },
  'company.invitations.create': { call: (c) => c.company.invitations.create({ email: 'colleague@world.example' }), expect: recruitersOnly },
  'company.invitations.list': { call: (c) => c.company.invitations.list(), expect: recruitersOnly },
  'job.list': { call: (c) => c.job.list({ page: 1, limit: 20 }), expect: { default: 'ok' } },
  'job.search': { call: (c) => c.job.search({ filters: { q: 'job' }, sort: 'relevance', page: 1, limit: 20, facets: true }), expect: { default: 'ok' } },
  'job.byId': { call: (c, w) => c.job.byId({ id: w.jobs.publishedX }), expect: { default: 'ok' } },
  'savedJob.save': { call: (c, w) => c.savedJob.save({ jobId: w.jobs.publishedX }), expect: candidatesOnly },
  'savedJob.unsave': { call: (c, w) => c.savedJob.unsave({ jobId: w.jobs.publishedX }), expect: candidatesOnly },
  'savedJob.list': { call: (c) => c.savedJob.list({ page: 1, limit: 20 }), expect: candidatesOnly },
  'savedJob.ids': { call: (c) => c.savedJob.ids(), expect: candidatesOnly },
  'alert.create': { call: (c) => c.alert.create({ name: 'Welders', filters: { q: 'welder' }, frequency: 'daily' }), expect: candidatesOnly },
  'alert.list': { call: (c) => c.alert.list(), expect: candidatesOnly },
  'alert.update': { call: async (c, w) => c.alert.update({ id: await alertOf(w, 'candidateA'), name: 'Renamed' }), expect: candidateAOnly },
  'alert.delete': { call: async (c, w) => c.alert.delete({ id: await alertOf(w, 'candidateA') }), expect: candidateAOnly },
  'company.get': { call: (c) => c.company.get({ slug: 'company-x' }), expect: { default: 'ok' } },
  'company.update': { call: (c) => c.company.update({ description: 'We make things.' }), expect: recruitersOnly },
  'skill.search': { call: (c) => c.skill.search({ q: 'java', limit: 5 }), expect: { default: 'ok' } },
  'skill.get': { call: (c) => c.skill.get({ slug: 'java' }), expect: { default: 'ok' } },
  // Each caller adds a name of its own (one that someone else has pending answers CONFLICT).
  'skill.suggest': { call: (c) => c.skill.suggest({ name: `Matrix skill ${Math.random().toString(36).slice(2, 8)}` }), expect: { default: 'ok', admin: 'FORBIDDEN', ...signedOut } },
  'admin.skills.pending': { call: (c) => c.admin.skills.pending(), expect: adminsOnly },
  // No such pending skill: admins get past access to NOT_FOUND, everyone else is stopped before.
  'admin.skills.approve': { call: (c) => c.admin.skills.approve({ id: '00000000-0000-4000-8000-000000000000' }), expect: { default: 'FORBIDDEN', admin: 'NOT_FOUND', ...signedOut } },
  'admin.skills.reject': { call: (c) => c.admin.skills.reject({ id: '00000000-0000-4000-8000-000000000000' }), expect: { default: 'FORBIDDEN', admin: 'NOT_FOUND', ...signedOut } },
  'jobEditor.mine': { call: (c) => c.jobEditor.mine({ page: 1, limit: 20 }), expect: recruitersOnly },
  'jobEditor.create': { call: (c) => c.jobEditor.create({ title: 'Welder' }), expect: recruitersOnly },
  // Company X's draft: its recruiters and admins (moderation) reach it; to company Y it does not exist.
  'jobEditor.get': { call: (c, w) => c.jobEditor.get({ id: w.jobs.draftX }), expect: companyXOrAdmin },
  'jobEditor.update': { call: (c, w) => c.jobEditor.update({ id: w.jobs.draftX, title: 'Renamed' }), expect: companyXOrAdmin },
  'jobEditor.transition': { call: (c, w) => c.jobEditor.transition({ id: w.jobs.publishedX, action: 'pause' }), expect: companyXOrAdmin },
  'jobEditor.delete': { call: (c, w) => c.jobEditor.delete({ id: w.jobs.draftX }), expect: companyXOrAdmin },
  'profile.get': { call: (c) => c.profile.get(), expect: candidatesOnly },
  'profile.update': { call: (c) => c.profile.update({ headline: 'Welder', skills: [] }), expect: candidatesOnly },
  // Candidate A's profile, visible to recruiters: recruiters and admins read it, candidates do not.
  'profile.byId': { call: async (c, w) => c.profile.byId({ candidateId: await candidateIdOf(w, 'candidateA') }), expect: recruitersOrAdmin },
  'resume.list': { call: (c) => c.resume.list(), expect: candidatesOnly },
  // Candidate A's resume: to every other candidate it does not exist.
  'resume.get': { call: async (c, w) => c.resume.get({ id: await resumeOf(w, 'candidateA') }), expect: candidateAOnly },
  'resume.delete': { call: async (c, w) => c.resume.delete({ id: await resumeOf(w, 'candidateA') }), expect: candidateAOnly },
  'resume.setPrimary': { call: async (c, w) => c.resume.setPrimary({ id: await resumeOf(w, 'candidateA') }), expect: candidateAOnly },
  'resume.reparse': { call: async (c, w) => c.resume.reparse({ id: await resumeOf(w, 'candidateA') }), expect: candidateAOnly },
  // Ownership is checked first; the matrix's portal has no AI provider (the default), so the owner hears 503.
  'resume.suggestRewrites': {
    call: async (c, w) => c.resume.suggestRewrites({ id: await resumeOf(w, 'candidateA') }),
    expect: { ...candidateAOnly, candidateA: 'SERVICE_UNAVAILABLE' },
  },
  'resume.applyToProfile': {
    call: async (c, w) => c.resume.applyToProfile({ id: await resumeOf(w, 'candidateA'), fields: ['headline'] }),
    expect: candidateAOnly,
  },
  // Candidate A's resume: candidate B applying with it finds no such resume.
  'application.submit': {
    call: async (c, w) => c.application.submit({ jobId: w.jobs.publishedX, resumeId: await resumeOf(w, 'candidateA') }),
    expect: candidateAOnly,
  },
  'application.mine': { call: (c) => c.application.mine({ page: 1, limit: 20 }), expect: candidatesOnly },
  'application.appliedJobs': { call: (c) => c.application.appliedJobs(), expect: candidatesOnly },
  // Candidate A's application to company X's job: to every other candidate it does not exist.
  'application.get': { call: async (c, w) => c.application.get({ id: await applicationOf(w, 'candidateA') }), expect: candidateAOnly },
  'application.withdraw': { call: async (c, w) => c.application.withdraw({ id: await applicationOf(w, 'candidateA') }), expect: candidateAOnly },
  // Company X's job and its applicants: company Y finds nothing; applying shared candidate A with company X.
  'pipeline.applicants': {
    call: async (c, w) => {
      await applicationOf(w, 'candidateA');
      return c.pipeline.applicants({ id: w.jobs.publishedX });
    },
    expect: companyXOrAdmin,
    seesOthers: ['recruiterX', 'admin'],
  },
  // Company X's applicants across its jobs: company Y's recruiter gets an empty list (checked below), admins have no company.
  'pipeline.companyApplicants': {
    call: async (c, w) => {
      await applicationOf(w, 'candidateA');
      return c.pipeline.companyApplicants({ page: 1, limit: 20 });
    },
    expect: recruitersOnly,
    seesOthers: ['recruiterX'],
  },
  'pipeline.board': {
    call: async (c, w) => {
      await applicationOf(w, 'candidateA');
      return c.pipeline.board({ id: w.jobs.publishedX });
    },
    expect: companyXOrAdmin,
    seesOthers: ['recruiterX', 'admin'],
  },
  'pipeline.applicant': {
    call: async (c, w) => c.pipeline.applicant({ id: await applicationOf(w, 'candidateA') }),
    expect: companyXOrAdmin,
    seesOthers: ['recruiterX', 'admin'],
  },
  'pipeline.move': {
    call: async (c, w) => c.pipeline.move({ id: await applicationOf(w, 'candidateA'), to: 'screening' }),
    expect: companyXOrAdmin,
    seesOthers: ['recruiterX', 'admin'],
  },
  'pipeline.bulkMove': {
    call: async (c, w) => c.pipeline.bulkMove({ jobId: w.jobs.publishedX, ids: [await applicationOf(w, 'candidateA')], to: 'rejected', reason: 'position_filled' }),
    expect: companyXOrAdmin,
  },
  // Notes are the company's recruiters' own: admins read them but write none.
  'pipeline.addNote': {
    call: async (c, w) => c.pipeline.addNote({ id: await applicationOf(w, 'candidateA'), body: 'Strong portfolio', rating: 4 }),
    expect: { ...companyXOrAdmin, admin: 'FORBIDDEN' },
  },
  'pipeline.deleteNote': {
    call: async (c, w) => {
      const id = await applicationOf(w, 'candidateA');
      return c.pipeline.deleteNote({ id, noteId: await noteOf(w, id, 'recruiterX') });
    },
    expect: { ...companyXOrAdmin, admin: 'FORBIDDEN' },
  },
  // A candidate's scores are of their own profile; a company ranks profiles only for its own jobs.
  'match.forJob': { call: (c, w) => c.match.forJob({ jobId: w.jobs.publishedX }), expect: candidatesOnly },
  'match.forJobs': { call: (c, w) => c.match.forJobs({ jobIds: [w.jobs.publishedX, w.jobs.draftX] }), expect: candidatesOnly },
  'match.recommended': { call: (c) => c.match.recommended({ filters: {}, page: 1, limit: 20 }), expect: candidatesOnly },
  'match.candidatesForJob': { call: (c, w) => c.match.candidatesForJob({ id: w.jobs.publishedX, limit: 20 }), expect: companyXOrAdmin },
  'notification.list': { call: (c) => c.notification.list(), expect: anyoneSignedIn },
  'notification.markAllRead': { call: (c) => c.notification.markAllRead(), expect: anyoneSignedIn },
  // Candidate A's notification: to everyone else it does not exist.
  'notification.markRead': {
    call: async (c, w) => c.notification.markRead({ id: await notificationOf(w, 'candidateA') }),
    expect: { default: 'NOT_FOUND', candidateA: 'ok', ...signedOut },
  },
};

/** Extra rows for the same procedures where the object decides the answer. */
const OWNERSHIP: [string, Row][] = [
  ['savedJob.save (a draft)', { call: (c, w) => c.savedJob.save({ jobId: w.jobs.draftX }), expect: { default: 'FORBIDDEN', candidateA: 'NOT_FOUND', candidateB: 'NOT_FOUND', ...signedOut } }],
  [
    'savedJob.list and savedJob.ids (only your own bookmarks)',
    {
      call: async (c, w, actor) => {
        await savedBy(w, 'candidateA', w.jobs.publishedX);
        const [list, ids] = await Promise.all([c.savedJob.list({ page: 1, limit: 20 }), c.savedJob.ids()]);
        const expected = actor === 'candidateA' ? [w.jobs.publishedX] : [];
        if (JSON.stringify(list.items.map((j) => j.id)) !== JSON.stringify(expected) || JSON.stringify(ids) !== JSON.stringify(expected)) {
          throw new Error(`${actor} saw bookmarks ${JSON.stringify(ids)}`);
        }
        return list;
      },
      expect: candidatesOnly,
    },
  ],
  [
    'alert.list (only your own alerts)',
    {
      call: async (c, w, actor) => {
        const id = await alertOf(w, 'candidateA');
        const alerts = await c.alert.list();
        if (JSON.stringify(alerts.map((a) => a.id)) !== JSON.stringify(actor === 'candidateA' ? [id] : [])) throw new Error(`${actor} saw ${alerts.length} alerts`);
        return alerts;
      },
      expect: candidatesOnly,
    },
  ],
  [
    'jobEditor.mine (only your own company)',
    {
      call: async (c, w, actor) => {
        const mine = await c.jobEditor.mine({ page: 1, limit: 20 });
        const ids = mine.items.map((j) => j.id);
        if (actor === 'recruiterY' && (ids.includes(w.jobs.publishedX) || ids.includes(w.jobs.draftX))) throw new Error("saw company X's jobs");
        if (actor === 'recruiterX' && ids.length !== 2) throw new Error(`expected company X's 2 jobs, got ${ids.length}`);
        return mine;
      },
      expect: recruitersOnly,
    },
  ],
  [
    'company.update (only your own company)',
    {
      call: async (c, _w, actor) => {
        await c.company.update({ name: `Renamed by ${actor}` });
        const x = await c.company.get({ slug: 'company-x' });
        if (actor !== 'recruiterX' && x.name !== 'Company X') throw new Error('changed company X');
        return x;
      },
      expect: recruitersOnly,
    },
  ],
  [
    'jobEditor.update (a company id in the input is rejected, never used)',
    {
      call: (c, w) => c.jobEditor.update({ id: w.jobs.draftX, companyId: w.companies.Y } as never),
      expect: { default: 'FORBIDDEN', recruiterX: 'BAD_REQUEST', recruiterY: 'BAD_REQUEST', admin: 'BAD_REQUEST', ...signedOut },
    },
  ],
  ['jobEditor.get (a published job of company X)', { call: (c, w) => c.jobEditor.get({ id: w.jobs.publishedX }), expect: companyXOrAdmin }],
  ['jobEditor.transition (publish a draft with no description)', {
    call: (c, w) => c.jobEditor.transition({ id: w.jobs.draftX, action: 'publish' }),
    expect: { ...companyXOrAdmin, recruiterX: 'BAD_REQUEST', admin: 'BAD_REQUEST' },
  }],
  [
    'profile.byId (a hidden profile does not exist)',
    {
      call: async (c, w) => {
        const candidateId = await candidateIdOf(w, 'candidateA');
        await api.current.services.db.updateTable('candidates').set({ visibility: 'hidden' }).where('id', '=', candidateId).execute();
        return c.profile.byId({ candidateId });
      },
      expect: { default: 'FORBIDDEN', recruiterX: 'NOT_FOUND', recruiterY: 'NOT_FOUND', admin: 'NOT_FOUND', ...signedOut },
    },
  ],
  [
    'profile.byId (no contact details)',
    {
      call: async (c, w) => {
        const candidateId = await candidateIdOf(w, 'candidateA');
        await api.current.services.db.updateTable('candidates').set({ phone: '+1 555 0100', visibility: 'public' }).where('id', '=', candidateId).execute();
        const profile = await c.profile.byId({ candidateId });
        if (JSON.stringify(profile).includes('555 0100') || 'phone' in profile) throw new Error('the phone number reached a recruiter');
        return profile;
      },
      expect: recruitersOrAdmin,
    },
  ],
  [
    'profile.update (only your own profile)',
    {
      call: async (c, w, actor) => {
        const profile = await c.profile.update({ headline: `Set by ${actor}` });
        const a = await api.current.services.db.selectFrom('candidates').select('headline').where('id', '=', await candidateIdOf(w, 'candidateA')).executeTakeFirstOrThrow();
        if (actor !== 'candidateA' && a.headline !== null) throw new Error(`${actor} changed candidate A's profile`);
        return profile;
      },
      expect: candidatesOnly,
    },
  ],
  [
    'resume.list (only your own resumes)',
    {
      call: async (c, w, actor) => {
        const id = await resumeOf(w, 'candidateA');
        const list = await c.resume.list();
        if (JSON.stringify(list.map((r) => r.id)) !== JSON.stringify(actor === 'candidateA' ? [id] : [])) throw new Error(`${actor} saw ${list.length} resumes`);
        return list;
      },
      expect: candidatesOnly,
    },
  ],
  [
    'application.get (never the company\'s notes, ratings or rejection reasons)',
    {
      call: async (c, w) => {
        const id = await applicationOf(w, 'candidateA');
        await noteOf(w, id, 'recruiterX');
        const x = await api.current.call({ token: w.users.recruiterX.token });
        await x.pipeline.move({ id, to: 'rejected', reason: 'salary', message: 'Thank you for your time.' });
        const mine = await c.application.get({ id });
        const text = JSON.stringify(mine);
        if (text.includes('Private note') || text.includes('salary') || !text.includes('Thank you for your time.')) throw new Error(`the candidate read ${text}`);
        return mine;
      },
      expect: candidateAOnly,
    },
  ],
  [
    'pipeline.deleteNote (another recruiter\'s note is not yours to delete)',
    {
      call: async (c, w) => {
        const id = await applicationOf(w, 'candidateA');
        const colleague = await api.current.services.db
          .insertInto('application_notes')
          .values({ application_id: id, author_id: null, body: 'Note of a former recruiter' })
          .returning('id')
          .executeTakeFirstOrThrow();
        return c.pipeline.deleteNote({ id, noteId: colleague.id });
      },
      expect: { ...companyXOrAdmin, recruiterX: 'NOT_FOUND', admin: 'FORBIDDEN' },
    },
  ],
  [
    'application.submit (a draft job does not exist)',
    {
      call: async (c, w, actor) => c.application.submit({ jobId: w.jobs.draftX, resumeId: await resumeOf(w, actor === 'candidateB' ? 'candidateB' : 'candidateA') }),
      expect: { default: 'FORBIDDEN', candidateA: 'NOT_FOUND', candidateB: 'NOT_FOUND', ...signedOut },
    },
  ],
  [
    'match.forJob (a draft job does not exist)',
    { call: (c, w) => c.match.forJob({ jobId: w.jobs.draftX }), expect: { default: 'FORBIDDEN', candidateA: 'NOT_FOUND', candidateB: 'NOT_FOUND', ...signedOut } },
  ],
  [
    'match.forJobs (a draft has no badge)',
    {
      call: async (c, w) => {
        const badges = await c.match.forJobs({ jobIds: [w.jobs.draftX] });
        if (badges.scores.length !== 0) throw new Error('scored a draft');
        return badges;
      },
      expect: candidatesOnly,
    },
  ],
  [
    'pipeline.bulkMove (ids of another job are skipped, never moved)',
    {
      call: async (c, w) => {
        const id = await applicationOf(w, 'candidateA');
        const other = await api.current.services.db.insertInto('jobs').values({ company_id: w.companies.X, title: 'Other', status: 'published', published_at: new Date() }).returning('id').executeTakeFirstOrThrow();
        const result = await c.pipeline.bulkMove({ jobId: other.id, ids: [id], to: 'screening' });
        if (result.moved.length !== 0) throw new Error('moved an application of another job');
        return result;
      },
      expect: companyXOrAdmin,
    },
  ],
  ['job.byId (a draft)', { call: (c, w) => c.job.byId({ id: w.jobs.draftX }), expect: { default: 'NOT_FOUND' } }],
  [
    'company.invitations.list (only your own company)',
    {
      call: async (c, w, actor) => {
        const list = await c.company.invitations.list();
        if (actor === 'recruiterX' && list.some((i) => i.email === w.invitationY)) throw new Error('saw company Y invitations');
        return list;
      },
      expect: recruitersOnly,
    },
  ],
];

const api = useApi();

function outcomeOf(error: unknown): Outcome | string {
  return error instanceof TRPCError ? error.code : `unexpected ${String(error)}`;
}

describe('access matrix', () => {
  it('covers every procedure of the router', () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(procedures.filter((p) => !(p in MATRIX))).toEqual([]);
  });

  for (const [name, row] of [...Object.entries(MATRIX), ...OWNERSHIP]) {
    it(name, async () => {
      const results: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const actor of ACTORS) {
        await api.current.services.db.deleteFrom('rate_limit_buckets').execute();
        // A fresh world per call: many procedures change it (sign out, deactivate, delete).
        await truncateWorld(api);
        const world = await buildWorld(api.current.services.db, api.current.clock.now());
        const token = actor === 'anonymous' ? undefined : world.users[actor].token;
        const caller = await api.current.call({ token });
        expected[actor] = row.expect[actor] ?? row.expect.default;
        try {
          const response = await row.call(caller, world, actor);
          results[actor] = 'ok';
          if (!row.seesOthers?.includes(actor)) {
            const text = JSON.stringify(response ?? null);
            const others = Object.entries(world.users).filter(([who]) => who !== actor);
            const leaked = others.filter(([, u]) => text.includes(u.email) || text.includes(u.id)).map(([who]) => who);
            if (leaked.length) results[actor] = `ok but leaked ${leaked.join(', ')}`;
          }
        } catch (error) {
          results[actor] = outcomeOf(error);
        }
      }
      expect(results).toEqual(expected);
    });
  }
});

async function candidateIdOf(world: World, who: 'candidateA' | 'candidateB'): Promise<string> {
  const { db } = api.current.services;
  return (await db.selectFrom('candidates').select('id').where('user_id', '=', world.users[who].id).executeTakeFirstOrThrow()).id;
}

/** An API token of this user, written straight to the database (its secret is never used here). */
async function apiTokenOf(world: World, who: 'candidateA'): Promise<string> {
  const id = `${who.toLowerCase().replace(/[^a-z]/g, '')}aaaaaaaaaaaaaaaa`.slice(0, 16);
  await api.current.services.db
    .insertInto('api_tokens')
    .values({ id, user_id: world.users[who].id, name: `${who} ${Math.random()}`, scope: 'full', secret_hash: new Uint8Array(32) })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return id;
}

/** An alert of this candidate, written straight to the database. */
async function alertOf(world: World, who: 'candidateA' | 'candidateB'): Promise<string> {
  const row = await api.current.services.db
    .insertInto('job_alerts')
    .values({ candidate_id: await candidateIdOf(world, who), name: `${who}'s alert`, filters: '{}' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A parsed resume of this candidate, written straight to the database (no file: tRPC never reads it). */
async function resumeOf(world: World, who: 'candidateA' | 'candidateB'): Promise<string> {
  const parsed = { name: null, email: null, phone: null, location: null, headline: { value: 'Welder', confidence: 0.9 }, summary: null, links: [], experience: [], education: [], skills: [], unmatchedSkills: [], languages: [], certifications: [], totalYearsExperience: null, sections: [] };
  const row = await api.current.services.db
    .insertInto('resumes')
    .values({ candidate_id: await candidateIdOf(world, who), original_filename: 'cv.txt', storage_key: `resumes/${who.toLowerCase()}/cv.txt`, size_bytes: 10, format: 'txt', sha256: 'f'.repeat(64), parse_status: 'parsed', parsed_data: JSON.stringify(parsed), is_primary: true })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Candidate A's (or B's) application to company X's published job, with the resume it was sent with. */
async function applicationOf(world: World, who: 'candidateA' | 'candidateB'): Promise<string> {
  const { db } = api.current.services;
  const existing = await db.selectFrom('applications').select('id').where('candidate_id', '=', await candidateIdOf(world, who)).executeTakeFirst();
  if (existing) return existing.id;
  const row = await db
    .insertInto('applications')
    .values({ candidate_id: await candidateIdOf(world, who), job_id: world.jobs.publishedX, resume_id: await resumeOf(world, who) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('application_events').values({ application_id: row.id, to_status: 'submitted', actor_id: world.users[who].id }).execute();
  return row.id;
}

/** A private note on the application by this recruiter. */
async function noteOf(world: World, applicationId: string, who: 'recruiterX'): Promise<string> {
  const { db } = api.current.services;
  const recruiter = await db.selectFrom('recruiters').select('id').where('user_id', '=', world.users[who].id).executeTakeFirstOrThrow();
  const row = await db
    .insertInto('application_notes')
    .values({ application_id: applicationId, author_id: recruiter.id, body: 'Private note: asked for too much', rating: 2 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function notificationOf(world: World, who: 'candidateA'): Promise<string> {
  const row = await api.current.services.db
    .insertInto('notifications')
    .values({ user_id: world.users[who].id, type: 'application.status_changed', title: 'Your application moved' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function savedBy(world: World, who: 'candidateA' | 'candidateB', jobId: string): Promise<void> {
  await api.current.services.db.insertInto('saved_jobs').values({ candidate_id: await candidateIdOf(world, who), job_id: jobId }).execute();
}

async function truncateWorld(harness: typeof api) {
  await sql`TRUNCATE users, companies, sessions, audit_log, company_invitations, jobs RESTART IDENTITY CASCADE`.execute(harness.current.services.db);
}
