// A candidate's job alerts: each saved search with what it looks for in words, the way to run it now, how often
// it emails (changed in place), pausing and resuming it, and deleting it after a confirmation.
import { ALERT_NAME_MAX, alertUpdateInput, MAX_ALERTS_PER_CANDIDATE, type AlertFrequency } from '@hotgigs/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useRef, useState, type ReactNode } from 'react';
import { BUTTON_STYLES, TEXT_LINK } from '../../components/button-styles.ts';
import { CandidatesOnly } from '../../components/CandidatesOnly.tsx';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { LoadingText } from '../../components/LoadingText.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { Tag } from '../../components/Tag.tsx';
import { describeApiError } from '../../lib/api-error.ts';
import { formErrorsFromApi } from '../../lib/form-errors.ts';
import { formatCalendarDate, formatCount } from '../../lib/format.ts';
import { useTRPC, type RouterInputs, type RouterOutputs } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFormFeedback } from '../../lib/use-form-feedback.ts';
import { ALERT_FREQUENCY_OPTIONS, ALERT_FREQUENCY_PHRASES, searchFromAlertFilters, summarizeAlertFilters } from './job-alerts.ts';

type JobAlert = RouterOutputs['alert']['list'][number];
type AlertChange = Omit<RouterInputs['alert']['update'], 'id'>;

/** What a change did, in the words of the status line under the alert. */
function describeChange(change: AlertChange): string {
  if (change.active === false) return 'Paused. No emails until you resume it.';
  if (change.active === true) return 'Resumed. Its next email has the jobs published from now on.';
  if (change.frequency) return `Emails now come ${ALERT_FREQUENCY_PHRASES[change.frequency]}.`;
  if (change.name) return `Renamed to “${change.name}”.`;
  return 'Saved.';
}

/** `alert.update`, shown at once in the list and undone if the server refuses. */
function useUpdateAlert() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listKey = trpc.alert.list.queryKey();
  return useMutation(
    trpc.alert.update.mutationOptions({
      onMutate: async ({ id, ...change }) => {
        await queryClient.cancelQueries({ queryKey: listKey });
        const previous = queryClient.getQueryData(listKey);
        queryClient.setQueryData(listKey, (alerts) =>
          alerts?.map((alert) =>
            alert.id === id
              ? {
                  ...alert,
                  ...(change.frequency !== undefined && { frequency: change.frequency }),
                  ...(change.name !== undefined && { name: change.name }),
                  ...(change.active !== undefined && { active: change.active }),
                }
              : alert,
          ),
        );
        return { previous };
      },
      onError: (_error, _input, context) => queryClient.setQueryData(listKey, context?.previous),
      onSettled: () => queryClient.invalidateQueries({ queryKey: listKey }),
    }),
  );
}

const RENAME_FIELDS = ['name'] as const;

