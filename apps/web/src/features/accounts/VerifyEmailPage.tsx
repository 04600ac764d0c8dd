// The page behind the link in the confirmation email: the token is sent once, on arrival, and the answer shown:
// confirmed (in the browser that signed up, which is now signed in; elsewhere, sign in next with the address
// filled in) or not (expired or used: send a new link).
import { emailOnlyInput } from '@hotgigs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { formErrorsFromApi } from '../../lib/form-errors.ts';
import { rememberSignIn, useSession } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFormFeedback } from '../../lib/use-form-feedback.ts';
import { AuthCard } from './AuthCard.tsx';
import { homeOf } from './SignInPage.tsx';

const FIELDS = ['email'] as const;

function SendNewLink() {
  const trpc = useTRPC();
  const [email, setEmail] = useState('');
  const { bindForm, ...form } = useFormFeedback(FIELDS);
  const resend = useMutation(trpc.auth.resendVerification.mutationOptions({ onError: form.showApiError }));
  if (resend.isSuccess) {
    return (
      <Notice>
        If <strong className="break-all">{resend.variables.email}</strong> has an account waiting for confirmation, a new
        link is on its way. Only the newest link works.
      </Notice>
    );
  }
  return (
    <form
      ref={bindForm}
      noValidate
      onSubmit={form.submitWith(emailOnlyInput, { email }, resend.mutate)}
      className="flex flex-col gap-4 border-t border-slate-200 pt-5"
      aria-labelledby="send-new-link-heading"
    >
      <h2 id="send-new-link-heading" className="text-lg font-semibold text-slate-900">
        Send a new link
      </h2>
      <FormAlert banner={form.banner} />
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={254}
        value={email}
        onChange={(value) => {
          setEmail(value);
          form.clearField('email');
        }}
        error={form.errors.email}
      />
      <SubmitButton pending={resend.isPending} pendingLabel="Sending…" variant="secondary" testId="send-new-link">
        Send a new link
      </SubmitButton>
    </form>
  );
}

export function VerifyEmailPage() {
  const { token } = useSearch({ from: '/verify-email' });
  const trpc = useTRPC();
  const session = useSession();
  const queryClient = useQueryClient();
  const verify = useMutation(
    trpc.auth.verifyEmail.mutationOptions({
      // Opened in the browser that signed up: the answer is the account, and the session cookie came with it.
      onSuccess: async (answer) => {
        if (answer.signedIn) await rememberSignIn(queryClient, { user: answer.user, profile: answer.profile });
      },
    }),
  );
  const sentFor = useRef<string | undefined>(undefined);

  // Tokens are single-use: send each one once, even when React runs effects twice in development.
  const { mutate } = verify;
  useEffect(() => {
    if (!token || sentFor.current === token) return;
    sentFor.current = token;
    mutate({ token });
  }, [token, mutate]);

  const verified = verify.isSuccess;
  useDocumentTitle(verified ? 'Email confirmed' : verify.isError || !token ? 'Email not confirmed' : 'Confirming your email');

  if (verified) {
    const account = session.account;
    return (
      <AuthCard title="Your email is verified" focusTitle testId="email-verified">
        <div className="flex flex-col items-start gap-4">
          {account ? (
            <>
              <p className="text-slate-700" data-testid="verified-signed-in">
                Thank you. Your Hotgigs account is ready, and you are signed in as {account.user.email}.
              </p>
              <Link to={homeOf(account)} className={BUTTON_STYLES.primary} data-testid="verified-continue">
                {account.user.role === 'recruiter' ? 'Post your first job' : 'Start looking for jobs'}
              </Link>
            </>
          ) : (
            <>
              <p className="text-slate-700">Thank you. Your Hotgigs account is ready: sign in with your password.</p>
              <Link to="/sign-in" search={{ email: verify.data.email }} className={BUTTON_STYLES.primary} data-testid="verified-sign-in">
                Sign in
              </Link>
            </>
          )}
        </div>
      </AuthCard>
    );
  }

  if (!token || verify.isError) {
    const banner = verify.isError
      ? formErrorsFromApi(verify.error, []).banner
      : { message: 'This link is incomplete. Open it again from the email, or ask for a new one below.' };
    return (
      <AuthCard title="We couldn't confirm your email" focusTitle={verify.isError} testId="email-not-verified">
        <div className="flex flex-col gap-5">
          <FormAlert banner={banner} />
          <SendNewLink />
        </div>
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Confirming your email" testId="email-verifying">
      <p role="status" className="flex items-center gap-2 text-slate-700">
        <Spinner className="size-5 text-brand-700" />
        One moment…
      </p>
    </AuthCard>
  );
}
