// /recruiter/applications/$applicationId: one applicant in full, as the company sees them. Where the application
// stands and the moves the pipeline allows now, the profile and contact details applying shared, the resume
// sent, the cover letter and answers, the history of moves, and the team's private notes with ratings (the
// candidate never sees those; docs/applications.md). Hints of duplicate accounts are shown, never acted on.
import { NOTE_MAX, REJECTION_REASONS } from '@hotgigs/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { BUTTON_STYLES, TEXT_LINK } from '../../components/button-styles.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingText } from '../../components/LoadingText.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { describeApiError, explainApiError, isNotFound } from '../../lib/api-error.ts';
import { formatCalendarDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { ProfileCard } from '../profile/CandidateProfilePage.tsx';
import { resumeFileUrl } from '../profile/ResumeList.tsx';
import { AnswerList } from './AnswerList.tsx';
import { useRefreshPipeline, type ApplicantDetail, type ApplicantNote } from './applications-api.ts';
import { movedSentence, STATUS_LABELS } from './labels.ts';
import { MoveControl, type MoveRequest } from './MoveControl.tsx';
import { Section } from './Section.tsx';
import { MatchReportPanel } from '../matching/MatchReportPanel.tsx';
import { StatusBadge } from './StatusBadge.tsx';

function Stars({ rating }: { rating: number }) {
  return (
    <span className="text-amber-600" aria-label={`Rated ${rating} of 5`} data-testid="note-rating">
      {'★'.repeat(rating)}
      <span className="text-slate-300">{'★'.repeat(5 - rating)}</span>
    </span>
  );
}

function Moves({ applicant, name }: { applicant: ApplicantDetail; name: string }) {
  const trpc = useTRPC();
  const refresh = useRefreshPipeline();
  const [said, setSaid] = useState('');
  const move = useMutation(trpc.pipeline.move.mutationOptions({ onSettled: () => refresh() }));
  const onMove = (request: MoveRequest) =>
    move.mutate(
      { id: applicant.id, to: request.to, reason: request.reason, message: request.message ?? null },
      {
        onSuccess: () => setSaid(movedSentence(name, request.to)),
        onError: (error) => setSaid(`${name} was not moved: ${explainApiError(describeApiError(error))}`),
      },
    );
  return (
    <div className="flex flex-col gap-2">
      {applicant.moves.length > 0 ? (
        <MoveControl moves={applicant.moves} who={name} pending={move.isPending} onMove={onMove} />
      ) : (
        <p className="text-sm text-slate-700">This application is closed: no further moves.</p>
      )}
      <p role="status" className="text-sm font-medium text-slate-800" data-testid="move-status">
        {said}
      </p>
    </div>
  );
}

function History({ history }: { history: ApplicantDetail['history'] }) {
  return (
    <ol className="flex flex-col gap-3" data-testid="history">
      {history.map((step) => (
        <li key={step.id} className="flex flex-col gap-0.5" data-testid="history-step">
          <p className="text-slate-900">
            <span className="font-semibold">{step.from ? `${STATUS_LABELS[step.from]} → ${STATUS_LABELS[step.to]}` : 'Applied'}</span>{' '}
            <time dateTime={step.at.toISOString()} className="text-sm text-slate-600">
              {formatCalendarDate(step.at)}
            </time>
            {step.by && <span className="text-sm text-slate-600"> · {step.by}</span>}
          </p>
          {step.reason && <p className="text-sm text-slate-700">Reason: {REJECTION_REASONS[step.reason]}</p>}
          {step.note && <p className="text-sm break-words whitespace-pre-line text-slate-700">Message to the candidate: {step.note}</p>}
        </li>
      ))}
    </ol>
  );
}

function NoteItem({ applicationId, note }: { applicationId: string; note: ApplicantNote }) {
  const trpc = useTRPC();
  const refresh = useRefreshPipeline();
  const remove = useMutation(trpc.pipeline.deleteNote.mutationOptions({ onSuccess: () => refresh() }));
  return (
    <li className="flex flex-col gap-1 rounded-lg border border-slate-200 p-3" data-testid="note">
      <p className="flex flex-wrap items-center gap-x-2 text-sm text-slate-600">
        <span className="font-semibold text-slate-800">{note.author}</span>
        <time dateTime={note.at.toISOString()}>{formatCalendarDate(note.at)}</time>
        {note.rating !== null && <Stars rating={note.rating} />}
      </p>
      <p className="break-words whitespace-pre-line text-slate-900" data-testid="note-body">
        {note.body}
      </p>
      {note.mine && (
        <div className="self-start">
          <ConfirmAction
            label="Delete"
            question="Delete this note?"
            confirmLabel="Delete note"
            pendingLabel="Deleting…"
            pending={remove.isPending}
            onConfirm={() => remove.mutateAsync({ id: applicationId, noteId: note.id })}
            ariaLabel="Delete your note"
            testId="delete-note"
          />
        </div>
      )}
    </li>
  );
}

function Notes({ applicant }: { applicant: ApplicantDetail }) {
  const trpc = useTRPC();
  const refresh = useRefreshPipeline();
  const [body, setBody] = useState('');
  const [rating, setRating] = useState<number | null>(null);
  const add = useMutation(
    trpc.pipeline.addNote.mutationOptions({
      onSuccess: async () => {
        setBody('');
        setRating(null);
        await refresh();
      },
    }),
  );
  const error = add.isError ? explainApiError(describeApiError(add.error)) : undefined;
  return (
    <div className="flex flex-col gap-4">
      <form
        className="flex flex-col gap-3"
        data-testid="note-form"
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate({ id: applicant.id, body: body.trim(), rating });
        }}
      >
        <TextAreaField
          label="Add a note"
          hint="Only your company's team reads notes; the candidate never does."
          value={body}
          onChange={(value) => {
            setBody(value);
            add.reset();
          }}
          error={error}
          maxLength={NOTE_MAX}
          rows={3}
          data-testid="note-body-input"
        />
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="mb-1 text-sm font-semibold text-slate-800">Rating (optional)</legend>
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} className="flex items-center gap-1 text-sm text-slate-800">
              <input type="radio" name="rating" checked={rating === value} onChange={() => setRating(value)} data-testid={`note-rate-${value}`} />
              {value}
            </label>
          ))}
          {rating !== null && (
            <button type="button" className={`${TEXT_LINK} text-sm`} onClick={() => setRating(null)}>
              No rating
            </button>
          )}
        </fieldset>
        <div>
          <SubmitButton pending={add.isPending} pendingLabel="Saving…" testId="note-submit">
            Add note
          </SubmitButton>
        </div>
      </form>
      {applicant.notes.length === 0 ? (
        <p className="text-slate-600">No notes yet.</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="notes">
          {applicant.notes.map((note) => (
            <NoteItem key={note.id} applicationId={applicant.id} note={note} />
          ))}
        </ul>
      )}
    </div>
  );
}

