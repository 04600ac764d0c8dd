// The emails people receive: exact subjects, links in both bodies, and user-typed names that stay text.
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './safe-text.ts';
import * as templates from './templates.ts';
import type { EmailContent } from './templates.ts';

const HOSTILE = '<script>alert(1)</script>';
const WHEN = new Date('2026-06-01T12:00:00Z');
const LINK = 'https://hotgigs.test/verify-email?token=abc&next=%2Fjobs';
const RESET = 'https://hotgigs.test/forgot-password';
const JOB1 = 'https://hotgigs.test/jobs/00000000-0000-4000-8000-000000000001';
const JOB2 = 'https://hotgigs.test/jobs/00000000-0000-4000-8000-000000000002';
const SEARCH = 'https://hotgigs.test/jobs?q=rust&remote=remote';
const ALERTS = 'https://hotgigs.test/account/alerts';
const DIGEST_JOBS = [
  { title: HOSTILE, detail: 'Acme & "Sons" · Berlin', link: JOB1 },
  { title: 'Data engineer', detail: 'Initech · Remote', link: JOB2 },
];

interface Case {
  name: string;
  email: EmailContent;
  subject: string;
  links: string[];
  /** Sentences that must appear in the text body and, escaped, in the HTML body. */
  says: string[];
}

const cases: Case[] = [
  {
    name: 'verifyEmail',
    email: templates.verifyEmail({ name: HOSTILE, link: LINK, code: 'c0de-42' }),
    subject: 'Confirm your email address for Hotgigs',
    links: [LINK],
    says: [`Hi ${HOSTILE},`, 'c0de-42', 'someone signed up to Hotgigs with this address', "If it wasn't you"],
  },
  {
    name: 'passwordReset',
    email: templates.passwordReset({ name: HOSTILE, link: LINK, expiresInMinutes: 60 }),
    subject: 'Reset your Hotgigs password',
    links: [LINK],
    says: ['expires in 60 minutes', 'a password reset was requested for this address', "If it wasn't you"],
  },
  {
    name: 'accountAlreadyExists',
    email: templates.accountAlreadyExists({ signInLink: 'https://hotgigs.test/sign-in', resetLink: RESET }),
    subject: 'You already have a Hotgigs account',
    links: ['https://hotgigs.test/sign-in', RESET],
    says: ['Hello,', 'this address was used to sign up on Hotgigs', "If it wasn't you"],
  },
  {
    name: 'passwordChanged',
    email: templates.passwordChanged({ name: HOSTILE, when: WHEN, resetLink: RESET }),
    subject: 'Your Hotgigs password was changed',
    links: [RESET],
    says: ['changed on 2026-06-01 at 12:00 UTC', 'Hotgigs tells you about every password change', "If it wasn't you"],
  },
  {
    name: 'mfaChanged (on)',
    email: templates.mfaChanged({ name: HOSTILE, enabled: true, when: WHEN }),
    subject: 'Two-factor authentication was turned on for your Hotgigs account',
    links: [],
    says: ['turned on for your Hotgigs account on 2026-06-01 at 12:00 UTC', 'every change to how you sign in', "If it wasn't you"],
  },
  {
    name: 'mfaChanged (off)',
    email: templates.mfaChanged({ name: HOSTILE, enabled: false, when: WHEN }),
    subject: 'Two-factor authentication was turned off for your Hotgigs account',
    links: [],
    says: ['Signing in now asks only for your password.', "If it wasn't you"],
  },
  {
    name: 'companyInvitation',
    email: templates.companyInvitation({ companyName: `Acme & "Sons" ${HOSTILE}`, inviterName: HOSTILE, link: LINK, expiresInDays: 7 }),
    subject: `You are invited to join Acme & "Sons" ${HOSTILE} on Hotgigs`,
    links: [LINK],
    says: [`${HOSTILE} invited you to join Acme & "Sons" ${HOSTILE} as a recruiter`, 'expires in 7 days', "If you don't know them"],
  },
  {
    name: 'accountDeleted',
    email: templates.accountDeleted({ name: HOSTILE }),
    subject: 'Your Hotgigs account was deleted',
    links: [],
    says: ['has been deleted', 'to confirm that the Hotgigs account for this address was deleted', "If it wasn't you"],
  },
  {
    name: 'jobAlertDigest',
    email: templates.jobAlertDigest({
      name: HOSTILE,
      alertName: `Acme & "Sons" ${HOSTILE}`,
      frequency: 'daily',
      jobs: DIGEST_JOBS,
      total: 2,
      allLink: SEARCH,
      manageLink: ALERTS,
    }),
    subject: `2 new jobs for your alert "Acme & "Sons" ${HOSTILE}"`,
    links: [JOB1, JOB2, ALERTS],
    says: [
      `2 new jobs match your job alert "Acme & "Sons" ${HOSTILE}":`,
      'Acme & "Sons" · Berlin',
      'to be told once a day about new jobs',
      'To change it, or stop these emails, manage your alerts:',
    ],
  },
  {
    name: 'jobAlertDigest (more than shown)',
    email: templates.jobAlertDigest({ name: 'Ada', alertName: 'Rust', frequency: 'weekly', jobs: DIGEST_JOBS, total: 5, allLink: SEARCH, manageLink: ALERTS }),
    subject: '5 new jobs for your alert "Rust"',
    links: [JOB1, JOB2, SEARCH, ALERTS],
    says: ['5 new jobs match your job alert "Rust":', '...and 3 more.', 'See all 5 jobs', 'to be told once a week about new jobs'],
  },
];