/** Renaming in place: the name as a field, saved with Enter or the button, and Escape or Cancel to leave it. */
function RenameAlertForm({ alert, onDone }: { alert: JobAlert; onDone: (renamed: boolean) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(alert.name);
  const { bindForm, ...form } = useFormFeedback(RENAME_FIELDS);
  const rename = useMutation(
    trpc.alert.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.alert.list.pathFilter());
        onDone(true);
      },
      onError: form.showApiError,
    }),
  );
  return (
    <form
      ref={bindForm}
      noValidate
      onSubmit={form.submitWith(alertUpdateInput, { id: alert.id, name }, rename.mutate)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone(false);
      }}
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
      data-testid="rename-alert-form"
    >
      <div className="min-w-0 flex-1">
        <TextField
          label="Alert name"
          maxLength={ALERT_NAME_MAX}
          autoComplete="off"
          value={name}
          onChange={(value) => {
            setName(value);
            form.clearField('name');
          }}
          error={form.errors.name}
          autoFocus
          data-testid="rename-alert-input"
        />
      </div>
      <div className="flex gap-2">
        <SubmitButton pending={rename.isPending} pendingLabel="Saving…" testId="rename-alert-save">
          Save name
        </SubmitButton>
        <button type="button" onClick={() => onDone(false)} className={BUTTON_STYLES.secondary}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function AlertItem({ alert, onDeleted }: { alert: JobAlert; onDeleted: (alert: JobAlert) => void }) {
  const [renaming, setRenaming] = useState(false);
  const [renamed, setRenamed] = useState(false);
  const renameRef = useRef<HTMLButtonElement>(null);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const update = useUpdateAlert();
  const remove = useMutation(
    trpc.alert.delete.mutationOptions({
      onSuccess: () => {
        onDeleted(alert);
        return queryClient.invalidateQueries(trpc.alert.list.pathFilter());
      },
    }),
  );
  const change = (patch: AlertChange) => {
    setRenamed(false);
    update.mutate({ id: alert.id, ...patch });
  };
  const summary = summarizeAlertFilters(alert.filters, 'en-US', alert.names);

  let status: ReactNode = null;
  if (renamed) status = `Renamed to “${alert.name}”.`;
  else if (update.isSuccess) status = describeChange(update.variables);
  else if (update.isPending) status = 'Saving…';

  return (
    <li>
      <article
        aria-labelledby={headingId}
        className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
        data-testid="alert"
      >
        <div className="flex flex-col gap-1">
          {renaming && (
            <RenameAlertForm
              alert={alert}
              onDone={(done) => {
                setRenaming(false);
                setRenamed(done);
                // The form is gone: the keyboard continues from the button that opened it.
                requestAnimationFrame(() => renameRef.current?.focus());
              }}
            />
          )}
          <h2 hidden={renaming} id={headingId} className="flex flex-wrap items-center gap-x-2 gap-y-1 text-lg font-semibold break-words text-slate-900">
            <span className="min-w-0" data-testid="alert-name">
              {alert.name}
            </span>
            {!alert.active && (
              <>
                <span className="sr-only">, </span>
                <Tag tone="warning">Paused</Tag>
              </>
            )}
          </h2>
          <p className="break-words text-slate-700">
            <span className="text-slate-600">Searches for: </span>
            <span data-testid="alert-summary">{summary}</span>
          </p>
          <p className="text-sm text-slate-600">
            {alert.lastSentAt ? (
              <>
                Last email <time dateTime={alert.lastSentAt.toISOString()}>{formatCalendarDate(alert.lastSentAt)}</time>
              </>
            ) : (
              <>
                Created <time dateTime={alert.createdAt.toISOString()}>{formatCalendarDate(alert.createdAt)}</time>, no email yet
              </>
            )}
          </p>
        </div>

        <div className="flex flex-col gap-4 border-t border-slate-100 pt-4 sm:flex-row sm:flex-wrap sm:items-end sm:justify-between">
          <SelectField
            label={
              <>
                Email me<span className="sr-only"> the new jobs of “{alert.name}”</span>
              </>
            }
            value={alert.frequency}
            onChange={(frequency: AlertFrequency) => change({ frequency })}
            options={ALERT_FREQUENCY_OPTIONS}
            selectClassName="sm:w-40"
            data-testid="alert-frequency"
          />
          <div className="flex flex-wrap items-center gap-2">
            <Link
              to="/jobs"
              search={searchFromAlertFilters(alert.filters)}
              className={`${BUTTON_STYLES.secondary} text-sm`}
              aria-label={`Run search: ${alert.name}`}
              data-testid="alert-run-search"
            >
              Run search
            </Link>
            <button
              ref={renameRef}
              type="button"
              onClick={() => {
                setRenamed(false);
                setRenaming(true);
              }}
              aria-label={`Rename alert: ${alert.name}`}
              aria-expanded={renaming}
              className={`${BUTTON_STYLES.secondary} text-sm`}
              data-testid="alert-rename"
            >
              Rename
            </button>
            <button
              type="button"
              onClick={() => change({ active: !alert.active })}
              aria-label={`${alert.active ? 'Pause' : 'Resume'} alert: ${alert.name}`}
              className={`${BUTTON_STYLES.secondary} text-sm`}
              data-testid="alert-toggle-active"
            >
              {alert.active ? 'Pause' : 'Resume'}
            </button>
            <ConfirmAction
              label="Delete"
              ariaLabel={`Delete alert: ${alert.name}`}
              question="Delete this alert?"
              confirmLabel="Delete it"
              pendingLabel="Deleting…"
              pending={remove.isPending}
              onConfirm={() => remove.mutateAsync({ id: alert.id })}
              testId="alert-delete"
            />
          </div>
        </div>
        <p role="status" className="-mt-2 text-sm text-slate-700" data-testid="alert-status">
          {status}
        </p>
        {update.isError && <FormAlert banner={formErrorsFromApi(update.error, []).banner} />}
        {remove.isError && <FormAlert banner={formErrorsFromApi(remove.error, []).banner} />}
      </article>
    </li>
  );
}

