// Writing a job posting: every field of the job editor's input, saved as a draft or published. The browser checks
// the input with the API's own schema first; what only the server can judge (a past deadline, a missing title
// when publishing, unknown skills) comes back as field errors shown next to their fields. Loaded on demand: the
// rich text editor is heavy and candidates never need it.
import {
  EMPLOYMENT_TYPES,
  EXPERIENCE_LEVELS,
  JOB_REQUIREMENTS_MAX,
  JOB_TITLE_MAX,
  jobCreateInput,
  jobId as jobIdSchema,
  LABELS,
  REMOTE_TYPES,
  SALARY_PERIODS,
} from '@hotgigs/shared';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useBlocker, useNavigate, useParams } from '@tanstack/react-router';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { BUTTON_STYLES, TEXT_LINK } from '../../components/button-styles.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { LoadingText } from '../../components/LoadingText.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { Tag } from '../../components/Tag.tsx';
import { isNotFound } from '../../lib/api-error.ts';
import { fieldErrorsFromZod } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFormFeedback, useFormValues } from '../../lib/use-form-feedback.ts';
import {
  changedFields,
  emptyJobForm,
  hasProblems,
  itemErrorsFromZod,
  JOB_FORM_FIELDS,
  jobFormValues,
  NO_PROBLEMS,
  toJobInput,
  type EditableJob,
  type JobFormProblems,
  type JobFormValues,
} from './job-form.ts';
import { JOB_STATUS_LABELS, JOB_STATUS_MEANINGS, JOB_STATUS_TONES, jobTitleOrPlaceholder } from './job-status.ts';
import { RichTextEditor } from './RichTextEditor.tsx';
import { ScreeningQuestionsEditor } from './ScreeningQuestionsEditor.tsx';
import { SkillPicker } from './SkillPicker.tsx';

/** Blind screening's choices: off, or the stage from which the team sees who applied. */
const BLIND_OPTIONS = [
  { value: '' as const, label: 'From the start (not blind)' },
  { value: 'screening' as const, label: 'Screening' },
  { value: 'interview' as const, label: 'Interview' },
  { value: 'offer' as const, label: 'Offer' },
  { value: 'hired' as const, label: 'Hired' },
];

const REMOTE_OPTIONS = REMOTE_TYPES.map((value) => ({ value, label: LABELS.remote[value] }));
const EMPLOYMENT_OPTIONS = EMPLOYMENT_TYPES.map((value) => ({ value, label: LABELS.employmentType[value] }));
const LEVEL_OPTIONS = EXPERIENCE_LEVELS.map((value) => ({ value, label: LABELS.experienceLevel[value] }));
const PERIOD_OPTIONS = SALARY_PERIODS.map((value) => ({ value, label: LABELS.salaryPeriod[value] }));

type Intent = 'save' | 'publish';

function FormSection({ id, title, description, children }: { id: string; title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-col gap-1">
        <h2 id={id} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {description && <p className="text-sm text-slate-600">{description}</p>}
      </div>
      {children}
    </section>
  );
}

function BackToMyJobs() {
  return (
    <Link
      to="/recruiter/jobs"
      className="inline-flex items-center gap-1 self-start rounded text-sm font-medium text-slate-700 hover:text-brand-800 hover:underline"
    >
      <span aria-hidden="true">←</span> My jobs
    </Link>
  );
}

interface JobEditorFormProps {
  /** The saved job; none for a new one. */
  job?: EditableJob;
}

