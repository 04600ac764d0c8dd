// Signing in: email and password, then, for accounts with two-factor authentication, a code from the
// authenticator app or a recovery code. Afterwards, back to the page that asked for it (?redirect=), if on this site.
import { mfaCodeInput, signInInput } from '@hotgigs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { BUTTON_STYLES, TEXT_LINK } from '../../components/button-styles.ts';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { OneTimeCodeField } from '../../components/form/OneTimeCodeField.tsx';
import { PasswordField } from '../../components/form/PasswordField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { Notice } from '../../components/Notice.tsx';
import { describeApiError } from '../../lib/api-error.ts';
import { displayName, rememberSignIn, useSession } from '../../lib/session.ts';
import { useTRPC, type Account } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFormFeedback, useFormValues } from '../../lib/use-form-feedback.ts';
import { useSignOut } from '../../lib/use-sign-out.ts';
import { AuthCard } from './AuthCard.tsx';
import { totpCodeInput } from './one-time-code.ts';
import { safeRedirectPath } from './redirect.ts';

const SIGN_IN_FIELDS = ['email', 'password'] as const;
const MFA_FIELDS = ['code'] as const;

/** Where to go after signing in: the page that sent people here, never the sign-in or sign-up pages themselves. */
function destinationOf(redirect: string | undefined): string {
  const path = safeRedirectPath(redirect);
  if (!path || /^\/(sign-in|sign-up)(\/|\?|#|$)/.test(path)) return '/';
  return path;
}

/** Where each role's work is: recruiters their jobs, admins their screens, candidates the home page's search. */
export function homeOf(account: Account): string {
  if (account.user.role === 'recruiter') return '/recruiter/jobs';
  if (account.user.role === 'admin') return '/admin';
  return '/';
}

function isUnverifiedEmail(error: unknown): boolean {
  // The API tells this case apart only by its message (both it and "deactivated" are FORBIDDEN).
  const info = describeApiError(error);
  return info.code === 'FORBIDDEN' && /verify your email/i.test(info.message);
}

function ResendVerification({ email }: { email: string }) {
  const trpc = useTRPC();
  const resend = useMutation(trpc.auth.resendVerification.mutationOptions());
  if (resend.isSuccess) return <p className="text-sm font-medium">We sent a new link to {email}. Open it, then sign in.</p>;
  return (
    <div className="flex flex-col items-start gap-1">
      <SubmitButton
        type="button"
        variant="secondary"
        className="text-sm"
        pending={resend.isPending}
        pendingLabel="Sending…"
        onClick={() => resend.mutate({ email })}
        testId="resend-verification"
      >
        Send a new verification link
      </SubmitButton>
      {resend.isError && <p className="text-sm">{describeApiError(resend.error).message}</p>}
    </div>
  );
}

interface PasswordStepProps {
  onSignedIn: (account: Account) => Promise<void>;
  onMfaRequired: () => void;
}

function PasswordStep({ onSignedIn, onMfaRequired }: PasswordStepProps) {
  const trpc = useTRPC();
  // /sign-in?email=...: the confirmation page sends people here with their address filled in.
  const { email: knownEmail } = useSearch({ from: '/sign-in' });
  const { bindForm, ...form } = useFormFeedback(SIGN_IN_FIELDS);
  const { values, set } = useFormValues({ email: knownEmail ?? '', password: '' }, form.clearField);
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: async (result) => {
        if (result.mfaRequired || !result.user) onMfaRequired();
        else await onSignedIn({ user: result.user, profile: result.profile });
      },
      onError: form.showApiError,
    }),
  );

  return (
    <form
      ref={bindForm}
      noValidate
      onSubmit={form.submitWith(signInInput, values, signIn.mutate)}
      className="flex flex-col gap-5"
      data-testid="sign-in-form"
    >
      <FormAlert banner={form.banner}>
        {signIn.isError && isUnverifiedEmail(signIn.error) && <ResendVerification email={values.email.trim()} />}
      </FormAlert>
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={254}
        required
        value={values.email}
        onChange={set('email')}
        error={form.errors.email}
      />
      <div className="flex flex-col gap-1.5">
        <PasswordField
          label="Password"
          name="password"
          autoComplete="current-password"
          maxLength={128}
          required
          value={values.password}
          onChange={set('password')}
          error={form.errors.password}
        />
        <Link to="/forgot-password" className={`${TEXT_LINK} self-start text-sm`}>
          Forgot your password?
        </Link>
      </div>
      <SubmitButton pending={signIn.isPending} pendingLabel="Signing in…" testId="sign-in-submit">
        Sign in
      </SubmitButton>
    </form>
  );
}

interface MfaStepProps {
  onSignedIn: (account: Account) => Promise<void>;
  onStartOver: () => void;
}

