// /profile: the candidate's own profile. How complete it is, their resumes (upload, live parse status, review),
// and the editor. Candidates only: recruiters and admins are told so.
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { CandidatesOnly } from '../../components/CandidatesOnly.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingText } from '../../components/LoadingText.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { describeApiError, explainApiError } from '../../lib/api-error.ts';
import { SESSION_QUERY_KEY, useSession } from '../../lib/session.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useQueryClient } from '@tanstack/react-query';
import { CompletenessMeter } from './CompletenessMeter.tsx';
import { useDeleteResume, useOwnProfile, useRefreshResumes, useReparseResume, useResumes, useSaveProfile, useSetPrimaryResume } from './profile-api.ts';
import { FormSection, ProfileEditor } from './ProfileEditor.tsx';
import { ResumeList, type ResumeActions } from './ResumeList.tsx';
import { ResumeUpload } from './ResumeUpload.tsx';

function ResumesSection() {
  const queryClient = useQueryClient();
  const resumes = useResumes();
  const refresh = useRefreshResumes();
  const remove = useDeleteResume();
  const setPrimary = useSetPrimaryResume();
  const reparse = useReparseResume();
  const [pending, setPending] = useState<ResumeActions['pending']>();
  const [actionError, setActionError] = useState('');

  const run = (action: NonNullable<ResumeActions['pending']>['action'], mutate: (input: { id: string }) => Promise<unknown>) => async (id: string) => {
    setPending({ id, action });
    setActionError('');
    try {
      await mutate({ id });
    } catch (error) {
      setActionError(explainApiError(describeApiError(error)));
      throw error;
    } finally {
      setPending(undefined);
    }
  };
  const actions: ResumeActions = {
    pending,
    setPrimary: run('setPrimary', setPrimary.mutateAsync),
    reparse: run('reparse', reparse.mutateAsync),
    remove: run('remove', remove.mutateAsync),
  };

  let list;
  if (resumes.data) {
    list =
      resumes.data.length > 0 ? (
        <ResumeList resumes={resumes.data} actions={actions} />
      ) : (
        <EmptyState title="No resume yet" titleAs="h3">
          Upload one: we read it and suggest your experience, education and skills, for you to accept.
        </EmptyState>
      );
  } else if (resumes.isError) {
    list = <ErrorState title="We couldn't load your resumes" titleAs="h3" error={resumes.error} onRetry={() => void resumes.refetch()} />;
  } else {
    list = <LoadingText>Loading your resumes…</LoadingText>;
  }

  return (
    <FormSection id="profile-resumes" title="Resumes" description="Your primary resume goes with your applications.">
      <ResumeUpload
        onAnswer={async (answer) => {
          if (answer.status === 401) await queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
          await refresh();
        }}
      />
      {actionError && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-950" data-testid="resume-action-error">
          {actionError}
        </p>
      )}
      {list}
    </FormSection>
  );
}

function OwnProfile() {
  const profile = useOwnProfile();
  const save = useSaveProfile();
  if (profile.data) {
    return (
      <>
        <CompletenessMeter completeness={profile.data.completeness} />
        <ResumesSection />
        <ProfileEditor profile={profile.data} save={(changes) => save.mutateAsync(changes)} />
      </>
    );
  }
  if (profile.isError) return <ErrorState title="We couldn't load your profile" error={profile.error} onRetry={() => void profile.refetch()} />;
  return <LoadingText>Loading your profile…</LoadingText>;
}

export function ProfilePage() {
  useDocumentTitle('Your profile');
  const session = useSession();
  const isCandidate = session.account?.user.role === 'candidate';
  return (
    <PageContainer className="pt-6 sm:pt-8">
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        <header className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">Your profile</h1>
          <p className="text-slate-700">
            What recruiters see and what matching uses.{' '}
            <Link to="/jobs" className="rounded font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-900">
              Browse jobs
            </Link>
          </p>
        </header>
        {session.account ? isCandidate ? <OwnProfile /> : <CandidatesOnly feature="Profiles" /> : <LoadingText>Loading…</LoadingText>}
      </div>
    </PageContainer>
  );
}
