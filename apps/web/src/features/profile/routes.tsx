// The candidate profile's routes, behind sign-in and in their own chunks: the profile editor with its resumes,
// the review of one parsed resume, and a candidate's profile as recruiters see it.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { signedInRoute } from '../../routes/root.tsx';

export const profileRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/profile',
  component: lazyRouteComponent(() => import('./ProfilePage.tsx'), 'ProfilePage'),
});

export const resumeReviewRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/profile/resumes/$resumeId',
  component: lazyRouteComponent(() => import('./ResumeReviewPage.tsx'), 'ResumeReviewPage'),
});

export const candidateProfileRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/candidates/$candidateId',
  component: lazyRouteComponent(() => import('./CandidateProfilePage.tsx'), 'CandidateProfilePage'),
});
