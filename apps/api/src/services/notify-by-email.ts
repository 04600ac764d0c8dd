// Sending account emails from procedures: a failed delivery never fails the request (the person can ask
// again); the mailer has already logged it, without the body, which holds single-use links.
import type { Context } from '../context.ts';
import { EmailDeliveryError, type EmailContent } from '../email/index.ts';
import type { Env } from '../env.ts';

export function publicUrl(env: Env, path: string): string {
  const base = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  return new URL(path, base).toString();
}

export async function sendEmail(ctx: Pick<Context, 'mailer'>, to: string, content: EmailContent): Promise<void> {
  try {
    await ctx.mailer.send({ to, ...content });
  } catch (error) {
    if (!(error instanceof EmailDeliveryError)) throw error;
  }
}
