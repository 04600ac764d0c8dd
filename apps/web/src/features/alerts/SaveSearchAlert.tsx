// "Save this search as an alert" on the search page: signed-in candidates name it and pick daily or weekly;
// visitors are asked to sign in and come back to this very search. Recruiters and admins see nothing.
import { ALERT_NAME_MAX, alertCreateInput, type AlertFrequency, type JobSearchFilters } from '@hotgigs/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from '@tanstack/react-router';
import { useId, useRef, useState } from 'react';
import { BUTTON_STYLES, TEXT_LINK } from '../../components/button-styles.ts';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { useSession } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useFormFeedback, useFormValues } from '../../lib/use-form-feedback.ts';
import { ALERT_FREQUENCY_OPTIONS, ALERT_FREQUENCY_PHRASES, sameAlertFilters, suggestAlertName, summarizeAlertFilters } from './job-alerts.ts';

const ALERT_FIELDS = ['name', 'frequency'] as const;

function SignInForAlerts() {
  const href = useLocation({ select: (location) => location.href });
  return (
    <p className="text-sm text-slate-700" data-testid="alert-sign-in-prompt">
      <Link to="/sign-in" search={{ redirect: href }} className={TEXT_LINK} data-testid="alert-sign-in">
        Sign in to save this search as an alert
      </Link>{' '}
      and get its new jobs by email.
    </p>
  );
}

function CreateAlertForm({ filters, onCancel, onCreated }: { filters: JobSearchFilters; onCancel: () => void; onCreated: (name: string, frequency: AlertFrequency) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const { bindForm, ...form } = useFormFeedback(ALERT_FIELDS);
  const { values, set } = useFormValues<{ name: string; frequency: AlertFrequency }>(
    () => ({ name: suggestAlertName(filters), frequency: 'daily' }),
    form.clearField,
  );
  const create = useMutation(
    trpc.alert.create.mutationOptions({
      onSuccess: (alert) => {
        void queryClient.invalidateQueries(trpc.alert.list.pathFilter());
        onCreated(alert.name, alert.frequency);
      },
      onError: form.showApiError,
    }),
  );
  return (
    <form
      ref={bindForm}
      noValidate
      onSubmit={form.submitWith(alertCreateInput, { ...values, filters }, create.mutate)}
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
      data-testid="create-alert-form"
    >
      <div className="flex flex-col gap-1">
        <h2 id={headingId} className="font-semibold text-slate-900">
          Save this search as an alert
        </h2>
        <p className="text-sm text-slate-600">
          We email you the new jobs that match: <span className="font-medium text-slate-800">{summarizeAlertFilters(filters)}</span>
        </p>
      </div>
      <FormAlert banner={form.banner} />
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_auto]">
        <TextField
          label="Alert name"
          name="name"
          maxLength={ALERT_NAME_MAX}
          autoComplete="off"
          value={values.name}
          onChange={set('name')}
          error={form.errors.name}
          autoFocus
          data-testid="alert-name"
        />
        <SelectField
          label="Email me"
          name="frequency"
          value={values.frequency}
          onChange={set('frequency')}
          options={ALERT_FREQUENCY_OPTIONS}
          error={form.errors.frequency}
          data-testid="alert-frequency"
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={create.isPending} pendingLabel="Saving…" testId="create-alert-submit">
          Create alert
        </SubmitButton>
        <button type="button" onClick={onCancel} className={BUTTON_STYLES.secondary}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The candidate's alert that already watches these filters, if any (one alert per search is enough). */
function useExistingAlert(filters: JobSearchFilters, enabled: boolean) {
  const trpc = useTRPC();
  const alerts = useQuery({ ...trpc.alert.list.queryOptions(), enabled });
  return alerts.data?.find((alert) => sameAlertFilters(alert.filters, filters));
}

export function SaveSearchAlert({ filters }: { filters: JobSearchFilters }) {
  const session = useSession();
  const isCandidate = session.status === 'signedIn' && session.account.user.role === 'candidate';
  const existing = useExistingAlert(filters, isCandidate);
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<{ name: string; frequency: AlertFrequency }>();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  if (session.status === 'signedOut') return <SignInForAlerts />;
  if (!isCandidate) return null;
  if (existing && !created) {
    return (
      <p className="text-sm text-slate-700" data-testid="alert-exists">
        Your alert <span className="font-semibold">{existing.name}</span> already emails you this search’s new jobs{' '}
        {ALERT_FREQUENCY_PHRASES[existing.frequency]}
        {existing.active ? '' : ' (paused)'}.{' '}
        <Link to="/alerts" className={TEXT_LINK} data-testid="manage-alerts-link">
          Manage your alerts
        </Link>
      </p>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => {
          setCreated(undefined);
          setOpen((wasOpen) => !wasOpen);
        }}
        className={`${BUTTON_STYLES.secondary} self-start text-sm`}
        data-testid="save-search-alert"
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" className="size-4 shrink-0 fill-current">
          <path d="M10 2a5 5 0 0 0-5 5v2.6c0 .8-.3 1.6-.8 2.2L3 13.3V15h14v-1.7l-1.2-1.5a3.5 3.5 0 0 1-.8-2.2V7a5 5 0 0 0-5-5Zm-2 14a2 2 0 0 0 4 0H8Z" />
        </svg>
        Save this search as an alert
      </button>
      {open && (
        <div id={formId}>
          <CreateAlertForm
            filters={filters}
            onCancel={() => {
              setOpen(false);
              toggleRef.current?.focus();
            }}
            onCreated={(name, frequency) => {
              setOpen(false);
              setCreated({ name, frequency });
              // The form is gone: the keyboard continues from the confirmation and its link.
              statusRef.current?.focus();
            }}
          />
        </div>
      )}
      {/* Mounted before it says anything, so screen readers announce the confirmation. */}
      <div ref={statusRef} tabIndex={-1} role="status" className="rounded-lg outline-none focus-visible:ring-3 focus-visible:ring-brand-700">
        {created && (
          <p className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-emerald-950" data-testid="alert-created">
            Alert saved: <span className="font-semibold">{created.name}</span>. We’ll email you its new jobs{' '}
            {ALERT_FREQUENCY_PHRASES[created.frequency]}.{' '}
            <Link to="/alerts" className={TEXT_LINK} data-testid="manage-alerts-link">
              Manage your alerts
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