export function AlertsPage() {
  useDocumentTitle('Job alerts');
  const trpc = useTRPC();
  const alerts = useQuery(trpc.alert.list.queryOptions());
  const [deleted, setDeleted] = useState<string>();
  const statusRef = useRef<HTMLDivElement>(null);

  let content: ReactNode;
  if (alerts.data) {
    content =
      alerts.data.length > 0 ? (
        <ul className="flex flex-col gap-3" aria-label="Job alerts" data-testid="alert-list">
          {alerts.data.map((alert) => (
            <AlertItem
              key={alert.id}
              alert={alert}
              onDeleted={(gone) => {
                setDeleted(gone.name);
                // Its buttons are gone with it: the keyboard continues from the confirmation.
                statusRef.current?.focus();
              }}
            />
          ))}
        </ul>
      ) : (
        <EmptyState
          title="You have no job alerts"
          action={
            <Link to="/jobs" className={BUTTON_STYLES.primary} data-testid="alerts-search-link">
              Search jobs
            </Link>
          }
        >
          Search for jobs, then choose “Save this search as an alert” to get its new jobs by email, daily or weekly.
        </EmptyState>
      );
  } else if (alerts.isError) {
    content =
      describeApiError(alerts.error).code === 'FORBIDDEN' ? (
        <CandidatesOnly feature="Job alerts" />
      ) : (
        <ErrorState title="We couldn't load your alerts" error={alerts.error} onRetry={() => void alerts.refetch()} />
      );
  } else {
    content = (
      <LoadingText>Loading your alerts…</LoadingText>
    );
  }

  return (
    <PageContainer className="flex flex-col gap-6 pt-8 sm:pt-10">
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Job alerts</h1>
        <p className="text-slate-600">
          Searches you saved: we email you their new jobs.{' '}
          {alerts.data && alerts.data.length > 0 && (
            <span data-testid="alerts-count">
              {formatCount(alerts.data.length, 'alert', 'alerts')} of {MAX_ALERTS_PER_CANDIDATE}.
            </span>
          )}
        </p>
        {/* Mounted before it says anything, so screen readers announce the confirmation. */}
        <div
          ref={statusRef}
          tabIndex={-1}
          role="status"
          className="rounded-lg outline-none focus-visible:ring-3 focus-visible:ring-brand-700"
          data-testid="alerts-status"
        >
          {deleted && (
            <p className="mt-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-emerald-950">
              Deleted the alert <span className="font-semibold">{deleted}</span>.{' '}
              <Link to="/jobs" className={TEXT_LINK}>
                Search jobs
              </Link>{' '}
              to make another.
            </p>
          )}
        </div>
      </header>
      {content}
    </PageContainer>
  );
}