function JobEditorForm({ job }: JobEditorFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // What the server holds: updates send only the fields that differ from it.
  const [saved, setSaved] = useState<{ id: string; values: JobFormValues; status: EditableJob['status'] } | undefined>(() =>
    job ? { id: job.id, values: jobFormValues(job), status: job.status } : undefined,
  );
  const [itemErrors, setItemErrors] = useState<Pick<JobFormProblems, 'skills' | 'screeningQuestions'>>(NO_PROBLEMS);
  const [pending, setPending] = useState<Intent | undefined>();
  const [outcome, setOutcome] = useState('');
  const { bindForm, ...form } = useFormFeedback(JOB_FORM_FIELDS);
  const { values, set } = useFormValues<JobFormValues>(
    () => (job ? jobFormValues(job) : emptyJobForm()),
    form.clearField,
    // Row problems are by position: once the list changes they may point at the wrong row.
    (field) => {
      if (field === 'skills' || field === 'screeningQuestions') setItemErrors((previous) => ({ ...previous, [field]: {} }));
    },
  );
  const leaving = useRef(false);
  const create = useMutation(trpc.jobEditor.create.mutationOptions());
  const update = useMutation(trpc.jobEditor.update.mutationOptions());
  const transition = useMutation(trpc.jobEditor.transition.mutationOptions());

  const dirty = JSON.stringify(values) !== JSON.stringify(saved?.values ?? emptyJobForm());
  useBlocker({
    shouldBlockFn: () => dirty && !leaving.current && !window.confirm('Leave this page? Your changes are not saved yet.'),
    enableBeforeUnload: () => dirty && !leaving.current,
  });

  const status = saved?.status;
  const isDraft = !status || status === 'draft';
  const title = jobTitleOrPlaceholder(values.title);

  async function submit(intent: Intent) {
    const { input, problems: unreadable } = toJobInput(values);
    const checked = jobCreateInput.safeParse(input);
    const found: JobFormProblems = checked.success
      ? unreadable
      : {
          fields: { ...fieldErrorsFromZod(checked.error, JOB_FORM_FIELDS).fields, ...unreadable.fields },
          ...itemErrorsFromZod(checked.error),
        };
    if (!checked.success) {
      for (const [index, row] of Object.entries(unreadable.skills)) found.skills[Number(index)] = { ...found.skills[Number(index)], ...row };
    }
    setItemErrors({ skills: found.skills, screeningQuestions: found.screeningQuestions });
    if (hasProblems(found) || !checked.success) {
      const banner = checked.success ? undefined : fieldErrorsFromZod(checked.error, JOB_FORM_FIELDS).banner;
      form.show({ fields: found.fields, banner });
      setOutcome('Not saved: fix the problems marked in the form.');
      return;
    }
    form.reset();
    setOutcome('');
    setPending(intent);
    let current = saved;
    let stage: 'saving' | 'publishing' = 'saving';
    try {
      if (!current) {
        const created = await create.mutateAsync(input);
        current = { id: created.id, values, status: created.status };
      } else {
        const changes = changedFields(toJobInput(current.values).input, input);
        if (Object.keys(changes).length > 0) {
          const updated = await update.mutateAsync({ id: current.id, ...changes });
          current = { id: updated.id, values, status: updated.status };
        }
      }
      setSaved(current);
      stage = 'publishing';
      if (intent === 'publish') await transition.mutateAsync({ id: current.id, action: 'publish' });
    } catch (error) {
      form.showApiError(error);
      setOutcome(
        stage === 'publishing'
          ? 'Saved as a draft, not published: fix the problems marked in the form, then publish again.'
          : 'Not saved: fix the problems marked in the form.',
      );
      setPending(undefined);
      return;
    }
    leaving.current = true;
    void queryClient.invalidateQueries(trpc.jobEditor.pathFilter());
    void queryClient.invalidateQueries(trpc.job.pathFilter());
    const id = current.id;
    if (intent === 'publish') {
      await navigate({
        to: '/jobs/$jobId',
        params: { jobId: id },
        state: (previous) => ({ ...previous, notice: `“${title}” is published. This is how candidates see it.` }),
      });
    } else {
      await navigate({
        to: '/recruiter/jobs',
        state: (previous) => ({
          ...previous,
          notice: current.status === 'draft' ? `Draft “${title}” saved.` : `Changes to “${title}” saved.`,
        }),
      });
    }
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    // Enter in a text field submits with the first button, "Save"; only the Publish button publishes.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void submit(submitter?.getAttribute('value') === 'publish' ? 'publish' : 'save');
  };

  const sectionError = (field: 'skills' | 'screeningQuestions') =>
    Object.keys(itemErrors[field]).length > 0 ? undefined : form.errors[field];

  return (
    <form ref={bindForm} noValidate onSubmit={onSubmit} className="flex flex-col gap-6" aria-labelledby="job-editor-heading" data-testid="job-editor">
      <FormAlert banner={form.banner} />

      <FormSection id="job-basics" title="The job">
        <TextField
          label="Job title"
          hint="Publishing needs one. Say what the role is, like “Senior backend engineer”."
          maxLength={JOB_TITLE_MAX}
          autoComplete="off"
          value={values.title}
          onChange={set('title')}
          error={form.errors.title}
          data-testid="job-title-input"
        />
        <RichTextEditor
          label="Description"
          hint="What the role is, the team, what the first months look like. Publishing needs one."
          initialHtml={values.description}
          onChange={set('description')}
          error={form.errors.description}
          testId="job-description-input"
        />
        <TextAreaField
          label="Requirements"
          hint="Plain text. Start lines with “- ” to make a list."
          maxLength={JOB_REQUIREMENTS_MAX}
          rows={6}
          value={values.requirements}
          onChange={set('requirements')}
          error={form.errors.requirements}
          data-testid="job-requirements-input"
        />
      </FormSection>

      <FormSection id="job-place" title="Where and how">
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label="Location"
            hint="City, region or country. Empty: your company’s location."
            maxLength={200}
            autoComplete="off"
            value={values.location}
            onChange={set('location')}
            error={form.errors.location}
            data-testid="job-location-input"
          />
          <SelectField label="Workplace" value={values.remote} onChange={set('remote')} options={REMOTE_OPTIONS} error={form.errors.remote} />
          <SelectField
            label="Employment type"
            value={values.employmentType}
            onChange={set('employmentType')}
            options={EMPLOYMENT_OPTIONS}
            error={form.errors.employmentType}
          />
          <SelectField
            label="Experience level"
            value={values.experienceLevel}
            onChange={set('experienceLevel')}
            options={LEVEL_OPTIONS}
            error={form.errors.experienceLevel}
          />
        </div>
      </FormSection>

      <FormSection
        id="job-pay"
        title="Pay"
        description="Whole amounts, in a 3-letter currency such as USD or EUR. Jobs that show pay get more applicants; leave both amounts empty to not show it."
      >
        <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
          <TextField
            label="Minimum"
            inputMode="numeric"
            autoComplete="off"
            maxLength={15}
            value={values.salaryMin}
            onChange={set('salaryMin')}
            error={form.errors.salaryMin}
            data-testid="salary-min-input"
          />
          <TextField
            label="Maximum"
            inputMode="numeric"
            autoComplete="off"
            maxLength={15}
            value={values.salaryMax}
            onChange={set('salaryMax')}
            error={form.errors.salaryMax}
            data-testid="salary-max-input"
          />
          <TextField
            label="Currency"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={3}
            value={values.salaryCurrency}
            onChange={(value) => set('salaryCurrency')(value.toUpperCase())}
            error={form.errors.salaryCurrency}
          />
          <SelectField label="Paid" value={values.salaryPeriod} onChange={set('salaryPeriod')} options={PERIOD_OPTIONS} error={form.errors.salaryPeriod} />
        </div>
      </FormSection>

      <FormSection id="job-deadline" title="Deadline">
        <div className="max-w-xs">
          <TextField
            label="Applications close after"
            hint="The end of this day, your time. Empty: open until you close the job."
            type="date"
            value={values.deadline}
            onChange={set('deadline')}
            error={form.errors.deadline}
            data-testid="deadline-input"
          />
        </div>
      </FormSection>

      <FormSection
        id="job-blind"
        title="Blind screening"
        description="Hide applicants' names, contact details, links, schools and resume files from your team until a stage, so the first decisions rest on skills and experience."
      >
        <div className="max-w-xs">
          <SelectField
            label="Show who applied from"
            value={values.blindUntil}
            onChange={set('blindUntil')}
            options={BLIND_OPTIONS}
            error={form.errors.blindUntil}
            data-testid="blind-until"
          />
        </div>
      </FormSection>

      <FormSection id="job-skills" title="Skills" description="Matching ranks candidates by these: how much each matters, and the years of experience it takes.">
        <SkillPicker skills={values.skills} onChange={set('skills')} error={sectionError('skills')} itemErrors={itemErrors.skills} />
      </FormSection>

      <FormSection id="job-questions" title="Screening questions" description="Asked when candidates apply. Required ones must be answered.">
        <ScreeningQuestionsEditor
          questions={values.screeningQuestions}
          onChange={set('screeningQuestions')}
          error={sectionError('screeningQuestions')}
          itemErrors={itemErrors.screeningQuestions}
        />
      </FormSection>

      <div className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between sm:p-5">
        <p role="status" className="text-sm text-slate-700" data-testid="save-status">
          {pending === 'save' ? 'Saving…' : pending === 'publish' ? 'Saving and publishing…' : outcome || (dirty ? 'Unsaved changes.' : 'No unsaved changes.')}
        </p>
        <div className="flex shrink-0 flex-col-reverse gap-2 whitespace-nowrap sm:flex-row">
          <SubmitButton
            pending={pending === 'save'}
            pendingLabel="Saving…"
            variant={isDraft ? 'secondary' : 'primary'}
            testId="save-job"
          >
            {isDraft ? 'Save draft' : 'Save changes'}
          </SubmitButton>
          {isDraft && (
            <button
              type="submit"
              name="intent"
              value="publish"
              disabled={pending !== undefined}
              className={BUTTON_STYLES.primary}
              data-testid="publish-job"
            >
              {pending === 'publish' ? 'Publishing…' : 'Publish'}
            </button>
          )}
        </div>
      </div>
    </form>
  );
}

