// Sends the portal's emails: through an SMTP server when SMTP_URL is set, otherwise into the development outbox
// (DATA_DIR/outbox, shown at /dev/outbox). Bodies are never logged: they carry single-use links and codes.
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { Logger } from 'pino';
import type { Env } from '../env.ts';
import { parseMailFrom, parseRecipient } from './addresses.ts';
import { outboxDir, saveToOutbox } from './outbox.ts';
import { singleLine } from './safe-text.ts';

export interface OutgoingEmail {
  /** Exactly one plain address, such as `ada@example.com`. */
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  /** Resolves once the SMTP server accepted the message (or the outbox holds it); rejects with EmailDeliveryError. */
  send(message: OutgoingEmail): Promise<void>;
  /** Closes pooled SMTP connections; call once, on shutdown. */
  close(): Promise<void>;
}

/** An email that was not sent: a recipient that is not one valid address, or a transport failure (in `cause`). */
export class EmailDeliveryError extends Error {
  override readonly name = 'EmailDeliveryError';
}

interface Delivery {
  deliver(mail: SendMailOptions & { to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

const SMTP_DEFAULTS = {
  // A few connections reused across emails: account emails come in bursts (sign-ups), and a TLS handshake
  // per message would slow each request that sends one.
  pool: true,
  maxConnections: 3,
  // Bounded waits, so a stalled mail server delays a request by seconds, not minutes. The URL may override them.
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
  dnsTimeout: 10_000,
} as const;

// Message parts are always strings built here; nodemailer must never read a file or fetch a URL for them.
const NO_CONTENT_ACCESS = { disableFileAccess: true, disableUrlAccess: true } as const;

function smtpDelivery(url: string, log: Logger): Delivery {
  const transport = nodemailer.createTransport({ url, ...SMTP_DEFAULTS, ...NO_CONTENT_ACCESS });
  return {
    async deliver(mail) {
      const info = await transport.sendMail(mail);
      log.info({ to: mail.to, subject: mail.subject, messageId: info.messageId }, 'email sent');
    },
    close: () => transport.close(),
  };
}

function outboxDelivery(dir: string, log: Logger): Delivery {
  // The same composer the SMTP transport uses, with CRLF line ends: the .eml is the message as it would be sent.
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows', ...NO_CONTENT_ACCESS });
  return {
    async deliver(mail) {
      const { message } = await transport.sendMail(mail);
      if (!Buffer.isBuffer(message)) throw new Error('the stream transport returned a stream despite `buffer: true`');
      const entry = await saveToOutbox(dir, { to: mail.to, subject: mail.subject, text: mail.text, eml: message });
      log.info({ to: entry.to, subject: entry.subject, id: entry.id }, 'email saved to the outbox: open /dev/outbox to read it');
    },
    close: () => transport.close(),
  };
}

export function createMailer(env: Env, log: Logger): Mailer {
  const from = parseMailFrom(env.MAIL_FROM);
  if (!env.SMTP_URL && env.NODE_ENV === 'production') {
    log.warn({ outbox: outboxDir(env) }, 'SMTP_URL is not set: emails are saved to the outbox and nobody receives them');
  }
  const delivery = env.SMTP_URL ? smtpDelivery(env.SMTP_URL, log) : outboxDelivery(outboxDir(env), log);
  return {
    async send(message) {
      const subject = singleLine(message.subject);
      try {
        const to = parseRecipient(message.to);
        // Structured fields only, and an explicit envelope: the server delivers to `to` and nobody else.
        await delivery.deliver({
          from,
          to,
          envelope: { from: from.address, to: [to] },
          subject,
          text: message.text,
          html: message.html,
        });
      } catch (error) {
        log.error({ err: error, to: message.to, subject }, 'email not delivered');
        throw new EmailDeliveryError(`email "${subject}" not delivered`, { cause: error });
      }
    },
    async close() {
      delivery.close();
    },
  };
}
