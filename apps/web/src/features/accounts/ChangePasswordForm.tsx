// Changing the password: the current one proves it is you; every other session ends.
import { changePasswordInput } from '@hotgigs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { PasswordField } from '../../components/form/PasswordField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useFormFeedback, useFormValues } from '../../lib/use-form-feedback.ts';

const FIELDS = ['currentPassword', 'newPassword'] as const;
const EMPTY = { currentPassword: '', newPassword: '' };

export function ChangePasswordForm({ email }: { email: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { bindForm, ...form } = useFormFeedback(FIELDS);
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries(trpc.auth.sessions.list.pathFilter()),
      onError: form.showApiError,
    }),
  );
  // A new keystroke after a change puts the "password changed" message away.
  const { values, setValues, set } = useFormValues(EMPTY, form.clearField, () => {
    if (change.isSuccess) change.reset();
  });
  const ended = change.data?.otherSessionsEnded ?? 0;

  return (
    <form
      ref={bindForm}
      noValidate
      onSubmit={form.submitWith(changePasswordInput, values, (input) => change.mutate(input, { onSuccess: () => setValues(EMPTY) }))}
      className="flex max-w-md flex-col gap-5"
      data-testid="change-password-form"
    >
      {/* Lets password managers save the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      {change.isSuccess && (
        <Notice>
          Your password is changed.{' '}
          {ended > 0 ? `We signed you out on ${ended} other ${ended === 1 ? 'device' : 'devices'}.` : ''}
        </Notice>
      )}
      <FormAlert banner={form.banner} />
      <PasswordField
        label="Current password"
        name="currentPassword"
        autoComplete="current-password"
        maxLength={128}
        value={values.currentPassword}
        onChange={set('currentPassword')}
        error={form.errors.currentPassword}
      />
      <PasswordField
        label="New password"
        name="newPassword"
        autoComplete="new-password"
        maxLength={256}
        value={values.newPassword}
        onChange={set('newPassword')}
        error={form.errors.newPassword}
        rules={{ email }}
      />
      <SubmitButton pending={change.isPending} pendingLabel="Changing…" className="self-start">
        Change password
      </SubmitButton>
    </form>
  );
}
