// The profile's closed choices in words, for the editor and the read-only card.
import type { LinkKind, ProfileVisibility, RemotePreference } from '@hotgigs/shared';

export const REMOTE_LABELS: Record<RemotePreference, string> = {
  onsite: 'On-site',
  hybrid: 'Hybrid',
  remote: 'Remote',
  any: 'Any of these',
};
export const VISIBILITY_LABELS: Record<ProfileVisibility, string> = {
  public: 'Public',
  recruiters_only: 'Recruiters only',
  hidden: 'Hidden',
};
/** One line each: who can open the profile. Contact details are never shown (profile.byId leaves them out). */
export const VISIBILITY_MEANINGS: Record<ProfileVisibility, string> = {
  public: 'Recruiters can find and open your profile; your phone and email stay private.',
  recruiters_only: 'Only recruiters signed in to Hotgigs can open your profile; your phone and email stay private.',
  hidden: 'Nobody can open your profile; employers see only what you send when you apply.',
};
export const LINK_LABELS: Record<LinkKind, string> = { linkedin: 'LinkedIn', github: 'GitHub', website: 'Website', other: 'Other' };
export const PROFICIENCY_LABELS = ['', '1 · Beginner', '2 · Basic', '3 · Competent', '4 · Advanced', '5 · Expert'] as const;
