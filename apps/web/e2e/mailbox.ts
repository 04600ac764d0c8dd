// Reading the portal's emails from a test: the mailbox that global-setup.ts serves, polled until a match arrives.
import type { ReceivedEmail } from '../../api/test/mailbox.ts';

export type EmailSummary = Pick<ReceivedEmail, 'to' | 'subject' | 'text'>;
export interface MailboxContents {
  emails: EmailSummary[];
}

/** The newest email to `to` whose subject matches, waiting for it to arrive. */
export async function waitForEmail(mailboxUrl: string, to: string, subject: RegExp): Promise<EmailSummary> {
  let seen: EmailSummary[] = [];
  for (let attempt = 0; attempt < 100; attempt++) {
    const response = await fetch(mailboxUrl);
    seen = ((await response.json()) as MailboxContents).emails;
    const found = seen.findLast((email) => email.to.includes(to) && subject.test(email.subject));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no email to ${to} matching ${subject}; got: ${seen.map((e) => `${e.to.join(',')}: ${e.subject}`).join(' | ')}`);
}

/** The first link in an email's text whose path starts with `path`. */
export function linkIn(email: EmailSummary, path: string): URL {
  const link = email.text
    .match(/https?:\/\/\S+/g)
    ?.map((url) => new URL(url))
    .find((url) => url.pathname.startsWith(path));
  if (!link) throw new Error(`no ${path} link in "${email.subject}":\n${email.text}`);
  return link;
}
