// How application statuses read on both sides: the recruiter's stage names and tones, and the words of a move.
import type { ApplicationStatus } from '@hotgigs/shared';

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  submitted: 'Submitted',
  screening: 'Screening',
  interview: 'Interview',
  offer: 'Offer',
  hired: 'Hired',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export const STATUS_TONES = {
  submitted: 'neutral',
  screening: 'accent',
  interview: 'accent',
  offer: 'warning',
  hired: 'success',
  rejected: 'danger',
  withdrawn: 'neutral',
} as const satisfies Record<ApplicationStatus, string>;

/** The button or menu item that makes a move: "Move to screening", "Reject…". */
export function moveLabel(to: ApplicationStatus): string {
  if (to === 'rejected') return 'Reject…';
  if (to === 'hired') return 'Mark as hired';
  return `Move to ${STATUS_LABELS[to].toLowerCase()}`;
}

/** What is announced after a move of `name`: "Ada Lovelace moved to screening." */
export function movedSentence(name: string, to: ApplicationStatus): string {
  if (to === 'rejected') return `${name} was rejected.`;
  if (to === 'hired') return `${name} was marked as hired.`;
  return `${name} moved to ${STATUS_LABELS[to].toLowerCase()}.`;
}
