// The page behind the reset link: choose a new password. Every session ends, so it is followed by signing in.
import { newPasswordInput } from '@hotgigs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { z } from 'zod';
import { BUTTON_STYLES, TEXT_LINK } from '../../components/button-styles.ts';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { PasswordField } from '../../components/form/PasswordField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { describeApiError } from '../../lib/api-error.ts';
import { forgetSession } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFormFeedback } from '../../lib/use-form-feedback.ts';
import { AuthCard } from './AuthCard.tsx';

const FIELDS = ['newPassword'] as const;
const newPasswordForm = z.object({ newPassword: newPasswordInput });

function MissingToken() {
  return (
    <AuthCard title="This reset link is incomplete" testId="reset-password">
      <div className="flex flex-col items-start gap-4">
        <p className="text-slate-700">
          Open the link from the email again, or copy all of it into the address bar. Links work for one hour.
        </p>
        <Link to="/forgot-password" className={BUTTON_STYLES.primary}>
          Send me a new link
        </Link>
      </div>
    </AuthCard>
  );
}

export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const { token } = useSearch({ from: '/reset-password' });
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [newPassword, setNewPassword] = useState('');
  const { bindForm, ...form } = useFormFeedback(FIELDS);
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: async () => {
        await navigate({
          to: '/sign-in',
          replace: true,
          state: (previous) => ({ ...previous, notice: 'Your password is changed. Sign in with your new password.' }),
        });
        // Every session of the account ended, this browser's included.
        await forgetSession(queryClient);
      },
      onError: form.showApiError,
    }),
  );

  if (!token) return <MissingToken />;
  // A refused token is not a field of this form: the banner says so, with a way to get a new link.
  const tokenRefused = reset.isError && describeApiError(reset.error).code === 'BAD_REQUEST' && !form.errors.newPassword;

  return (
    <AuthCard
      title="Choose a new password"
      description={<p>Saving it signs you out on every device; then sign in with the new password.</p>}
      testId="reset-password"
    >
      <form
        ref={bindForm}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const input = form.check(newPasswordForm, { newPassword });
          if (input) reset.mutate({ token, newPassword: input.newPassword });
        }}
        className="flex flex-col gap-5"
      >
        <FormAlert banner={form.banner}>
          {tokenRefused && (
            <Link to="/forgot-password" className={`${TEXT_LINK} self-start`}>
              Send me a new link
            </Link>
          )}
        </FormAlert>
        <PasswordField
          label="New password"
          name="newPassword"
          autoComplete="new-password"
          maxLength={256}
          required
          value={newPassword}
          onChange={(value) => {
            setNewPassword(value);
            form.clearField('newPassword');
          }}
          error={form.errors.newPassword}
          rules={{}}
        />
        <SubmitButton pending={reset.isPending} pendingLabel="Saving…">
          Save the new password
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
