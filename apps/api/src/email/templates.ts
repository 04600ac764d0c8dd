// The portal's emails as pure functions: each returns a subject with plain-text and HTML bodies rendered from
// the same blocks, so the two versions always say the same thing. Every email says why the person got it and
// what to do if it wasn't them.
import { escapeHtml, singleLine } from './safe-text.ts';

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const BRAND = 'Hotgigs';
/** The most jobs one alert digest lists; the rest are a link to the search. */
export const DIGEST_MAX_JOBS = 20;
const ACCENT = '#c2410c';

type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'action'; label: string; link: string }
  | { kind: 'code'; label: string; code: string }
  /** One entry of a list of jobs: its title as a link, then a line of details. */
  | { kind: 'listing'; title: string; detail: string; link: string }
  /** The closing "why you got this" note, set apart in smaller type, optionally ending with a link. */
  | { kind: 'note'; text: string; link?: string };

interface Draft {
  subject: string;
  greeting: string;
  blocks: Block[];
}

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const note = (text: string, link?: string): Block => (link === undefined ? { kind: 'note', text } : { kind: 'note', text, link: webLink(link) });

/** Only web links go into emails: anything else in an href could run script. */
function webLink(link: string): string {
  const protocol = URL.canParse(link) ? new URL(link).protocol : '';
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`email link must be an http(s) URL: ${link}`);
  return link;
}

/** A button in HTML, a labelled link in text. */
function action(label: string, link: string): Block {
  return { kind: 'action', label, link: webLink(link) };
}

function listing(title: string, detail: string, link: string): Block {
  return { kind: 'listing', title: singleLine(title), detail: singleLine(detail), link: webLink(link) };
}

function greeting(name: string): string {
  const clean = singleLine(name);
  return clean === '' ? 'Hello,' : `Hi ${clean},`;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** UTC with the zone spelled out: the reader's zone is unknown, and a bare time would mislead. */
function formatWhen(when: Date): string {
  const iso = when.toISOString();
  return `${iso.slice(0, 10)} at ${iso.slice(11, 16)} UTC`;
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'note':
      return block.link === undefined ? block.text : `${block.text} ${block.link}`;
    case 'listing':
      return `${block.title}\n${block.detail}\n${block.link}`;
    case 'action':
      return `${block.label}:\n${block.link}`;
    case 'code':
      return `${block.label}\n${block.code}`;
  }
}

function renderText(draft: Draft): string {
  const body = draft.blocks.filter((b) => b.kind !== 'note').map(blockText);
  const notes = draft.blocks.filter((b) => b.kind === 'note').map(blockText);
  return [draft.greeting, ...body, ['--', ...notes, BRAND].join('\n')].join('\n\n') + '\n';
}

