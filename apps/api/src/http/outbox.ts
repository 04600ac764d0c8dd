// /dev/outbox: the emails the portal would have sent, for trying Hotgigs without a mail server. It shows live
// single-use links (verification, password reset), so it is registered only without SMTP and outside
// production, and it answers only a person on this machine: a loopback client that names the portal by its
// loopback name (a page elsewhere reaching it through DNS rebinding sends its own host name). Everyone else
// gets the same 404 as an unknown address.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Env } from '../env.ts';
import { outboxDir, readOutbox, splitByLinks, type OutboxEntry } from '../email/outbox.ts';
import { escapeHtml } from '../email/safe-text.ts';
import { isFromThisMachine } from './request-auth.ts';

const LIST_LIMIT = 50;

export function shouldServeOutbox(env: Pick<Env, 'SMTP_URL' | 'NODE_ENV'>): boolean {
  return !env.SMTP_URL && env.NODE_ENV !== 'production';
}

export function registerOutboxRoutes(app: FastifyInstance, env: Env): void {
  // A second guard besides the caller's: exposing reset links in production would hand out accounts.
  if (!shouldServeOutbox(env)) throw new Error('the outbox routes are for development without SMTP_URL only');
  const dir = outboxDir(env);
  const onlyThisMachine = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!isFromThisMachine(req)) {
      return reply.code(404).send({ error: 'NOT_FOUND', message: `No route for ${req.method} ${req.url.split('?')[0]}` });
    }
  };

  app.get('/dev/outbox.json', { onRequest: onlyThisMachine }, async (_req, reply) => {
    noStore(reply);
    return { emails: await readOutbox(dir, LIST_LIMIT) };
  });

  app.get('/dev/outbox', { onRequest: onlyThisMachine }, async (_req, reply) => {
    noStore(reply);
    return reply.type('text/html; charset=utf-8').send(outboxPage(dir, await readOutbox(dir, LIST_LIMIT)));
  });
}

/** The emails hold live tokens: neither the browser nor a proxy may keep a copy. */
function noStore(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}

function linkedText(text: string): string {
  return splitByLinks(text)
    .map(({ text: part, isLink }) => (isLink ? `<a href="${escapeHtml(part)}">${escapeHtml(part)}</a>` : escapeHtml(part)))
    .join('');
}

function emailHtml(entry: OutboxEntry): string {
  return [
    '<article>',
    `<h2>${escapeHtml(entry.subject)}</h2>`,
    `<p class="meta">To <strong>${escapeHtml(entry.to)}</strong> · <time datetime="${escapeHtml(entry.sentAt)}">${escapeHtml(entry.sentAt)}</time></p>`,
    `<pre>${linkedText(entry.text)}</pre>`,
    '</article>',
  ].join('\n');
}

function outboxPage(dir: string, entries: OutboxEntry[]): string {
  const list = entries.length
    ? entries.map(emailHtml).join('\n')
    : '<p>No emails yet. Emails the portal sends appear here while SMTP_URL is not set.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Hotgigs outbox</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; color: #18181b; }
article { border: 1px solid #e4e4e7; border-radius: 8px; padding: 1rem 1.25rem; margin: 1rem 0; }
h2 { font-size: 1.1rem; margin: 0 0 0.25rem; }
.meta { color: #52525b; margin: 0 0 0.75rem; }
pre { white-space: pre-wrap; word-break: break-word; font: inherit; margin: 0; }
</style>
</head>
<body>
<h1>Outbox</h1>
<p>Emails the portal saved instead of sending them, newest first (at most ${LIST_LIMIT}). The complete messages are the .eml files in ${escapeHtml(dir)}.</p>
${list}
</body>
</html>
`;
}
