// Personal API tokens for scripts (docs/rest.md#api-tokens): make one with a name, a scope and an expiry, copy
// it while it is shown (once), see when each was last used and from where, revoke any.
import { API_TOKEN_LIFETIMES_DAYS, createApiTokenInput } from '@hotgigs/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Tag } from '../../components/Tag.tsx';
import { formErrorsFromApi } from '../../lib/form-errors.ts';
import { formatCalendarDate, formatPostedAge } from '../../lib/format.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { useFormFeedback, useFormValues } from '../../lib/use-form-feedback.ts';
import { useNow } from '../../lib/use-now.ts';

type ApiToken = RouterOutputs['auth']['apiTokens']['list'][number];

const FIELDS = ['name', 'scope', 'expiresInDays'] as const;
const SCOPES = [
  { value: 'read', label: 'Read-only: search, read applications and profiles' },
  { value: 'full', label: 'Full access: also post, apply, move applicants' },
] as const;
const LIFETIMES = [
  ...API_TOKEN_LIFETIMES_DAYS.map((days) => ({ value: String(days), label: days === 365 ? '1 year' : `${days} days` })),
  { value: 'never', label: 'No expiry (until revoked)' },
] as const;
const EMPTY = { name: '', scope: 'read' as 'read' | 'full', expiresInDays: '90' as string };

function NewToken({ token, onDone }: { token: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <Notice className="flex flex-col gap-3" testId="new-api-token">
      <p className="font-semibold">Copy your new token now: it is shown only this once.</p>
      <div className="flex flex-wrap items-center gap-2">
        <code className="rounded-md border border-slate-200 bg-white px-3 py-2 font-mono text-sm break-all text-slate-900" data-testid="api-token-value">
          {token}
        </code>
        <button
          type="button"
          className={`${BUTTON_STYLES.secondary} text-sm`}
          onClick={() => navigator.clipboard.writeText(token).then(() => setCopied(true), () => setCopied(false))}
        >
          {copied ? 'Copied' : 'Copy token'}
        </button>
      </div>
      <p className="text-sm">
        Send it as <code>Authorization: Bearer …</code>. Keep it out of code you share; revoke it here if it leaks.
      </p>
      <button type="button" className={`${BUTTON_STYLES.secondary} self-start text-sm`} onClick={onDone}>
        I have saved it
      </button>
    </Notice>
  );
}

function TokenItem({ token, now }: { token: ApiToken; now: Date }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(
    trpc.auth.apiTokens.revoke.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.auth.apiTokens.list.pathFilter()),
    }),
  );
  const used = token.lastUsedAt ? formatPostedAge(token.lastUsedAt, now) : undefined;
  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:justify-between" data-testid="api-token">
      <div className="flex min-w-0 flex-col gap-1">
        <p className="flex flex-wrap items-center gap-2 font-semibold break-all text-slate-900">
          {token.name}
          <Tag tone={token.scope === 'full' ? 'warning' : 'neutral'}>{token.scope === 'full' ? 'Full access' : 'Read-only'}</Tag>
          {token.expired && <Tag tone="danger">Expired</Tag>}
        </p>
        <p className="text-sm text-slate-600">
          made <time dateTime={token.createdAt.toISOString()}>{formatCalendarDate(token.createdAt)}</time>
          {' · '}
          {token.expiresAt ? (
            <>
              {token.expired ? 'expired' : 'expires'} <time dateTime={token.expiresAt.toISOString()}>{formatCalendarDate(token.expiresAt)}</time>
            </>
          ) : (
            'no expiry'
          )}
          {' · '}
          {used ? `last used ${used === 'now' ? 'just now' : used}${token.lastUsedIp ? ` from ${token.lastUsedIp}` : ''}` : 'never used'}
        </p>
        {revoke.isError && <FormAlert banner={formErrorsFromApi(revoke.error, []).banner} />}
      </div>
      <ConfirmAction
        label="Revoke"
        ariaLabel={`Revoke the token ${token.name}`}
        question="Revoke this token? Scripts using it stop working at once."
        confirmLabel="Revoke it"
        pendingLabel="Revoking…"
        pending={revoke.isPending}
        onConfirm={() => revoke.mutateAsync({ id: token.id })}
        testId="revoke-api-token"
      />
    </li>
  );
}

export function ApiTokensSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const now = useNow();
  const tokens = useQuery(trpc.auth.apiTokens.list.queryOptions());
  const { bindForm, ...form } = useFormFeedback(FIELDS);
  const [shown, setShown] = useState<string | undefined>();
  const create = useMutation(
    trpc.auth.apiTokens.create.mutationOptions({
      onSuccess: (made) => {
        setShown(made.token);
        void queryClient.invalidateQueries(trpc.auth.apiTokens.list.pathFilter());
      },
      onError: form.showApiError,
    }),
  );
  const { values, setValues, set } = useFormValues(EMPTY, form.clearField);
  const input = { name: values.name, scope: values.scope, expiresInDays: values.expiresInDays === 'never' ? null : Number(values.expiresInDays) };

  return (
    <div className="flex flex-col gap-6">
      {shown && <NewToken token={shown} onDone={() => setShown(undefined)} />}
      {tokens.data ? (
        tokens.data.length === 0 ? (
          <p className="text-slate-600">No tokens yet. Scripts and other services use one to call the Hotgigs API as you.</p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-100" aria-label="API tokens">
            {tokens.data.map((token) => (
              <TokenItem key={token.id} token={token} now={now} />
            ))}
          </ul>
        )
      ) : tokens.isError ? (
        <ErrorState title="We couldn't load your API tokens" titleAs="h3" error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : (
        <p className="text-slate-600">Loading…</p>
      )}
      <form
        ref={bindForm}
        noValidate
        onSubmit={form.submitWith(createApiTokenInput, input, (valid) => create.mutate(valid, { onSuccess: () => setValues(EMPTY) }))}
        className="flex max-w-md flex-col gap-4 border-t border-slate-200 pt-5"
        aria-labelledby="new-api-token-heading"
        data-testid="api-token-form"
      >
        <h3 id="new-api-token-heading" className="font-semibold text-slate-900">
          Make a token
        </h3>
        <FormAlert banner={form.banner} />
        <TextField
          label="Name"
          name="name"
          maxLength={60}
          value={values.name}
          onChange={set('name')}
          error={form.errors.name}
          hint="What uses it, like “nightly export”."
          autoComplete="off"
        />
        <SelectField label="Access" name="scope" value={values.scope} onChange={set('scope')} options={SCOPES} error={form.errors.scope} />
        <SelectField label="Expires" name="expiresInDays" value={values.expiresInDays} onChange={set('expiresInDays')} options={LIFETIMES} error={form.errors.expiresInDays} />
        <SubmitButton pending={create.isPending} pendingLabel="Making…" className="self-start">
          Make token
        </SubmitButton>
      </form>
    </div>
  );
}