const STYLE = {
  body: 'margin:0;padding:24px 12px;background:#f4f4f5;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#18181b;',
  card: 'max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px;',
  brand: `margin:0 0 24px;font-size:22px;font-weight:700;color:${ACCENT};`,
  paragraph: 'margin:0 0 16px;font-size:16px;line-height:1.5;',
  button: `display:inline-block;background:${ACCENT};color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600;`,
  fallback: 'margin:0 0 16px;font-size:13px;line-height:1.5;color:#52525b;',
  fallbackLink: `color:${ACCENT};word-break:break-all;`,
  code: 'margin:0 0 16px;padding:12px;background:#f4f4f5;border-radius:6px;font-family:Menlo,Consolas,monospace;font-size:16px;word-break:break-all;',
  rule: 'border:none;border-top:1px solid #e4e4e7;margin:24px 0 16px;',
  note: 'margin:0 0 8px;font-size:13px;line-height:1.5;color:#71717a;',
  listing: 'margin:0 0 16px;font-size:15px;line-height:1.5;color:#52525b;',
  listingTitle: `color:${ACCENT};font-size:16px;font-weight:600;text-decoration:none;`,
};

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="${STYLE.paragraph}">${escapeHtml(block.text)}</p>`;
    case 'note': {
      if (block.link === undefined) return `<p style="${STYLE.note}">${escapeHtml(block.text)}</p>`;
      const href = escapeHtml(block.link);
      return `<p style="${STYLE.note}">${escapeHtml(block.text)} <a href="${href}" style="${STYLE.fallbackLink}">${href}</a></p>`;
    }
    case 'listing':
      return `<p style="${STYLE.listing}"><a href="${escapeHtml(block.link)}" style="${STYLE.listingTitle}">${escapeHtml(block.title)}</a><br>${escapeHtml(block.detail)}</p>`;
    case 'action': {
      const href = escapeHtml(block.link);
      return [
        `<p style="${STYLE.paragraph}"><a href="${href}" style="${STYLE.button}">${escapeHtml(block.label)}</a></p>`,
        // Some mail clients strip buttons or block clicks; the visible address can still be copied.
        `<p style="${STYLE.fallback}">If the button does not work, copy this link into your browser:<br>`,
        `<a href="${href}" style="${STYLE.fallbackLink}">${href}</a></p>`,
      ].join('\n');
    }
    case 'code':
      return `<p style="${STYLE.paragraph}">${escapeHtml(block.label)}</p>\n<p style="${STYLE.code}">${escapeHtml(block.code)}</p>`;
  }
}

function renderHtml(draft: Draft): string {
  const body = draft.blocks.filter((b) => b.kind !== 'note').map(blockHtml);
  const notes = draft.blocks.filter((b) => b.kind === 'note').map(blockHtml);
  return [
    '<!doctype html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(draft.subject)}</title></head>`,
    `<body style="${STYLE.body}">`,
    `<div style="${STYLE.card}">`,
    `<p style="${STYLE.brand}">${BRAND}</p>`,
    `<p style="${STYLE.paragraph}">${escapeHtml(draft.greeting)}</p>`,
    ...body,
    `<hr style="${STYLE.rule}">`,
    ...notes,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function render(draft: Draft): EmailContent {
  return { subject: singleLine(draft.subject), text: renderText(draft), html: renderHtml(draft) };
}

export function verifyEmail({ name, link, code }: { name: string; link: string; code: string }): EmailContent {
  return render({
    subject: `Confirm your email address for ${BRAND}`,
    greeting: greeting(name),
    blocks: [
      paragraph(`Thanks for signing up to ${BRAND}. Please confirm that this email address is yours to start using your account.`),
      action('Confirm my email address', link),
      { kind: 'code', label: 'Or enter this code on the confirmation page:', code },
      paragraph('The link and the code can be used once.'),
      note(`You are getting this email because someone signed up to ${BRAND} with this address.`),
      note("If it wasn't you, you can ignore this email: the address stays unconfirmed."),
    ],
  });
}

export function passwordReset({ name, link, expiresInMinutes }: { name: string; link: string; expiresInMinutes: number }): EmailContent {
  return render({
    subject: `Reset your ${BRAND} password`,
    greeting: greeting(name),
    blocks: [
      paragraph(`Someone asked to reset the password of your ${BRAND} account. To choose a new password, open this link:`),
      action('Choose a new password', link),
      paragraph(`The link can be used once and expires in ${plural(expiresInMinutes, 'minute')}. Setting a new password signs you out everywhere else.`),
      note(`You are getting this email because a password reset was requested for this address on ${BRAND}.`),
      note("If it wasn't you, you can ignore this email: your password stays the same."),
    ],
  });
}

export function accountAlreadyExists({ signInLink, resetLink }: { signInLink: string; resetLink: string }): EmailContent {
  return render({
    subject: `You already have a ${BRAND} account`,
    greeting: greeting(''),
    blocks: [
      paragraph(`Someone tried to create a new ${BRAND} account with this email address, but it already has one. You can sign in to it:`),
      action('Sign in', signInLink),
      paragraph('Forgot your password? You can choose a new one:'),
      action('Reset my password', resetLink),
      note(`You are getting this email because this address was used to sign up on ${BRAND}.`),
      note("If it wasn't you, you can ignore this email: nothing has changed in your account."),
    ],
  });
}

export function passwordChanged({ name, when, resetLink }: { name: string; when: Date; resetLink: string }): EmailContent {
  return render({
    subject: `Your ${BRAND} password was changed`,
    greeting: greeting(name),
    blocks: [
      paragraph(`The password of your ${BRAND} account was changed on ${formatWhen(when)}, and your other sessions were signed out.`),
      paragraph('If you made this change, there is nothing more to do.'),
      paragraph("If it wasn't you, someone else may know your password. Reset it now:"),
      action('Reset my password', resetLink),
      note(`You are getting this email because ${BRAND} tells you about every password change, so no one can change yours without you knowing.`),
    ],
  });
}

