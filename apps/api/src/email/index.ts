// The email subsystem: the mailer (SMTP or the development outbox), the portal's email templates, and the
// /dev/outbox page.
export { createMailer, EmailDeliveryError, type Mailer, type OutgoingEmail } from './mailer.ts';
export { registerOutboxRoutes, shouldServeOutbox } from './outbox-routes.ts';
export * as templates from './templates.ts';
export type { EmailContent } from './templates.ts';
