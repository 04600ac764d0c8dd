// Leaving Hotgigs: deactivate (reversible by an administrator) or delete (personal data erased, for good). Both
// ask for the password; deleting also asks to type a word, so it cannot happen by a slip of the finger.
import { passwordConfirmationInput } from '@hotgigs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState, type ReactNode } from 'react';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { PasswordField } from '../../components/form/PasswordField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { forgetSession } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useFormFeedback, useFormValues } from '../../lib/use-form-feedback.ts';

const DELETE_WORD = 'DELETE';

/** After the account is gone: leave for the home page with a last word, then forget the session. */
function useLeave() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return async (notice: string) => {
    await navigate({ to: '/', replace: true, state: (previous) => ({ ...previous, notice }) });
    await forgetSession(queryClient);
  };
}

function Disclosure({ label, children, testId }: { label: string; children: (close: () => void) => ReactNode; testId: string }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="flex flex-col gap-4">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className={`${BUTTON_STYLES.dangerOutline} self-start`}
        data-testid={testId}
      >
        {label}
      </button>
      <div id={panelId} hidden={!open}>
        {open && children(() => setOpen(false))}
      </div>
    </div>
  );
}

function DeactivateForm({ email, onCancel }: { email: string; onCancel: () => void }) {
  const trpc = useTRPC();
  const leave = useLeave();
  const [password, setPassword] = useState('');
  const { bindForm, ...form } = useFormFeedback(['password'] as const);
  const deactivate = useMutation(
    trpc.auth.deactivate.mutationOptions({
      onSuccess: () => leave('Your account is deactivated and you are signed out. An administrator can reactivate it.'),
      onError: form.showApiError,
    }),
  );
  return (
    <form
      ref={bindForm}
      noValidate
      onSubmit={form.submitWith(passwordConfirmationInput, { password }, deactivate.mutate)}
      className="flex max-w-md flex-col gap-4"
    >
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormAlert banner={form.banner} />
      <PasswordField
        label="Your password"
        name="password"
        autoComplete="current-password"
        maxLength={128}
        autoFocus
        value={password}
        onChange={(value) => {
          setPassword(value);
          form.clearField('password');
        }}
        error={form.errors.password}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={deactivate.isPending} pendingLabel="Deactivating…" variant="danger">
          Deactivate my account
        </SubmitButton>
        <button type="button" className={BUTTON_STYLES.secondary} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function DeleteForm({ email, onCancel }: { email: string; onCancel: () => void }) {
  const trpc = useTRPC();
  const leave = useLeave();
  const { bindForm, ...form } = useFormFeedback(['confirmation', 'password'] as const);
  const { values, set } = useFormValues({ confirmation: '', password: '' }, form.clearField);
  const remove = useMutation(
    trpc.account.delete.mutationOptions({
      onSuccess: () => leave('Your account is deleted. Thank you for using Hotgigs.'),
      onError: form.showApiError,
    }),
  );
  return (
    <form
      ref={bindForm}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const confirmed = values.confirmation.trim() === DELETE_WORD;
        const parsed = passwordConfirmationInput.safeParse({ password: values.password });
        if (!confirmed || !parsed.success) {
          form.show({
            fields: {
              ...(!confirmed && { confirmation: `Type ${DELETE_WORD} in capital letters to confirm.` }),
              ...(!parsed.success && { password: parsed.error.issues[0]?.message }),
            },
          });
          return;
        }
        remove.mutate(parsed.data);
      }}
      className="flex max-w-md flex-col gap-4"
    >
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormAlert banner={form.banner} />
      <TextField
        label={
          <>
            Type <span className="font-mono">{DELETE_WORD}</span> to confirm
          </>
        }
        name="confirmation"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={20}
        autoFocus
        value={values.confirmation}
        onChange={set('confirmation')}
        error={form.errors.confirmation}
      />
      <PasswordField
        label="Your password"
        name="password"
        autoComplete="current-password"
        maxLength={128}
        value={values.password}
        onChange={set('password')}
        error={form.errors.password}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={remove.isPending} pendingLabel="Deleting…" variant="danger" testId="delete-account-submit">
          Delete my account for good
        </SubmitButton>
        <button type="button" className={BUTTON_STYLES.secondary} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function CloseAccount({ email }: { email: string }) {
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h3 className="font-semibold text-slate-900">Deactivate</h3>
        <p className="text-slate-700">
          Your account stops working and you are signed out everywhere. Nothing is deleted; an administrator can
          reactivate it.
        </p>
        <Disclosure label="Deactivate my account…" testId="deactivate-open">
          {(close) => <DeactivateForm email={email} onCancel={close} />}
        </Disclosure>
      </div>
      <div className="flex flex-col gap-3 border-t border-slate-200 pt-6">
        <h3 className="font-semibold text-slate-900">Delete</h3>
        <p className="text-slate-700">
          Your profile, résumés, skills, saved jobs, alerts and messages are erased and your name is removed from your
          applications. This cannot be undone: download your data first if you want a copy.
        </p>
        <Disclosure label="Delete my account…" testId="delete-open">
          {(close) => <DeleteForm email={email} onCancel={close} />}
        </Disclosure>
      </div>
    </div>
  );
}
