// A company's owner invites colleagues: each gets an email with a link to sign up as a recruiter of the company.
import { emailOnlyInput } from '@hotgigs/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '../../components/ErrorState.tsx';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Tag } from '../../components/Tag.tsx';
import { formatCalendarDate } from '../../lib/format.ts';
import { useTRPC, type CompanyInvitation } from '../../lib/trpc.ts';
import { useFormFeedback } from '../../lib/use-form-feedback.ts';
import { useNow } from '../../lib/use-now.ts';

function InvitationState({ invitation, now }: { invitation: CompanyInvitation; now: Date }) {
  if (invitation.acceptedAt) return <Tag tone="success">Joined</Tag>;
  if (invitation.expiresAt <= now) return <Tag>Expired</Tag>;
  return <Tag tone="accent">Waiting</Tag>;
}

function InviteForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const { bindForm, ...form } = useFormFeedback(['email'] as const);
  const invite = useMutation(
    trpc.company.invitations.create.mutationOptions({
      onSuccess: () => {
        setEmail('');
        void queryClient.invalidateQueries(trpc.company.invitations.list.pathFilter());
      },
      onError: form.showApiError,
    }),
  );
  return (
    <form
      ref={bindForm}
      noValidate
      onSubmit={form.submitWith(emailOnlyInput, { email }, invite.mutate)}
      className="flex flex-col gap-4"
      aria-labelledby="invite-heading"
      data-testid="invite-form"
    >
      <h3 id="invite-heading" className="font-semibold text-slate-900">
        Invite a recruiter
      </h3>
      {invite.isSuccess && <Notice>Invitation sent to {invite.variables.email}. The link works for 7 days.</Notice>}
      <FormAlert banner={form.banner} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1">
          <TextField
            label="Their work email"
            type="email"
            name="email"
            autoComplete="off"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={254}
            value={email}
            onChange={(value) => {
              setEmail(value);
              form.clearField('email');
              if (invite.isSuccess) invite.reset();
            }}
            error={form.errors.email}
          />
        </div>
        <SubmitButton pending={invite.isPending} pendingLabel="Sending…" className="sm:mt-7">
          Send invitation
        </SubmitButton>
      </div>
    </form>
  );
}

export function CompanyInvitations() {
  const trpc = useTRPC();
  const now = useNow();
  const invitations = useQuery(trpc.company.invitations.list.queryOptions());
  return (
    <div className="flex flex-col gap-6">
      <InviteForm />
      <div className="flex flex-col gap-3">
        <h3 className="font-semibold text-slate-900">Invitations</h3>
        {invitations.data ? (
          invitations.data.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-slate-600">
              No invitations yet. Colleagues you invite appear here, with whether they have joined.
            </p>
          ) : (
            <ul className="flex flex-col divide-y divide-slate-100 rounded-lg border border-slate-200" aria-label="Invitations">
              {invitations.data.map((invitation) => (
                <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                  <span className="min-w-0 font-medium break-all text-slate-900">{invitation.email}</span>
                  <span className="flex items-center gap-3 text-sm text-slate-600">
                    Sent {formatCalendarDate(invitation.sentAt)}
                    <InvitationState invitation={invitation} now={now} />
                  </span>
                </li>
              ))}
            </ul>
          )
        ) : invitations.isError ? (
          <ErrorState title="We couldn't load the invitations" titleAs="h3" error={invitations.error} onRetry={() => void invitations.refetch()} />
        ) : (
          <p className="text-slate-600">Loading…</p>
        )}
      </div>
    </div>
  );
}
