// The job page's "Apply" panel. A candidate picks one of their resumes (the primary one first), may write a
// cover letter, answers the job's screening questions (required ones marked), and sends it; the API's problems
// land next to their fields. Once applied: when, and a link to the application. Visitors are asked to sign in;
// recruiters and admins see nothing.
import { applyInput, COVER_LETTER_MAX, ANSWER_MAX } from '@hotgigs/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { BUTTON_STYLES, TEXT_LINK } from '../../components/button-styles.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { FieldError } from '../../components/form/FieldError.tsx';
import { useFieldIds } from '../../components/form/FieldFrame.tsx';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { HINT, LABEL } from '../../components/form/field-styles.ts';
import { LoadingText } from '../../components/LoadingText.tsx';
import { formatCalendarDate } from '../../lib/format.ts';
import { useSession } from '../../lib/session.ts';
import { useTRPC, type JobDetail } from '../../lib/trpc.ts';
import { useFormFeedback } from '../../lib/use-form-feedback.ts';
import { useAppliedJobs } from './applications-api.ts';
import { answerField, answersFor, applyErrorsFromApi, unansweredRequired, type AnswerValues, type ApplyField, type Question } from './apply-form.ts';
import { StatusBadge } from './StatusBadge.tsx';

const PANEL = 'flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5';

function RequiredMark({ required }: { required: boolean }) {
  return required ? (
    <span className="ml-1 text-red-800">
      <span aria-hidden="true">*</span>
      <span className="sr-only">(required)</span>
    </span>
  ) : (
    <span className="ml-1 font-normal text-slate-600">(optional)</span>
  );
}

