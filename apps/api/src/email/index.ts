// The email subsystem: the mailer (SMTP or the development outbox), the portal's email templates, and sending
// them from services. (The /dev/outbox page is an HTTP route: http/outbox.ts.)
export { createMailer, EmailDeliveryError, type Mailer, type OutgoingEmail } from './mailer.ts';
export { publicUrl, sendEmail } from './notify.ts';
export * as templates from './templates.ts';
export type { EmailContent } from './templates.ts';
