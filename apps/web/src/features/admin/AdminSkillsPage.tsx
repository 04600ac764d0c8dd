// Admins review the skills candidates and recruiters added: approve one for everyone, reject it, or merge it
// into the existing skill it duplicates (the profiles and jobs using it move to that skill).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef, useState, type ReactNode } from 'react';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { LoadingText } from '../../components/LoadingText.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { Tag } from '../../components/Tag.tsx';
import { describeApiError } from '../../lib/api-error.ts';
import { formErrorsFromApi } from '../../lib/form-errors.ts';
import { formatCalendarDate, formatCount } from '../../lib/format.ts';
import { useSession } from '../../lib/session.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { SkillSearch, type SkillOption } from '../jobs/SkillSearch.tsx';

type PendingSkill = RouterOutputs['admin']['skills']['pending'][number];

const ROLE_LABELS: Record<string, string> = { candidate: 'candidate', recruiter: 'recruiter', admin: 'admin' };

function PendingSkillItem({ skill }: { skill: PendingSkill }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries(trpc.admin.skills.pending.pathFilter());
  // A reviewed skill changes what everybody's searches answer.
  const onSuccess = () => Promise.all([refresh(), queryClient.invalidateQueries(trpc.skill.search.pathFilter())]);
  const approve = useMutation(trpc.admin.skills.approve.mutationOptions({ onSuccess }));
  const reject = useMutation(trpc.admin.skills.reject.mutationOptions({ onSuccess }));
  const [merging, setMerging] = useState(false);
  const [target, setTarget] = useState<SkillOption | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const failed = [approve, reject].find((mutation) => mutation.isError);
  const busy = approve.isPending || reject.isPending;

  return (
    <li className="flex flex-col gap-3 p-4" data-testid="pending-skill" data-skill={skill.slug}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 className="text-lg font-semibold break-words text-slate-900">{skill.name}</h2>
        <span className="text-sm text-slate-600">
          Suggested by <span className="break-all">{skill.suggestedBy ?? 'a deleted account'}</span>
          {skill.suggestedByRole ? ` (${ROLE_LABELS[skill.suggestedByRole] ?? skill.suggestedByRole})` : ''} on{' '}
          {formatCalendarDate(new Date(skill.suggestedAt))}
        </span>
      </div>
      <p className="flex flex-wrap gap-1.5 text-sm">
        <Tag>Used by {formatCount(skill.usedByProfiles, 'profile', 'profiles')}</Tag>
        <Tag>Used by {formatCount(skill.usedByJobs, 'job', 'jobs')}</Tag>
      </p>
      <div className="flex flex-wrap items-start gap-2">
        <SubmitButton
          type="button"
          className="text-sm"
          pending={approve.isPending}
          pendingLabel="Approving…"
          onClick={() => !busy && approve.mutate({ id: skill.id })}
          testId="approve-skill"
        >
          Approve<span className="sr-only"> {skill.name}</span>
        </SubmitButton>
        <ConfirmAction
          label="Reject"
          ariaLabel={`Reject ${skill.name}`}
          question={`Reject ${skill.name}? It comes off the profiles and jobs using it.`}
          confirmLabel="Reject"
          pendingLabel="Rejecting…"
          pending={reject.isPending && !reject.variables?.mergeInto}
          disabled={busy}
          onConfirm={() => reject.mutateAsync({ id: skill.id })}
          testId="reject-skill"
        />
        {!merging && (
          <button
            type="button"
            className={`${BUTTON_STYLES.secondary} text-sm`}
            disabled={busy}
            onClick={() => {
              setMerging(true);
              setTimeout(() => searchRef.current?.focus());
            }}
            data-testid="merge-skill"
          >
            Merge into…<span className="sr-only"> (for {skill.name})</span>
          </button>
        )}
      </div>
      {merging && (
        <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
          <SkillSearch
            inputRef={searchRef}
            label={`Merge ${skill.name} into`}
            hint="The existing skill it duplicates: profiles and jobs using it move there."
            chosen={new Set([skill.slug])}
            allowNew={false}
            onPick={(option) => {
              setTarget(option);
              return `${option.name} chosen.`;
            }}
          />
          <div className="flex flex-wrap items-center gap-2">
            {target && (
              <ConfirmAction
                label={`Merge into ${target.name}`}
                question={`Merge ${skill.name} into ${target.name}?`}
                confirmLabel="Merge"
                pendingLabel="Merging…"
                pending={reject.isPending && Boolean(reject.variables?.mergeInto)}
                disabled={busy}
                onConfirm={() => reject.mutateAsync({ id: skill.id, mergeInto: target.slug })}
                testId="confirm-merge"
              />
            )}
            <button
              type="button"
              className={`${BUTTON_STYLES.secondary} text-sm`}
              onClick={() => {
                setMerging(false);
                setTarget(null);
              }}
            >
              Cancel merge
            </button>
          </div>
        </div>
      )}
      {failed?.error && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {formErrorsFromApi(failed.error, []).banner?.message}
        </p>
      )}
    </li>
  );
}

export function AdminSkillsPage() {
  useDocumentTitle('Skills to review');
  const { account } = useSession();
  const trpc = useTRPC();
  const isAdmin = account?.user.role === 'admin';
  const pending = useQuery(trpc.admin.skills.pending.queryOptions(undefined, { enabled: isAdmin, staleTime: 0 }));

  if (!account) return null;
  if (!isAdmin) {
    return (
      <PageContainer className="flex flex-col items-start gap-4 pt-16">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Skills to review</h1>
        <p className="text-slate-700">Only administrators can review skills.</p>
        <Link to="/account" className={BUTTON_STYLES.primary}>
          Go to your account
        </Link>
      </PageContainer>
    );
  }

  const forbidden = pending.isError && describeApiError(pending.error).code === 'FORBIDDEN';
  let content: ReactNode;
  if (forbidden) {
    content = (
      <Notice tone="warning" testId="admin-mfa-required">
        <div className="flex flex-col items-start gap-3">
          <p className="font-semibold">{describeApiError(pending.error).message}</p>
          <Link to="/account" hash="two-factor" className={BUTTON_STYLES.primary}>
            Set up two-factor authentication
          </Link>
        </div>
      </Notice>
    );
  } else if (pending.data) {
    content =
      pending.data.length === 0 ? (
        <EmptyState title="No skills waiting for review">Skills that candidates and recruiters add show up here.</EmptyState>
      ) : (
        <ul aria-label="Skills waiting for review" className="flex flex-col divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm">
          {pending.data.map((skill) => (
            <PendingSkillItem key={skill.id} skill={skill} />
          ))}
        </ul>
      );
  } else if (pending.isError) {
    content = <ErrorState title="We couldn't load the skills to review" error={pending.error} onRetry={() => void pending.refetch()} />;
  } else {
    content = <LoadingText>Loading skills…</LoadingText>;
  }

  return (
    <PageContainer className="flex flex-col gap-6 pt-8 sm:pt-10">
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Skills to review</h1>
        <p className="min-h-6 text-slate-600" aria-live="polite">
          {pending.data && !forbidden ? formatCount(pending.data.length, 'skill waiting', 'skills waiting') : ''}
        </p>
      </div>
      {content}
    </PageContainer>
  );
}
