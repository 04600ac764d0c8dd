// The development outbox: without an SMTP server, each email is kept under DATA_DIR/outbox as a real RFC 822
// message (`<id>.eml`, openable in any mail client) next to a small JSON entry that /dev/outbox lists.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Env } from '../env.ts';

export const outboxEntrySchema = z.strictObject({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  sentAt: z.iso.datetime(),
  text: z.string(),
  links: z.array(z.string()),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

export function outboxDir(env: Pick<Env, 'DATA_DIR'>): string {
  return join(env.DATA_DIR, 'outbox');
}

// A link ends before whitespace, quotes or angle brackets, and not on punctuation that closes a sentence.
const LINK = /https?:\/\/[^\s<>"]*[^\s<>"'.,;:!?)\]]/g;

export interface TextSegment {
  text: string;
  isLink: boolean;
}

/** Text cut into plain runs and http(s) links, in order; joined back, the segments give the text. */
export function splitByLinks(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let from = 0;
  for (const match of text.matchAll(LINK)) {
    if (match.index > from) segments.push({ text: text.slice(from, match.index), isLink: false });
    segments.push({ text: match[0], isLink: true });
    from = match.index + match[0].length;
  }
  if (from < text.length) segments.push({ text: text.slice(from), isLink: false });
  return segments;
}

export function linksIn(text: string): string[] {
  return splitByLinks(text)
    .filter((segment) => segment.isLink)
    .map((segment) => segment.text);
}

let sequence = 0;

/**
 * Ids sort by time, so the newest files are found by name alone; the per-process sequence orders emails sent
 * within the same millisecond and the random part keeps two processes sharing a DATA_DIR apart.
 */
function newEntryId(sentAt: Date): string {
  sequence = (sequence + 1) % 1_000_000;
  const time = sentAt.toISOString().replace(/[-:.]/g, '');
  return `${time}-${String(sequence).padStart(6, '0')}-${randomBytes(4).toString('hex')}`;
}

export interface OutboxMessage {
  to: string;
  subject: string;
  text: string;
  /** The complete message as a mail transport would send it. */
  eml: Buffer;
}

/** Writes the message and its entry, readable by the owner only: they hold single-use links. */
export async function saveToOutbox(dir: string, message: OutboxMessage, sentAt = new Date()): Promise<OutboxEntry> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const id = newEntryId(sentAt);
  const entry: OutboxEntry = {
    id,
    to: message.to,
    subject: message.subject,
    sentAt: sentAt.toISOString(),
    text: message.text,
    links: linksIn(message.text),
  };
  await writeFile(join(dir, `${id}.eml`), message.eml, { mode: 0o600 });
  // The entry is what makes an email visible, so it appears only once complete: written aside, then renamed.
  const partial = join(dir, `.${id}.json.partial`);
  await writeFile(partial, `${JSON.stringify(entry, null, 2)}\n`, { mode: 0o600 });
  await rename(partial, join(dir, `${id}.json`));
  return entry;
}

/** The newest entries first; an outbox that does not exist yet is empty. */
export async function readOutbox(dir: string, limit = 50): Promise<OutboxEntry[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const newest = names
    .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
    .sort()
    .reverse()
    .slice(0, limit);
  const entries = await Promise.all(newest.map((name) => readEntry(join(dir, name))));
  return entries.filter((entry) => entry !== undefined);
}

/** A file removed meanwhile or edited by hand into something else is left out rather than breaking the list. */
async function readEntry(path: string): Promise<OutboxEntry | undefined> {
  try {
    return outboxEntrySchema.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return undefined;
  }
}