function EditorHeader({ heading, job }: { heading: string; job?: EditableJob }) {
  return (
    <header className="flex flex-col gap-2">
      <BackToMyJobs />
      <h1 id="job-editor-heading" className="text-3xl font-bold tracking-tight text-slate-900">
        {heading}
      </h1>
      {job && (
        <p className="flex flex-wrap items-center gap-2 text-slate-700" data-testid="editor-job-status">
          <Tag tone={JOB_STATUS_TONES[job.status]}>{JOB_STATUS_LABELS[job.status]}</Tag>
          <span>{JOB_STATUS_MEANINGS[job.status]}</span>
          {job.status === 'published' && (
            <Link to="/jobs/$jobId" params={{ jobId: job.id }} className={TEXT_LINK}>
              View its public page
            </Link>
          )}
        </p>
      )}
    </header>
  );
}

export function NewJobPage() {
  useDocumentTitle('Post a job');
  return (
    <PageContainer className="pt-6 sm:pt-8">
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        <EditorHeader heading="Post a job" />
        <JobEditorForm />
      </div>
    </PageContainer>
  );
}

export function EditJobPage() {
  const { jobId } = useParams({ from: '/signed-in/recruiter/jobs/$jobId/edit' });
  const isJobId = jobIdSchema.safeParse(jobId).success;
  const trpc = useTRPC();
  const job = useQuery(trpc.jobEditor.get.queryOptions(isJobId ? { id: jobId } : skipToken, { staleTime: 0, refetchOnWindowFocus: false }));
  const notFound = !isJobId || (job.isError && isNotFound(job.error));
  useDocumentTitle(job.data ? `Edit “${jobTitleOrPlaceholder(job.data.title)}”` : 'Edit job');

  let content: ReactNode;
  if (notFound) {
    content = (
      <Notice tone="warning" testId="job-editor-not-found">
        This job does not exist or belongs to another company.{' '}
        <Link to="/recruiter/jobs" className={TEXT_LINK}>
          Back to my jobs
        </Link>
      </Notice>
    );
  } else if (job.data) {
    content = job.data.editable ? (
      // Keyed by the job: opening another job starts from its own saved values.
      <JobEditorForm key={job.data.id} job={job.data} />
    ) : (
      <Notice tone="info" testId="job-not-editable">
        This job is {JOB_STATUS_LABELS[job.data.status].toLowerCase()}: its content can no longer be changed.
      </Notice>
    );
  } else if (job.isError) {
    content = <ErrorState title="We couldn't load this job" error={job.error} onRetry={() => void job.refetch()} />;
  } else {
    content = (
      <LoadingText>Loading the job…</LoadingText>
    );
  }

  return (
    <PageContainer className="pt-6 sm:pt-8">
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        <EditorHeader heading={job.data ? `Edit “${jobTitleOrPlaceholder(job.data.title)}”` : 'Edit job'} job={job.data} />
        {content}
      </div>
    </PageContainer>
  );
}
