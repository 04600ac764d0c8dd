// Email addresses as the mailer accepts them: exactly one plain address per recipient, and a From configured
// as "Name <address>" or a bare address. Structured values only, so no header can be smuggled in.
import { z } from 'zod';
import { ConfigError } from '../env.ts';
import { singleLine } from './safe-text.ts';

/** A single plain address (no display name, no list): zod's pattern admits no spaces, commas or line breaks. */
export const emailAddress = z.email().max(254);

/** The one address an email goes to; anything else (a list, a display name, a line break) is refused. */
export function parseRecipient(to: string): string {
  const parsed = emailAddress.safeParse(to);
  if (!parsed.success) throw new Error('the recipient must be exactly one valid email address');
  return parsed.data;
}

export interface MailboxAddress {
  name: string;
  address: string;
}

const NAMED_ADDRESS = /^(.*?)\s*<([^<>]*)>$/s;

/** Parses MAIL_FROM; a value that is not one valid address is a configuration error found at start-up. */
export function parseMailFrom(value: string): MailboxAddress {
  const trimmed = value.trim();
  const named = NAMED_ADDRESS.exec(trimmed);
  const name = named ? singleLine(named[1] ?? '').replace(/^"(.*)"$/, '$1') : '';
  const address = emailAddress.safeParse(named ? named[2] : trimmed);
  if (!address.success) {
    throw new ConfigError([`MAIL_FROM=${JSON.stringify(value)}: must be an address or "Name <address>"`]);
  }
  return { name, address: address.data };
}