function QuestionField({
  question,
  index,
  value,
  onChange,
  error,
}: {
  question: Question;
  index: number;
  value: string | boolean | undefined;
  onChange: (value: string | boolean) => void;
  error: string | undefined;
}) {
  const ids = useFieldIds(error, undefined);
  const label = (
    <>
      {question.prompt}
      <RequiredMark required={question.required} />
    </>
  );
  if (question.kind === 'text') {
    return (
      <div data-testid="screening-question" data-question-id={question.id}>
        <TextAreaField
          label={label}
          value={typeof value === 'string' ? value : ''}
          onChange={onChange}
          error={error}
          maxLength={ANSWER_MAX}
          rows={3}
          aria-required={question.required || undefined}
          data-testid="answer-text"
        />
      </div>
    );
  }
  const options: { value: string | boolean; label: string }[] =
    question.kind === 'yes_no'
      ? [
          { value: true, label: 'Yes' },
          { value: false, label: 'No' },
        ]
      : (question.choices ?? []).map((choice) => ({ value: choice, label: choice }));
  return (
    <fieldset
      className="flex min-w-0 flex-col gap-1.5"
      aria-describedby={error ? ids.errorId : undefined}
      aria-required={question.required || undefined}
      data-testid="screening-question"
      data-question-id={question.id}
    >
      <legend className={LABEL}>{label}</legend>
      <div className={`flex ${question.kind === 'yes_no' ? 'flex-row gap-4' : 'flex-col gap-1'}`}>
        {options.map((option, optionIndex) => (
          <label key={String(option.value)} className="inline-flex min-h-11 items-center gap-2 text-slate-800">
            <input
              type="radio"
              name={`question-${index}`}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              // The first radio carries the error, so a failed submit focuses the question.
              aria-invalid={error && optionIndex === 0 ? true : undefined}
              className="size-5 accent-brand-700"
              data-testid="answer-option"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={ids.errorId} message={error} />
    </fieldset>
  );
}

function ResumePicker({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (id: string) => void;
  error: string | undefined;
}) {
  const trpc = useTRPC();
  const resumes = useQuery(trpc.resume.list.queryOptions());
  const primary = resumes.data?.find((resume) => resume.isPrimary) ?? resumes.data?.[0];
  useEffect(() => {
    if (!value && primary) onChange(primary.id);
  }, [value, primary, onChange]);

  if (resumes.isError) return <ErrorState title="We couldn't load your resumes" titleAs="h3" error={resumes.error} onRetry={() => void resumes.refetch()} />;
  if (!resumes.data) return <LoadingText>Loading your resumes…</LoadingText>;
  if (resumes.data.length === 0) {
    return (
      <div className="flex flex-col gap-1 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950" data-testid="no-resume">
        <p className="font-semibold">You have no resume yet.</p>
        <p>
          Applications go with a resume.{' '}
          <Link to="/profile" hash="profile-resumes" className={TEXT_LINK} data-testid="upload-resume-link">
            Upload one on your profile
          </Link>
          , then come back to this job.
        </p>
        {error && <p className="text-sm font-medium text-red-800">{error}</p>}
      </div>
    );
  }
  return (
    <SelectField
      label="Resume"
      hint="The company sees this resume with your profile and contact details."
      value={value}
      onChange={onChange}
      error={error}
      options={resumes.data.map((resume) => ({ value: resume.id, label: `${resume.filename}${resume.isPrimary ? ' (primary)' : ''}` }))}
      data-testid="apply-resume"
    />
  );
}

interface ApplyFormProps {
  job: JobDetail;
  onCancel: () => void;
}

function ApplyForm({ job, onCancel }: ApplyFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const questions: Question[] = job.screeningQuestions;
  const [resumeId, setResumeId] = useState('');
  const [coverLetter, setCoverLetter] = useState('');
  const [answers, setAnswers] = useState<AnswerValues>({});
  const fields: ApplyField[] = ['resumeId', 'coverLetter', ...questions.map((question) => answerField(question.id))];
  const { bindForm, ...feedback } = useFormFeedback(fields);
  const submit = useMutation(
    trpc.application.submit.mutationOptions({
      onSuccess: async (application) => {
        queryClient.setQueryData(trpc.application.get.queryKey({ id: application.id }), application);
        await queryClient.invalidateQueries(trpc.application.appliedJobs.queryFilter());
        await queryClient.invalidateQueries(trpc.application.mine.pathFilter());
      },
      onError: (error) => feedback.show(applyErrorsFromApi(error, questions)),
    }),
  );

  return (
    <form
      ref={bindForm}
      noValidate
      onSubmit={feedback.submitWith(
        applyInput,
        { jobId: job.id, resumeId, coverLetter: coverLetter.trim() || null, answers: answersFor(questions, answers) },
        (input) => {
          const unanswered = unansweredRequired(questions, answers);
          if (Object.keys(unanswered).length > 0) feedback.show({ fields: unanswered });
          else submit.mutate(input);
        },
      )}
      className="flex flex-col gap-5"
      data-testid="apply-form"
    >
      <FormAlert banner={feedback.banner} />
      <ResumePicker
        value={resumeId}
        onChange={(id) => {
          setResumeId(id);
          feedback.clearField('resumeId');
        }}
        error={feedback.errors.resumeId}
      />
      <TextAreaField
        label={
          <>
            Cover letter<span className="ml-1 font-normal text-slate-600">(optional)</span>
          </>
        }
        hint="A few lines on why this job, in your words."
        value={coverLetter}
        onChange={(value) => {
          setCoverLetter(value);
          feedback.clearField('coverLetter');
        }}
        error={feedback.errors.coverLetter}
        maxLength={COVER_LETTER_MAX}
        rows={6}
        data-testid="apply-cover-letter"
      />
      {questions.length > 0 && (
        <div className="flex flex-col gap-4">
          <h3 className="text-base font-semibold text-slate-900">Questions from {job.company.name}</h3>
          {questions.some((question) => question.required) && (
            <p className={HINT}>
              Questions marked <span aria-hidden="true" className="text-red-800">*</span>
              <span className="sr-only">required</span> need an answer.
            </p>
          )}
          {questions.map((question, index) => (
            <QuestionField
              key={question.id}
              question={question}
              index={index}
              value={answers[question.id]}
              onChange={(value) => {
                setAnswers((previous) => ({ ...previous, [question.id]: value }));
                feedback.clearField(answerField(question.id));
              }}
              error={feedback.errors[answerField(question.id)]}
            />
          ))}
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={submit.isPending} pendingLabel="Sending…" testId="apply-submit">
          Send application
        </SubmitButton>
        <button type="button" onClick={onCancel} disabled={submit.isPending} className={BUTTON_STYLES.secondary}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Applied({ applicationId, focus }: { applicationId: string; focus: boolean }) {
  const trpc = useTRPC();
  const application = useQuery(trpc.application.get.queryOptions({ id: applicationId }));
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus && application.data) ref.current?.focus();
  }, [focus, application.data]);
  if (application.isError) {
    return <ErrorState title="We couldn't load your application" titleAs="h3" error={application.error} onRetry={() => void application.refetch()} />;
  }
  if (!application.data) return <LoadingText>Loading your application…</LoadingText>;
  const { submittedAt, status } = application.data;
  return (
    <div ref={ref} tabIndex={-1} role="status" className="flex flex-col items-start gap-2 rounded-lg outline-none focus-visible:ring-3 focus-visible:ring-brand-700" data-testid="applied">
      <p className="flex flex-wrap items-center gap-2 text-slate-900">
        <span data-testid="applied-on">
          You applied on <time dateTime={submittedAt.toISOString()}>{formatCalendarDate(submittedAt)}</time>.
        </span>
        <StatusBadge status={status} />
      </p>
      <Link to="/applications/$applicationId" params={{ applicationId }} className={TEXT_LINK} data-testid="view-application">
        View your application
      </Link>
    </div>
  );
}

export function ApplyPanel({ job }: { job: JobDetail }) {
  const session = useSession();
  const location = useLocation();
  const { isCandidate, byJob } = useAppliedJobs();
  const [open, setOpen] = useState(false);
  const [justApplied, setJustApplied] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const applied = byJob?.get(job.id);

  useEffect(() => {
    if (open) formRef.current?.querySelector<HTMLElement>('select, textarea, input')?.focus();
  }, [open]);
  // Applying succeeded while the form was open: show the application instead, and move focus to it.
  if (applied && open) {
    setOpen(false);
    setJustApplied(true);
  }

  if (session.status === 'loading' || session.status === 'error') return null;
  if (session.status === 'signedOut') {
    return (
      <section aria-labelledby="apply-heading" className={PANEL} data-testid="apply-panel">
        <h2 id="apply-heading" className="text-xl font-semibold tracking-tight text-slate-900">
          Apply for this job
        </h2>
        <p className="text-slate-700">Sign in with a candidate account to apply with your resume.</p>
        <div className="flex flex-wrap gap-2">
          <Link to="/sign-in" search={{ redirect: location.href }} className={BUTTON_STYLES.primary} data-testid="apply-sign-in">
            Sign in to apply
          </Link>
          <Link to="/sign-up" className={BUTTON_STYLES.secondary}>
            Create an account
          </Link>
        </div>
      </section>
    );
  }
  if (!isCandidate) return null;

  let body;
  if (!byJob) body = <LoadingText>Checking your applications…</LoadingText>;
  else if (applied) body = <Applied applicationId={applied.applicationId} focus={justApplied} />;
  else if (open) {
    body = (
      <div ref={formRef}>
        <ApplyForm
          job={job}
          onCancel={() => {
            setOpen(false);
            requestAnimationFrame(() => openRef.current?.focus());
          }}
        />
      </div>
    );
  } else {
    body = (
      <div className="flex flex-wrap items-center gap-3">
        <button ref={openRef} type="button" onClick={() => setOpen(true)} className={BUTTON_STYLES.primary} data-testid="apply-open">
          Apply
          <span className="sr-only"> for {job.title}</span>
        </button>
        <p className="text-sm text-slate-600">
          With one of your resumes{job.screeningQuestions.length > 0 ? ` and ${job.screeningQuestions.length === 1 ? 'one question' : `${job.screeningQuestions.length} questions`}` : ''}.
        </p>
      </div>
    );
  }
  return (
    <section aria-labelledby="apply-heading" className={PANEL} data-testid="apply-panel">
      <h2 id="apply-heading" className="text-xl font-semibold tracking-tight text-slate-900">
        {applied ? 'Your application' : 'Apply for this job'}
      </h2>
      {body}
    </section>
  );
}