function ApplicantView({ applicant }: { applicant: ApplicantDetail }) {
  const { candidate } = applicant;
  const name = `${candidate.firstName} ${candidate.lastName}`.trim();
  useDocumentTitle(`${name} · ${applicant.job.title}`);
  return (
    <div className="flex flex-col gap-5" data-testid="applicant">
      <header className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <p className="text-sm text-slate-700">
          Applied for{' '}
          <Link to="/recruiter/jobs/$jobId/applicants" params={{ jobId: applicant.job.id }} className={TEXT_LINK}>
            {applicant.job.title}
          </Link>{' '}
          on <time dateTime={applicant.submittedAt.toISOString()}>{formatCalendarDate(applicant.submittedAt)}</time>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={applicant.status} />
          {applicant.matchScore !== null && (
            <span className="text-sm font-semibold text-slate-800" data-testid="applicant-match">
              {applicant.matchScore}% match
            </span>
          )}
        </div>
        <Moves applicant={applicant} name={name} />
      </header>
      {applicant.identityHiddenUntil && (
        <div role="note" className="rounded-lg border border-slate-300 bg-slate-50 p-3 text-sm text-slate-800" data-testid="blind-screening">
          <p className="font-semibold">Blind screening</p>
          <p>
            This job screens applicants blind: their name, contact details, links, schools and resume file are hidden until they
            reach {applicant.identityHiddenUntil}. Judge the skills, experience, answers and match.
          </p>
        </div>
      )}
      {applicant.duplicates.length > 0 && (
        <div role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="duplicates">
          <p className="font-semibold">Possibly the same person as:</p>
          <ul className="list-disc pl-5">
            {applicant.duplicates.map((duplicate) => (
              <li key={duplicate.applicationId}>
                <Link to="/recruiter/applications/$applicationId" params={{ applicationId: duplicate.applicationId }} className={TEXT_LINK}>
                  {duplicate.name}
                </Link>{' '}
                ({duplicate.why})
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="grid gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex min-w-0 flex-col gap-5">
          {applicant.matchReport && <MatchReportPanel report={applicant.matchReport} audience="company" />}
          <Section id="contact-heading" title="Contact" testId="applicant-contact">
            <dl className="grid gap-x-4 gap-y-1 text-slate-900 sm:grid-cols-[auto_1fr]">
              <dt className="text-sm font-semibold text-slate-700">Email</dt>
              <dd className="break-all" data-testid="applicant-email">
                {candidate.email ? <a href={`mailto:${candidate.email}`} className={TEXT_LINK}>{candidate.email}</a> : 'Account closed'}
              </dd>
              {candidate.phone && (
                <>
                  <dt className="text-sm font-semibold text-slate-700">Phone</dt>
                  <dd>
                    <a href={`tel:${candidate.phone}`} className={TEXT_LINK}>
                      {candidate.phone}
                    </a>
                  </dd>
                </>
              )}
              <dt className="text-sm font-semibold text-slate-700">Resume</dt>
              <dd>
                {applicant.resume ? (
                  <a href={resumeFileUrl(applicant.resume.id)} className={TEXT_LINK} data-testid="applicant-resume">
                    {applicant.resume.filename}
                  </a>
                ) : (
                  'No resume (deleted by the candidate)'
                )}
              </dd>
            </dl>
          </Section>
          <Section id="letter-heading" title="Cover letter">
            {applicant.coverLetter ? (
              <p className="break-words whitespace-pre-line text-slate-900" data-testid="applicant-letter">
                {applicant.coverLetter}
              </p>
            ) : (
              <p className="text-slate-600">No cover letter.</p>
            )}
          </Section>
          <Section id="answers-heading" title="Answers">
            <AnswerList answers={applicant.answers} empty="This job asked no questions." />
          </Section>
          <ProfileCard profile={candidate} />
        </div>
        <div className="flex min-w-0 flex-col gap-5">
          <Section id="notes-heading" title="Team notes" testId="applicant-notes">
            <Notes applicant={applicant} />
          </Section>
          <Section id="history-heading" title="History">
            <History history={applicant.history} />
          </Section>
        </div>
      </div>
    </div>
  );
}

export function ApplicantPage() {
  const { applicationId } = useParams({ from: '/signed-in/recruiter/applications/$applicationId' });
  const trpc = useTRPC();
  const applicant = useQuery(trpc.pipeline.applicant.queryOptions({ id: applicationId }));
  let content;
  if (applicant.isError && isNotFound(applicant.error)) {
    content = (
      <EmptyState title="We can't find this application" action={<Link to="/recruiter/jobs" className={BUTTON_STYLES.primary}>Your jobs</Link>}>
        It may belong to another company's job, or the link may be mistyped.
      </EmptyState>
    );
  } else if (applicant.isError) {
    content = <ErrorState title="We couldn't load this applicant" error={applicant.error} onRetry={() => void applicant.refetch()} />;
  } else if (!applicant.data) content = <LoadingText>Loading the applicant…</LoadingText>;
  else content = <ApplicantView applicant={applicant.data} />;
  return <PageContainer className="pt-6">{content}</PageContainer>;
}
