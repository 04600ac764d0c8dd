// A compile-time check that the API's answers fit the shapes the profile pages are written against
// (profile-api.ts): a change to the profile or resume procedures that the pages cannot read fails the typecheck.
import type { RouterOutputs } from '../../lib/trpc.ts';
import type { OwnProfile, PublicProfile, ResumeDetail } from './profile-api.ts';
import type { ResumeSummary } from './ResumeList.tsx';

type Fits<T extends U, U> = [T, U];

export type ProfileApiFits = [
  Fits<RouterOutputs['profile']['get'], OwnProfile>,
  Fits<RouterOutputs['profile']['update'], OwnProfile>,
  Fits<RouterOutputs['profile']['byId'], PublicProfile>,
  Fits<RouterOutputs['resume']['list'], ResumeSummary[]>,
  Fits<RouterOutputs['resume']['get'], ResumeDetail>,
  Fits<RouterOutputs['resume']['applyToProfile'], OwnProfile>,
];
