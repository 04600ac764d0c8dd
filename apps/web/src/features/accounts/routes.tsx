// The accounts' routes: the signed-out screens (sign in, sign up, confirm an email, reset a password) and the
// account page behind sign-in.
import { createRoute } from '@tanstack/react-router';
import { rootRoute, signedInRoute } from '../../routes/root.tsx';
import { AccountPage } from './AccountPage.tsx';
import { ForgotPasswordPage } from './ForgotPasswordPage.tsx';
import { ResetPasswordPage } from './ResetPasswordPage.tsx';
import { emailTokenSearchSchema, signInSearchSchema, signUpSearchSchema } from './search-params.ts';
import { SignInPage } from './SignInPage.tsx';
import { SignUpPage } from './SignUpPage.tsx';
import { VerifyEmailPage } from './VerifyEmailPage.tsx';

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: signInSearchSchema,
  component: SignInPage,
});

export const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  validateSearch: signUpSearchSchema,
  component: SignUpPage,
});

export const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: ForgotPasswordPage,
});

export const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: emailTokenSearchSchema,
  component: ResetPasswordPage,
});

export const verifyEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify-email',
  validateSearch: emailTokenSearchSchema,
  component: VerifyEmailPage,
});

export const accountRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/account',
  component: AccountPage,
});