function MfaStep({ onSignedIn, onStartOver }: MfaStepProps) {
  const trpc = useTRPC();
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const [code, setCode] = useState('');
  const { bindForm, ...form } = useFormFeedback(MFA_FIELDS);
  const verify = useMutation(
    trpc.auth.verifyMfa.mutationOptions({
      onSuccess: (result) => (result.user ? onSignedIn({ user: result.user, profile: result.profile }) : undefined),
      onError: form.showApiError,
    }),
  );
  const cancel = useMutation(trpc.auth.signOut.mutationOptions({ onSettled: onStartOver }));

  return (
    <form
      ref={bindForm}
      noValidate
      onSubmit={form.submitWith(useRecoveryCode ? mfaCodeInput : totpCodeInput, { code }, verify.mutate)}
      className="flex flex-col gap-5"
      data-testid="mfa-form"
    >
      <FormAlert banner={form.banner} />
      <OneTimeCodeField
        key={useRecoveryCode ? 'recovery' : 'totp'}
        acceptsRecoveryCode={useRecoveryCode}
        label={useRecoveryCode ? 'Recovery code' : 'Authentication code'}
        hint={
          useRecoveryCode
            ? 'One of the codes you saved when you turned on two-factor authentication, like k3jd-9x2q-m8rt. Each works once.'
            : 'The 6-digit code your authenticator app shows for Hotgigs.'
        }
        name="code"
        autoFocus
        value={code}
        onChange={(value) => {
          setCode(value);
          form.clearField('code');
        }}
        error={form.errors.code}
      />
      <SubmitButton pending={verify.isPending} pendingLabel="Checking…" testId="mfa-submit">
        Verify and sign in
      </SubmitButton>
      <div className="flex flex-col items-start gap-2 border-t border-slate-200 pt-4 text-sm">
        <button
          type="button"
          className={TEXT_LINK}
          onClick={() => {
            setUseRecoveryCode((recovery) => !recovery);
            setCode('');
            form.reset();
          }}
        >
          {useRecoveryCode ? 'Use a code from your authenticator app' : 'Use a recovery code instead'}
        </button>
        <button type="button" className={TEXT_LINK} disabled={cancel.isPending} onClick={() => cancel.mutate()}>
          Cancel and start again
        </button>
      </div>
    </form>
  );
}

function AlreadySignedIn({ account, destination }: { account: Account; destination: string }) {
  const signOut = useSignOut();
  return (
    <AuthCard title="You are signed in" description={<p>Signed in as {displayName(account)} ({account.user.email}).</p>}>
      <div className="flex flex-wrap gap-3">
        <Link to={destination === '/' ? '/account' : destination} className={BUTTON_STYLES.primary}>
          Continue
        </Link>
        <SubmitButton
          type="button"
          variant="secondary"
          pending={signOut.isPending}
          pendingLabel="Signing out…"
          onClick={() => signOut.mutate()}
        >
          Sign out
        </SubmitButton>
      </div>
    </AuthCard>
  );
}

export function SignInPage() {
  const { redirect } = useSearch({ from: '/sign-in' });
  const destination = destinationOf(redirect);
  const [step, setStep] = useState<'password' | 'mfa'>('password');
  const [finishing, setFinishing] = useState(false);
  useDocumentTitle(step === 'mfa' ? 'Two-factor authentication' : 'Sign in');
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const onSignedIn = async (account: Account) => {
    setFinishing(true);
    // The session must be known before navigating: pages behind sign-in check it on the way in.
    await rememberSignIn(queryClient, account);
    await navigate({
      // Sent here by a page: back to it. Otherwise each role lands where its work is.
      href: redirect && destination !== '/' ? destination : homeOf(account),
      replace: true,
      state: (previous) => ({ ...previous, notice: `Welcome back, ${account.profile?.firstName ?? account.user.email}.` }),
    });
  };

  if (session.account && !finishing) return <AlreadySignedIn account={session.account} destination={destination} />;

  if (step === 'mfa') {
    return (
      <AuthCard
        title="Two-factor authentication"
        description={<p>Your password was right. One more step: confirm it is you with your second factor.</p>}
        testId="mfa-step"
      >
        <MfaStep onSignedIn={onSignedIn} onStartOver={() => setStep('password')} />
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Sign in to Hotgigs"
      description={redirect && destination !== '/' ? <Notice tone="info">Sign in to continue.</Notice> : undefined}
      footer={
        <p>
          New to Hotgigs?{' '}
          <Link to="/sign-up" className={TEXT_LINK}>
            Create an account
          </Link>
        </p>
      }
      testId="sign-in"
    >
      <PasswordStep onSignedIn={onSignedIn} onMfaRequired={() => setStep('mfa')} />
    </AuthCard>
  );
}