const LAYOUT_TAGS = ['body', 'div', 'head', 'hr', 'html', 'meta', 'p', 'title'];
const LINK_TAGS = ['a', 'br'];

describe.each(cases)('$name', ({ email, subject, links, says }) => {
  it('has the exact subject, one line', () => {
    expect(email.subject).toBe(subject);
  });

  it('says why it was sent and what to do, in both bodies', () => {
    for (const sentence of says) {
      expect(email.text).toContain(sentence);
      expect(email.html).toContain(escapeHtml(sentence));
    }
    expect(email.text).toMatch(/^(Hi|Hello)/);
    expect(email.text.trimEnd()).toMatch(/\n--\n[\s\S]*\nHotgigs$/);
  });

  it('carries every link in the text and as an escaped href in the HTML', () => {
    const textLinks = email.text.match(/https?:\/\/\S+/g) ?? [];
    expect(textLinks).toEqual(links);
    for (const link of links) {
      expect(email.html).toContain(`href="${escapeHtml(link)}"`);
    }
  });

  it('lets no user input through as markup', () => {
    expect(email.html).not.toContain('<script');
    expect(email.html).not.toContain('"Sons"');
    // Only the template's own tags remain once escaped text is taken out.
    const tags = new Set(email.html.match(/<\/?([a-z]+)/g)?.map((t) => t.replace(/[</]/g, '')));
    expect([...tags].sort()).toEqual([...LAYOUT_TAGS, ...(links.length > 0 ? LINK_TAGS : [])].sort());
  });
});

describe('template inputs', () => {
  it('puts a name typed with line breaks on one line', () => {
    const email = templates.accountDeleted({ name: 'Ada\r\n\r\nClick here' });
    expect(email.text.split('\n')[0]).toBe('Hi Ada Click here,');
  });

  it('greets without a name when none is known', () => {
    expect(templates.accountDeleted({ name: '  ' }).text.split('\n')[0]).toBe('Hello,');
  });

  it.each(['javascript:alert(1)', '/relative/path', 'data:text/html,hi'])('refuses the link %s', (link) => {
    expect(() => templates.passwordReset({ name: 'Ada', link, expiresInMinutes: 60 })).toThrow('email link must be an http(s) URL');
  });

  it('lists at most 20 jobs in a digest and counts the rest', () => {
    const jobs = Array.from({ length: 25 }, (_, i) => ({ title: `Job ${i}`, detail: 'Acme', link: `https://hotgigs.test/jobs/${i}` }));
    const email = templates.jobAlertDigest({ name: 'Ada', alertName: 'All', frequency: 'daily', jobs, total: 30, allLink: SEARCH, manageLink: ALERTS });
    expect(email.text.match(/https:\/\/hotgigs\.test\/jobs\/\d+/g)).toEqual(jobs.slice(0, 20).map((j) => j.link));
    expect(email.text).toContain('...and 10 more.');
  });

  it('says "1 new job" in the singular', () => {
    const email = templates.jobAlertDigest({ name: 'Ada', alertName: 'Go', frequency: 'daily', jobs: DIGEST_JOBS.slice(1), total: 1, allLink: SEARCH, manageLink: ALERTS });
    expect(email.subject).toBe('1 new job for your alert "Go"');
    expect(email.text).toContain('A new job matches your job alert "Go":');
    expect(email.text).not.toContain('more.');
  });

  it('says "1 minute" and "1 day" in the singular', () => {
    expect(templates.passwordReset({ name: 'Ada', link: LINK, expiresInMinutes: 1 }).text).toContain('expires in 1 minute.');
    expect(templates.companyInvitation({ companyName: 'Acme', inviterName: 'Bo', link: LINK, expiresInDays: 1 }).text).toContain('expires in 1 day.');
  });
});

it('renders the verification email as a person reads it', () => {
  expect(templates.verifyEmail({ name: 'Ada', link: 'https://hotgigs.test/verify-email?token=t1', code: 't1' }).text).toBe(
    [
      'Hi Ada,',
      '',
      'Thanks for signing up to Hotgigs. Please confirm that this email address is yours to start using your account.',
      '',
      'Confirm my email address:',
      'https://hotgigs.test/verify-email?token=t1',
      '',
      'Or enter this code on the confirmation page:',
      't1',
      '',
      'The link and the code can be used once.',
      '',
      '--',
      'You are getting this email because someone signed up to Hotgigs with this address.',
      "If it wasn't you, you can ignore this email: the address stays unconfirmed.",
      'Hotgigs',
      '',
    ].join('\n'),
  );
});
