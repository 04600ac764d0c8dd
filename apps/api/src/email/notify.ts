// Sending the portal's emails from services: a failed delivery never fails the action (the person can ask
// again); the mailer has already logged it, without the body, which holds single-use links.
import type { Env } from '../env.ts';
import { EmailDeliveryError, type Mailer } from './mailer.ts';
import type { EmailContent } from './templates.ts';

/** An absolute link into the portal, for emails. */
export function publicUrl(env: Env, path: string): string {
  const base = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  return new URL(path, base).toString();
}

export async function sendEmail(deps: { mailer: Mailer }, to: string, content: EmailContent): Promise<void> {
  try {
    await deps.mailer.send({ to, ...content });
  } catch (error) {
    if (!(error instanceof EmailDeliveryError)) throw error;
  }
}
