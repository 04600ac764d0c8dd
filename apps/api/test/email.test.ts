// Emails as they leave the portal: over SMTP to a real server on loopback, and into the development outbox
// that /dev/outbox shows. No database needed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { simpleParser } from 'mailparser';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailer, EmailDeliveryError, templates, type EmailContent, type Mailer } from '../src/email/index.ts';
import { registerOutboxRoutes } from '../src/http/outbox.ts';
import { loadEnv } from '../src/env.ts';
import { startMailbox, type Mailbox } from './mailbox.ts';

const TOKEN = 'tok_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const LINK = `http://hotgigs.test/reset-password?token=${TOKEN}&from=email`;
const WHEN = new Date('2026-06-01T12:00:00Z');

function env(overrides: Record<string, string | undefined> = {}) {
  return loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...overrides });
}

/** A logger whose lines the test can read, to check what is (and is not) written to the logs. */
function recordingLogger() {
  const lines: string[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
  return { log, lines, entries: () => lines.map((line) => JSON.parse(line) as { msg: string; [key: string]: unknown }) };
}

const everyTemplate: [string, EmailContent][] = [
  ['verifyEmail', templates.verifyEmail({ name: 'Ada', link: LINK, code: TOKEN })],
  ['passwordReset', templates.passwordReset({ name: 'Ada', link: LINK, expiresInMinutes: 60 })],
  ['accountAlreadyExists', templates.accountAlreadyExists({ signInLink: 'http://hotgigs.test/sign-in', resetLink: LINK })],
  ['passwordChanged', templates.passwordChanged({ name: 'Ada', when: WHEN, resetLink: LINK })],
  ['mfaChanged', templates.mfaChanged({ name: 'Ada', enabled: true, when: WHEN })],
  ['companyInvitation', templates.companyInvitation({ companyName: 'Acme <Labs>', inviterName: 'Bo', link: LINK, expiresInDays: 7 })],
  ['accountDeleted', templates.accountDeleted({ name: 'Ada' })],
];

describe('mailer over SMTP', () => {
  let mailbox: Mailbox;
  let mailer: Mailer;
  let logs: ReturnType<typeof recordingLogger>;

  beforeAll(async () => {
    mailbox = await startMailbox();
    logs = recordingLogger();
    mailer = createMailer(env({ SMTP_URL: mailbox.url }), logs.log);
  });
  beforeEach(() => {
    mailbox.clear();
    logs.lines.splice(0);
  });
  afterAll(async () => {
    await mailer.close();
    await mailbox.close();
  });

  it.each(everyTemplate)('delivers %s exactly as rendered', async (_name, content) => {
    await mailer.send({ to: 'ada@example.com', ...content });
    const email = await mailbox.waitFor('ada@example.com', /./);
    expect(email.to).toEqual(['ada@example.com']);
    expect(email.subject).toBe(content.subject);
    expect(email.parsed.from?.value).toEqual([{ name: 'Hotgigs', address: 'no-reply@hotgigs.localhost' }]);
    expect(email.parsed.to).toMatchObject({ value: [{ name: '', address: 'ada@example.com' }] });
    expect(email.text).toBe(content.text);
    expect(email.html).toBe(content.html);
  });

  it('logs who and what, never the body with its link', async () => {
    const content = templates.passwordReset({ name: 'Ada', link: LINK, expiresInMinutes: 60 });
    await mailer.send({ to: 'ada@example.com', ...content });
    expect(logs.entries()).toEqual([
      expect.objectContaining({ msg: 'email sent', to: 'ada@example.com', subject: 'Reset your Hotgigs password', level: 30 }),
    ]);
    expect(logs.lines.join('')).not.toContain(TOKEN);
  });

  it('keeps a subject on one line: "\\r\\nBcc:" adds no header and no recipient', async () => {
    await mailer.send({ to: 'ada@example.com', subject: 'Welcome\r\nBcc: evil@example.com', text: 'Hello', html: '<p>Hello</p>' });
    const email = await mailbox.waitFor('ada@example.com', /Welcome/);
    expect(email.subject).toBe('Welcome Bcc: evil@example.com');
    expect(email.to).toEqual(['ada@example.com']);
    expect(email.parsed.headers.has('bcc')).toBe(false);
    expect(email.parsed.bcc).toBeUndefined();
    expect(mailbox.received).toHaveLength(1);
  });

  it.each([
    'ada@example.com\r\nBcc: evil@example.com',
    'ada@example.com, evil@example.com',
    'Ada <ada@example.com>',
    'not an address',
  ])('refuses the recipient %j and sends nothing', async (to) => {
    const error = await mailer.send({ to, subject: 'Hi', text: 'Hello', html: '<p>Hello</p>' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmailDeliveryError);
    expect((error as Error).message).toBe('email "Hi" not delivered');
    expect(logs.entries()).toEqual([expect.objectContaining({ msg: 'email not delivered', subject: 'Hi', level: 50 })]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(mailbox.received).toEqual([]);
  });
});

describe('mailer when the SMTP server is unreachable', () => {
  it('logs the failure and rejects with EmailDeliveryError carrying the cause', async () => {
    const port = await closedPort();
    const logs = recordingLogger();
    const mailer = createMailer(env({ SMTP_URL: `smtp://127.0.0.1:${port}` }), logs.log);
    try {
      const error = await mailer.send({ to: 'ada@example.com', ...templates.accountDeleted({ name: 'Ada' }) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EmailDeliveryError);
      expect((error as Error).cause).toMatchObject({ code: 'ESOCKET' });
      expect(logs.entries()).toEqual([
        expect.objectContaining({ msg: 'email not delivered', to: 'ada@example.com', subject: 'Your Hotgigs account was deleted' }),
      ]);
    } finally {
      await mailer.close();
    }
  });
});

/** A loopback port nothing listens on: bound once to learn a free number, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

describe('mailer without SMTP_URL: the outbox', () => {
  let dataDir: string;
  let mailer: Mailer;
  let logs: ReturnType<typeof recordingLogger>;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'hotgigs-outbox-'));
    logs = recordingLogger();
    mailer = createMailer(env({ DATA_DIR: dataDir }), logs.log);
  });
  afterEach(async () => {
    await mailer.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const outbox = () => join(dataDir, 'outbox');
  const files = (ext: string) => readdirSync(outbox()).filter((name) => name.endsWith(ext));

  it('writes a real message (.eml) and an index entry (.json), and logs where to read it', async () => {
    const content = templates.passwordReset({ name: 'Ada', link: LINK, expiresInMinutes: 60 });
    await mailer.send({ to: 'ada@example.com', ...content });

    const [json] = files('.json');
    const entry = JSON.parse(readFileSync(join(outbox(), json ?? ''), 'utf8'));
    expect(entry).toEqual({
      id: json?.replace(/\.json$/, ''),
      to: 'ada@example.com',
      subject: 'Reset your Hotgigs password',
      sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      text: content.text,
      links: [LINK],
    });

    expect(files('.eml')).toEqual([`${entry.id}.eml`]);
    const raw = readFileSync(join(outbox(), `${entry.id}.eml`));
    // CRLF line ends, as on the wire.
    expect(raw.toString('latin1')).toMatch(/^From: Hotgigs <no-reply@hotgigs\.localhost>\r\nTo: ada@example\.com\r\nSubject: Reset your Hotgigs password\r\n/);
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe('Reset your Hotgigs password');
    expect(parsed.from?.value).toEqual([{ name: 'Hotgigs', address: 'no-reply@hotgigs.localhost' }]);
    expect(parsed.to).toMatchObject({ text: 'ada@example.com' });
    expect(parsed.text).toBe(content.text);
    expect(parsed.html).toBe(content.html);

    expect(logs.entries()).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'email saved to the outbox: open /dev/outbox to read it',
        to: 'ada@example.com',
        subject: 'Reset your Hotgigs password',
      }),
    ]);
    expect(logs.lines.join('')).not.toContain(TOKEN);
  });

  it('refuses an invalid recipient without writing anything', async () => {
    await expect(mailer.send({ to: 'a@example.com,b@example.com', subject: 'Hi', text: 'x', html: 'x' })).rejects.toThrow(EmailDeliveryError);
    expect(() => readdirSync(outbox())).toThrow(/ENOENT/);
  });

  describe('/dev/outbox', () => {
    async function outboxApp() {
      const app = Fastify();
      registerOutboxRoutes(app, env({ DATA_DIR: dataDir }));
      await app.ready();
      return app;
    }

    it('lists emails newest first with their links clickable and everything escaped', async () => {
      await mailer.send({ to: 'ada@example.com', ...templates.accountDeleted({ name: 'Ada' }) });
      await mailer.send({
        to: 'bo@example.com',
        subject: 'Join <script>alert(1)</script> & co',
        text: `Hi <b>Bo</b>,\n\nAccept:\n${LINK}\n`,
        html: '<p>ignored by the page</p>',
      });
      const app = await outboxApp();

      const page = await app.inject('/dev/outbox');
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.body).not.toContain('<script');
      expect(page.body).not.toContain('<b>');
      expect(page.body).toContain('<h2>Join &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</h2>');
      expect(page.body).toContain('Hi &lt;b&gt;Bo&lt;/b&gt;,');
      const escapedLink = LINK.replace('&', '&amp;');
      expect(page.body).toContain(`<a href="${escapedLink}">${escapedLink}</a>`);
      expect(page.body).toContain('To <strong>bo@example.com</strong>');
      expect(page.body.indexOf('bo@example.com')).toBeLessThan(page.body.indexOf('ada@example.com'));

      const index = await app.inject('/dev/outbox.json');
      expect(index.headers['cache-control']).toBe('no-store');
      const { emails } = index.json<{ emails: { to: string; subject: string; links: string[] }[] }>();
      expect(emails.map((e) => [e.to, e.subject, e.links])).toEqual([
        ['bo@example.com', 'Join <script>alert(1)</script> & co', [LINK]],
        ['ada@example.com', 'Your Hotgigs account was deleted', []],
      ]);
      await app.close();
    });

    it('returns at most the newest 50', async () => {
      for (let i = 1; i <= 52; i++) {
        await mailer.send({ to: 'ada@example.com', subject: `Email ${i}`, text: 'x', html: 'x' });
      }
      const app = await outboxApp();
      const { emails } = (await app.inject('/dev/outbox.json')).json<{ emails: { subject: string }[] }>();
      expect(emails).toHaveLength(50);
      expect(emails[0]?.subject).toBe('Email 52');
      expect(emails[49]?.subject).toBe('Email 3');
      await app.close();
    });

    it('shows an empty outbox before the first email', async () => {
      const app = await outboxApp();
      expect((await app.inject('/dev/outbox.json')).json()).toEqual({ emails: [] });
      expect((await app.inject('/dev/outbox')).body).toContain('No emails yet.');
      await app.close();
    });

    it.each([{ NODE_ENV: 'production' }, { SMTP_URL: 'smtp://127.0.0.1:2525' }])('is refused with %j', (overrides) => {
      expect(() => registerOutboxRoutes(Fastify(), env({ DATA_DIR: dataDir, ...overrides }))).toThrow(
        'the outbox routes are for development without SMTP_URL only',
      );
    });
  });
});
