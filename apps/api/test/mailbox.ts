// A real SMTP server on loopback that keeps what it receives, parsed: tests read the emails a person would.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  parsed: ParsedMail;
}

export interface Mailbox {
  url: string;
  received: ReceivedEmail[];
  /** The newest email to `to` whose subject matches, waiting briefly for it to arrive. */
  waitFor(to: string, subject: RegExp): Promise<ReceivedEmail>;
  clear(): void;
  close(): Promise<void>;
}

export async function startMailbox(): Promise<Mailbox> {
  const received: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            parsed,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async waitFor(to, subject) {
      for (let i = 0; i < 200; i++) {
        const found = received.findLast((m) => m.to.includes(to) && subject.test(m.subject));
        if (found) return found;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`no email to ${to} matching ${subject}; got: ${received.map((m) => `${m.to.join(',')}: ${m.subject}`).join(' | ')}`);
    },
    clear: () => void received.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in an email's text whose path starts with `path`. */
export function linkIn(email: ReceivedEmail, path: string): URL {
  const match = email.text.match(/https?:\/\/\S+/g)?.map((u) => new URL(u)).find((u) => u.pathname.startsWith(path));
  if (!match) throw new Error(`no ${path} link in "${email.subject}":\n${email.text}`);
  return match;
}