export function mfaChanged({ name, enabled, when }: { name: string; enabled: boolean; when: Date }): EmailContent {
  const state = enabled ? 'on' : 'off';
  const effect = enabled
    ? 'From now on, signing in asks for a code from your authenticator app as well as your password.'
    : 'Signing in now asks only for your password.';
  return render({
    subject: `Two-factor authentication was turned ${state} for your ${BRAND} account`,
    greeting: greeting(name),
    blocks: [
      paragraph(`Two-factor authentication was turned ${state} for your ${BRAND} account on ${formatWhen(when)}. ${effect}`),
      paragraph('If you made this change, there is nothing more to do.'),
      paragraph(
        "If it wasn't you, someone may have access to your account: sign in, change your password, and check two-factor authentication and your sessions in your account settings.",
      ),
      note(`You are getting this email because ${BRAND} tells you about every change to how you sign in.`),
    ],
  });
}

export function companyInvitation({
  companyName,
  inviterName,
  link,
  expiresInDays,
}: {
  companyName: string;
  inviterName: string;
  link: string;
  expiresInDays: number;
}): EmailContent {
  const company = singleLine(companyName);
  const inviter = singleLine(inviterName);
  return render({
    subject: `You are invited to join ${company} on ${BRAND}`,
    greeting: greeting(''),
    blocks: [
      paragraph(`${inviter} invited you to join ${company} as a recruiter on ${BRAND}, to post jobs and review applicants together.`),
      action('Accept the invitation', link),
      paragraph(`The invitation expires in ${plural(expiresInDays, 'day')}.`),
      note(`You are getting this email because ${inviter} of ${company} entered this address on ${BRAND}.`),
      note("If you don't know them or don't want to join, you can ignore this email: nothing happens unless you accept."),
    ],
  });
}

export function accountDeleted({ name }: { name: string }): EmailContent {
  return render({
    subject: `Your ${BRAND} account was deleted`,
    greeting: greeting(name),
    blocks: [
      paragraph(`Your ${BRAND} account has been deleted, as requested, and you have been signed out everywhere. We are sorry to see you go.`),
      note(`You are getting this email to confirm that the ${BRAND} account for this address was deleted.`),
      note(
        `If it wasn't you, someone signed in with your password: contact the people who run this ${BRAND} site, and change that password wherever else you use it.`,
      ),
    ],
  });
}

export interface DigestJob {
  title: string;
  /** Company, location and the like, on one line under the title. */
  detail: string;
  link: string;
}

/**
 * The new jobs of one saved search. `jobs` are the newest (at most 20 are shown), `total` how many matched in
 * all; when more matched than are shown, `allLink` opens the search with the alert's filters.
 */
export function jobAlertDigest({
  name,
  alertName,
  frequency,
  jobs,
  total,
  allLink,
  manageLink,
}: {
  name: string;
  alertName: string;
  frequency: 'daily' | 'weekly';
  jobs: DigestJob[];
  total: number;
  allLink: string;
  manageLink: string;
}): EmailContent {
  const alert = singleLine(alertName);
  const shown = jobs.slice(0, DIGEST_MAX_JOBS);
  const more = Math.max(0, total - shown.length);
  return render({
    subject: `${plural(total, 'new job')} for your alert "${alert}"`,
    greeting: greeting(name),
    blocks: [
      paragraph(`${total === 1 ? 'A new job matches' : `${total} new jobs match`} your job alert "${alert}":`),
      ...shown.map((job) => listing(job.title, job.detail, job.link)),
      ...(more > 0 ? [paragraph(`...and ${more} more.`), action(`See all ${total} jobs`, allLink)] : []),
      note(`You are getting this email because you saved the job alert "${alert}" on ${BRAND}, to be told ${frequency === 'weekly' ? 'once a week' : 'once a day'} about new jobs.`),
      note('To change it, or stop these emails, manage your alerts:', manageLink),
    ],
  });
}
