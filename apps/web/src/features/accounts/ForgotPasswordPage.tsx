// "Forgot your password?": a reset link by email. The answer is the same whether or not the address has an
// account, so this page cannot be used to find out who has one.
import { emailOnlyInput } from '@hotgigs/shared';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { TEXT_LINK } from '../../components/button-styles.ts';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFormFeedback } from '../../lib/use-form-feedback.ts';
import { AuthCard } from './AuthCard.tsx';
import { CheckYourEmail } from './CheckYourEmail.tsx';

const FIELDS = ['email'] as const;

export function ForgotPasswordPage() {
  const trpc = useTRPC();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | undefined>();
  useDocumentTitle(sentTo ? 'Check your email' : 'Reset your password');
  const { bindForm, ...form } = useFormFeedback(FIELDS);
  const request = useMutation(
    trpc.auth.requestPasswordReset.mutationOptions({
      onSuccess: (_result, input) => setSentTo(input.email),
      onError: form.showApiError,
    }),
  );
  const again = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const backToSignIn = (
    <p>
      Remembered it?{' '}
      <Link to="/sign-in" className={TEXT_LINK}>
        Sign in
      </Link>
    </p>
  );

  if (sentTo) {
    return (
      <CheckYourEmail
        email={sentTo}
        resend={() => again.mutateAsync({ email: sentTo })}
        onStartOver={() => setSentTo(undefined)}
        footer={backToSignIn}
      >
        <p>If the address has a Hotgigs account, the email has a link to choose a new password. It works for one hour.</p>
      </CheckYourEmail>
    );
  }

  return (
    <AuthCard
      title="Reset your password"
      description={<p>Enter the email address you use for Hotgigs and we will send you a link to choose a new password.</p>}
      footer={backToSignIn}
      testId="forgot-password"
    >
      <form
        ref={bindForm}
        noValidate
        onSubmit={form.submitWith(emailOnlyInput, { email }, request.mutate)}
        className="flex flex-col gap-5"
      >
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
          required
          value={email}
          onChange={(value) => {
            setEmail(value);
            form.clearField('email');
          }}
          error={form.errors.email}
        />
        <SubmitButton pending={request.isPending} pendingLabel="Sending…">
          Send the reset link
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
