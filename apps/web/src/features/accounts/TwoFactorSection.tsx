// Two-factor authentication: turn it on (scan a QR code or type the key, confirm a code, save the recovery
// codes), replace the recovery codes, or turn it off with the password and a code. Admins must keep it on.
import { disableMfaInput, mfaCodeInput } from '@hotgigs/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { OneTimeCodeField } from '../../components/form/OneTimeCodeField.tsx';
import { PasswordField } from '../../components/form/PasswordField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Tag } from '../../components/Tag.tsx';
import { formErrorsFromApi } from '../../lib/form-errors.ts';
import { SESSION_QUERY_KEY } from '../../lib/session.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { useFormFeedback, useFormValues } from '../../lib/use-form-feedback.ts';
import { totpCodeInput } from './one-time-code.ts';
import { groupSecret, secretFromOtpauthUrl } from './otpauth.ts';
import { RecoveryCodes } from './RecoveryCodes.tsx';

type Enrolment = RouterOutputs['mfa']['startEnrolment'];

function useRefreshMfa() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.mfa.status.pathFilter()),
      queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
      queryClient.invalidateQueries(trpc.auth.sessions.list.pathFilter()),
    ]);
}

function EnrolmentSteps({ enrolment, onEnabled, onCancel }: { enrolment: Enrolment; onEnabled: (codes: string[]) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const [code, setCode] = useState('');
  const [copied, setCopied] = useState(false);
  const { bindForm, ...form } = useFormFeedback(['code'] as const);
  const confirm = useMutation(
    trpc.mfa.confirmEnrolment.mutationOptions({
      onSuccess: (result) => onEnabled(result.recoveryCodes),
      onError: form.showApiError,
    }),
  );
  const secret = secretFromOtpauthUrl(enrolment.otpauthUrl) ?? '';

  return (
    <div className="flex flex-col gap-6" data-testid="mfa-enrolment">
      <ol className="flex flex-col gap-6">
        <li className="flex flex-col gap-3">
          <h3 className="font-semibold text-slate-900">1. Scan this QR code with your authenticator app</h3>
          <p className="text-sm text-slate-600">
            Any app that supports time-based codes works, such as Google Authenticator, Microsoft Authenticator, 1Password or
            Aegis.
          </p>
          <img
            src={enrolment.qrCodeDataUrl}
            alt="QR code to add Hotgigs to your authenticator app. The key below sets it up too."
            width={220}
            height={220}
            className="size-44 rounded-lg border border-slate-200 bg-white p-1 sm:size-52"
            data-testid="mfa-qr-code"
          />
        </li>
        <li className="flex flex-col gap-2">
          <h3 className="font-semibold text-slate-900">2. Or type this key into the app</h3>
          <p className="text-sm text-slate-600">Choose “enter a setup key” and pick “time-based” if asked.</p>
          <div className="flex flex-wrap items-center gap-2">
            <code
              className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 font-mono text-base tracking-wide break-all text-slate-900"
              data-testid="totp-secret"
            >
              {groupSecret(secret)}
            </code>
            <button
              type="button"
              className={`${BUTTON_STYLES.secondary} text-sm`}
              onClick={() => navigator.clipboard.writeText(secret).then(() => setCopied(true), () => setCopied(false))}
            >
              {copied ? 'Copied' : 'Copy key'}
            </button>
          </div>
        </li>
        <li>
          <form
            ref={bindForm}
            noValidate
            onSubmit={form.submitWith(totpCodeInput, { code }, confirm.mutate)}
            className="flex flex-col gap-3"
            aria-labelledby="mfa-confirm-heading"
          >
            <h3 id="mfa-confirm-heading" className="font-semibold text-slate-900">
              3. Enter the code the app shows
            </h3>
            <FormAlert banner={form.banner} />
            <OneTimeCodeField
              label="6-digit code"
              name="code"
              value={code}
              onChange={(value) => {
                setCode(value);
                form.clearField('code');
              }}
              error={form.errors.code}
            />
            <div className="flex flex-wrap gap-3">
              <SubmitButton pending={confirm.isPending} pendingLabel="Checking…" testId="mfa-confirm">
                Turn on two-factor authentication
              </SubmitButton>
              <button type="button" className={BUTTON_STYLES.secondary} onClick={onCancel}>
                Cancel
              </button>
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
}

function RegenerateCodesForm({ onCodes, onCancel }: { onCodes: (codes: string[]) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const [code, setCode] = useState('');
  const { bindForm, ...form } = useFormFeedback(['code'] as const);
  const regenerate = useMutation(
    trpc.mfa.regenerateRecoveryCodes.mutationOptions({
      onSuccess: (result) => onCodes(result.recoveryCodes),
      onError: form.showApiError,
    }),
  );
  return (
    <form
      ref={bindForm}
      noValidate
      onSubmit={form.submitWith(mfaCodeInput, { code }, regenerate.mutate)}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
      aria-label="Replace recovery codes"
    >
      <p className="text-sm text-slate-700">New codes replace all the old ones, used or not.</p>
      <FormAlert banner={form.banner} />
      <OneTimeCodeField
        acceptsRecoveryCode
        label="Code from your authenticator app"
        hint="Or one of your recovery codes."
        name="code"
        autoFocus
        value={code}
        onChange={(value) => {
          setCode(value);
          form.clearField('code');
        }}
        error={form.errors.code}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={regenerate.isPending} pendingLabel="Creating…" className="text-sm">
          Create new codes
        </SubmitButton>
        <button type="button" className={`${BUTTON_STYLES.secondary} text-sm`} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function DisableForm({ email, onDisabled, onCancel }: { email: string; onDisabled: () => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const { bindForm, ...form } = useFormFeedback(['password', 'code'] as const);
  const { values, set } = useFormValues({ password: '', code: '' }, form.clearField);
  const disable = useMutation(trpc.mfa.disable.mutationOptions({ onSuccess: onDisabled, onError: form.showApiError }));
  return (
    <form
      ref={bindForm}
      noValidate
      onSubmit={form.submitWith(disableMfaInput, values, disable.mutate)}
      className="flex flex-col gap-4 rounded-lg border border-red-200 bg-red-50/40 p-4"
      aria-label="Turn off two-factor authentication"
    >
      <p className="text-sm text-slate-700">
        Without it, your password alone signs you in. Your other sessions end and your recovery codes stop working.
      </p>
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormAlert banner={form.banner} />
      <PasswordField
        label="Password"
        name="password"
        autoComplete="current-password"
        maxLength={128}
        autoFocus
        value={values.password}
        onChange={set('password')}
        error={form.errors.password}
      />
      <OneTimeCodeField
        acceptsRecoveryCode
        label="Code from your authenticator app"
        hint="Or one of your recovery codes."
        name="code"
        value={values.code}
        onChange={set('code')}
        error={form.errors.code}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={disable.isPending} pendingLabel="Turning off…" variant="danger" className="text-sm">
          Turn off two-factor authentication
        </SubmitButton>
        <button type="button" className={`${BUTTON_STYLES.secondary} text-sm`} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function TwoFactorSection({ email }: { email: string }) {
  const trpc = useTRPC();
  const status = useQuery(trpc.mfa.status.queryOptions());
  const refresh = useRefreshMfa();
  const [enrolment, setEnrolment] = useState<Enrolment | undefined>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | undefined>();
  const [panel, setPanel] = useState<'none' | 'regenerate' | 'disable'>('none');
  const [notice, setNotice] = useState<string | undefined>();
  const start = useMutation(trpc.mfa.startEnrolment.mutationOptions({ onSuccess: setEnrolment }));

  // Shown first and whatever the status says: they exist nowhere else once this screen is gone.
  if (recoveryCodes) {
    return <RecoveryCodes codes={recoveryCodes} email={email} onDone={() => setRecoveryCodes(undefined)} />;
  }
  if (!status.data) {
    if (status.isError) {
      return (
        <ErrorState title="We couldn't load your two-factor settings" titleAs="h3" error={status.error} onRetry={() => void status.refetch()} />
      );
    }
    return <p className="text-slate-600">Loading…</p>;
  }
  const { enabled, recoveryCodesLeft, required } = status.data;

  if (enrolment) {
    return (
      <EnrolmentSteps
        enrolment={enrolment}
        onCancel={() => setEnrolment(undefined)}
        onEnabled={(codes) => {
          setEnrolment(undefined);
          setRecoveryCodes(codes);
          setNotice('Two-factor authentication is on. From now on you sign in with your password and a code.');
          void refresh();
        }}
      />
    );
  }

  return (
    <div className="flex flex-col gap-4" data-testid="mfa-status">
      {notice && <Notice>{notice}</Notice>}
      <p className="flex flex-wrap items-center gap-2 text-slate-800">
        Status: {enabled ? <Tag tone="success">On</Tag> : <Tag tone={required ? 'danger' : 'neutral'}>Off</Tag>}
      </p>
      {!enabled && (
        <>
          {required && (
            <Notice tone="warning" testId="mfa-required">
              Administrators must turn on two-factor authentication before they can manage users.
            </Notice>
          )}
          <p className="text-slate-700">You need an authenticator app on your phone. Setting it up takes a minute.</p>
          {start.isError && <FormAlert banner={formErrorsFromApi(start.error, []).banner} />}
          <SubmitButton
            type="button"
            pending={start.isPending}
            pendingLabel="Starting…"
            onClick={() => {
              setNotice(undefined);
              start.mutate();
            }}
            className="self-start"
            testId="mfa-start"
          >
            Set up two-factor authentication
          </SubmitButton>
        </>
      )}
      {enabled && (
        <>
          <p className={recoveryCodesLeft <= 3 ? 'font-medium text-amber-900' : 'text-slate-700'} data-testid="recovery-codes-left">
            {recoveryCodesLeft === 1 ? '1 recovery code left.' : `${recoveryCodesLeft} recovery codes left.`}
            {recoveryCodesLeft <= 3 && ' Create new ones before you run out.'}
          </p>
          {panel === 'regenerate' ? (
            <RegenerateCodesForm
              onCancel={() => setPanel('none')}
              onCodes={(codes) => {
                setPanel('none');
                setRecoveryCodes(codes);
                setNotice('New recovery codes created; the old ones no longer work.');
                void refresh();
              }}
            />
          ) : panel === 'disable' ? (
            <DisableForm
              email={email}
              onCancel={() => setPanel('none')}
              onDisabled={() => {
                setPanel('none');
                setNotice('Two-factor authentication is off.');
                void refresh();
              }}
            />
          ) : (
            <div className="flex flex-wrap gap-3">
              <button type="button" className={`${BUTTON_STYLES.secondary} text-sm`} onClick={() => {
                  setNotice(undefined);
                  setPanel('regenerate');
                }}>
                Replace recovery codes
              </button>
              {required ? (
                <p className="self-center text-sm text-slate-600">Administrators must keep two-factor authentication on.</p>
              ) : (
                <button type="button" className={`${BUTTON_STYLES.dangerOutline} text-sm`} onClick={() => {
                    setNotice(undefined);
                    setPanel('disable');
                  }}>
                  Turn off
                </button>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}
