// /profile/resumes/$resumeId: one parsed resume beside the text it was read from. Each parsed field sits next to
// the profile's current value with its own "Accept"; "Accept all" takes every field that would change something.
// Skills are checkboxes. Nothing reaches the profile without a click (resume.applyToProfile). The insights: the
// score as a ring, what to improve first, then every check.
import { resumeId as resumeIdSchema, type ResumeField } from '@hotgigs/shared';
import { Link, useParams } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { BUTTON_STYLES, TEXT_LINK } from '../../components/button-styles.ts';
import { CandidatesOnly } from '../../components/CandidatesOnly.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { LoadingText } from '../../components/LoadingText.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { Tag } from '../../components/Tag.tsx';
import { describeApiError, explainApiError, isNotFound } from '../../lib/api-error.ts';
import { useSession } from '../../lib/session.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useApplyResume, useOwnProfile, useResume, useSuggestRewrites, type OwnProfile, type ResumeDetail, type ResumeInsightsView, type ResumeRewritesView } from './profile-api.ts';
import { resumeFileUrl } from './ResumeList.tsx';
import { acceptableFields, confidenceText, reviewRows, skillChoices, type ReviewRow, type ReviewState } from './review.ts';
import { ScoreRing } from './ScoreRing.tsx';

const STATE_TAGS: Record<ReviewState, { label: string; tone: 'neutral' | 'accent' | 'success' | 'warning' }> = {
  new: { label: 'New', tone: 'accent' },
  differs: { label: 'Different', tone: 'warning' },
  same: { label: 'Already on your profile', tone: 'success' },
  none: { label: 'Not found in the resume', tone: 'neutral' },
};

const LIST_FIELDS: ReadonlySet<string> = new Set(['experience', 'education', 'links', 'languages', 'certifications']);

function Lines({ lines, empty }: { lines: readonly string[]; empty: string }) {
  if (lines.length === 0) return <p className="text-sm text-slate-600 italic">{empty}</p>;
  if (lines.length === 1) return <p className="text-sm break-words whitespace-pre-line text-slate-900">{lines[0]}</p>;
  return (
    <ul className="flex list-disc flex-col gap-1 pl-5 text-sm text-slate-900">
      {lines.map((line, index) => (
        <li key={index} className="break-words">
          {line}
        </li>
      ))}
    </ul>
  );
}

function Panel({ id, title, children, action }: { id: string; title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={id} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

function FieldRow({ row, onAccept, pending, accepted }: { row: ReviewRow; onAccept: () => void; pending: boolean; accepted: boolean }) {
  const tag = STATE_TAGS[row.state];
  const canAccept = row.state === 'new' || row.state === 'differs';
  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0" data-testid="review-field" data-field={row.field} data-state={row.state}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold text-slate-900">{row.label}</h3>
        <span className="flex flex-wrap items-center gap-2">
          <Tag tone={tag.tone}>{tag.label}</Tag>
          {row.confidence !== null && <span className="text-xs text-slate-600">Confidence {confidenceText(row.confidence)}</span>}
        </span>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1 rounded-lg bg-brand-50 p-3">
          <p className="text-xs font-semibold tracking-wide text-brand-900 uppercase">From the resume</p>
          <Lines lines={row.parsed} empty="Nothing found" />
        </div>
        <div className="flex flex-col gap-1 rounded-lg bg-slate-50 p-3">
          <p className="text-xs font-semibold tracking-wide text-slate-700 uppercase">On your profile now</p>
          <Lines lines={row.current} empty="Empty" />
        </div>
      </div>
      {canAccept && (
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton type="button" variant="secondary" className="text-sm" pending={pending} pendingLabel="Accepting…" onClick={onAccept} testId="accept-field">
            {LIST_FIELDS.has(row.field)
              ? `Add ${row.added.length} ${row.added.length === 1 ? 'entry' : 'entries'}`
              : row.state === 'differs'
                ? 'Replace with this'
                : 'Accept'}
            <span className="sr-only"> {row.label}</span>
          </SubmitButton>
        </div>
      )}
      {accepted && !canAccept && <p className="text-sm text-emerald-800">Accepted.</p>}
    </li>
  );
}

/**
 * Rewrites from the portal's optional AI provider: only where one is configured, only when asked, after saying
 * what is sent and where. The suggestions are text to copy into the resume; nothing changes by itself.
 */
function Rewrites({ id, rewrites }: { id: string; rewrites: ResumeRewritesView }) {
  const suggest = useSuggestRewrites(id);
  const [copied, setCopied] = useState<number | null>(null);
  if (!rewrites.available) return null;
  const list = rewrites.suggestions;
  return (
    <Panel id="rewrites-heading" title="Suggested rewrites">
      <p className="text-sm text-slate-700">
        Sends the bullet points that show no result or open weakly, with their job titles, to {rewrites.provider} for rewrites. Your name, contact
        details, employers and schools are not sent. Check every suggestion: fill in the numbers in [brackets] only if they are true.
      </p>
      <SubmitButton type="button" variant="secondary" className="self-start text-sm" pending={suggest.isPending} pendingLabel="Asking…" onClick={() => suggest.mutate({ id })} testId="suggest-rewrites">
        {list ? 'Suggest again' : 'Suggest rewrites'}
      </SubmitButton>
      {suggest.isError && (
        <p role="alert" className="text-sm text-red-800" data-testid="rewrites-error">
          {explainApiError(describeApiError(suggest.error))}
        </p>
      )}
      {list && list.length === 0 && <p className="text-sm text-slate-700">Every bullet point already shows a result: nothing to rewrite.</p>}
      {list && list.length > 0 && (
        <ol className="flex flex-col gap-3 text-sm" data-testid="rewrite-suggestions">
          {list.map((item, index) => (
            <li key={index} className="flex flex-col gap-1 rounded-lg border border-slate-200 p-3">
              <p className="text-xs text-slate-600">
                {item.context ?? (item.kind === 'summary' ? 'Summary' : 'Experience')} · {item.reason}
              </p>
              <p className="text-slate-600 line-through decoration-slate-400">{item.original}</p>
              <p className="text-slate-900">{item.suggestion}</p>
              <button
                type="button"
                className="self-start rounded text-xs font-medium text-brand-800 underline hover:text-brand-900"
                onClick={() => void navigator.clipboard?.writeText(item.suggestion).then(() => setCopied(index))}
              >
                {copied === index ? 'Copied' : 'Copy'}
              </button>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}

function Insights({ insights }: { insights: ResumeInsightsView }) {
  const failed = insights.checks.filter((check) => !check.passed);
  const passed = insights.checks.filter((check) => check.passed);
  return (
    <Panel id="insights-heading" title="How strong this resume is">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center">
        <ScoreRing value={insights.score} label="Resume quality score" size="lg" testId="resume-score-ring" />
        <p className="text-sm text-slate-700">
          A score out of 100 from plain rules: contact details, sections, dated entries, measurable results. Each check below says what it found.
        </p>
      </div>
      {insights.suggestions.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="font-semibold text-slate-900">Improve first</h3>
          <ol className="flex list-decimal flex-col gap-1 pl-5 text-sm text-slate-900" data-testid="resume-suggestions">
            {insights.suggestions.map((suggestion, index) => (
              <li key={index}>{suggestion}</li>
            ))}
          </ol>
        </div>
      )}
      <div className="flex flex-col gap-2">
        <h3 className="font-semibold text-slate-900">Every check</h3>
        <ul className="flex flex-col gap-2 text-sm" data-testid="resume-checks">
          {[...failed, ...passed].map((check) => (
            <li key={check.id} className="flex items-start gap-2" data-testid="resume-check" data-passed={check.passed}>
              <span aria-hidden="true" className={`mt-0.5 font-bold ${check.passed ? 'text-emerald-700' : 'text-red-700'}`}>
                {check.passed ? '✓' : '✗'}
              </span>
              <span className="min-w-0 flex-1 text-slate-900">
                <span className="sr-only">{check.passed ? 'Passed: ' : 'Not passed: '}</span>
                {check.message}
              </span>
              <span className="shrink-0 text-xs text-slate-600">
                {Math.round(check.earned)}/{check.weight}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </Panel>
  );
}

function Review({ resume, profile }: { resume: ResumeDetail & { parsed: NonNullable<ResumeDetail['parsed']> }; profile: OwnProfile }) {
  const apply = useApplyResume();
  const rows = reviewRows(resume.parsed, profile);
  const skills = skillChoices(resume.parsed, profile);
  const offered = skills.filter((skill) => !skill.onProfile);
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set(offered.map((skill) => skill.slug)));
  const [pending, setPending] = useState<ResumeField | 'all' | undefined>();
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | undefined>();
  const chosenSkills = offered.filter((skill) => checked.has(skill.slug)).map((skill) => skill.slug);

  const accept = async (fields: ResumeField[], which: ResumeField | 'all') => {
    if (fields.length === 0) return;
    setPending(which);
    setMessage(undefined);
    try {
      await apply.mutateAsync({ id: resume.id, fields, ...(fields.includes('skills') && { skillSlugs: chosenSkills }) });
      setAccepted((previous) => new Set([...previous, ...fields]));
      setMessage({ tone: 'success', text: which === 'all' ? 'Everything you picked is now on your profile.' : 'Accepted into your profile.' });
    } catch (error) {
      setMessage({ tone: 'error', text: explainApiError(describeApiError(error)) });
    } finally {
      setPending(undefined);
    }
  };

  const all: ResumeField[] = [...acceptableFields(rows), ...(chosenSkills.length > 0 ? (['skills'] as const) : [])];
  return (
    <>
      <Panel
        id="review-heading"
        title="Fields found in your resume"
        action={
          <SubmitButton type="button" pending={pending === 'all'} pendingLabel="Accepting…" onClick={() => void accept(all, 'all')} testId="accept-all">
            Accept all{all.length > 0 ? ` (${all.length})` : ''}
          </SubmitButton>
        }
      >
        <p className="text-sm text-slate-700">
          Nothing changes on your profile until you accept it. Lists (experience, education, links…) gain only the entries your profile lacks.
        </p>
        {message && (
          <p role={message.tone === 'error' ? 'alert' : 'status'} className={`rounded-lg p-3 text-sm ${message.tone === 'error' ? 'bg-red-50 text-red-950' : 'bg-emerald-50 text-emerald-950'}`} data-testid="review-message">
            {message.text}
          </p>
        )}
        <ul className="flex flex-col divide-y divide-slate-200">
          {rows.map((row) => (
            <FieldRow key={row.field} row={row} accepted={accepted.has(row.field)} pending={pending === row.field} onAccept={() => void accept([row.field], row.field)} />
          ))}
        </ul>
      </Panel>

      <Panel id="review-skills-heading" title="Skills">
        {skills.length === 0 && resume.parsed.unmatchedSkills.length === 0 ? (
          <p className="text-sm text-slate-600">No skills found in this resume.</p>
        ) : (
          <>
            {offered.length > 0 ? (
              <fieldset className="flex flex-col gap-2">
                <legend className="mb-2 text-sm text-slate-700">Pick the skills to add; they are marked “From resume” on your profile.</legend>
                <ul className="flex flex-wrap gap-2">
                  {offered.map((skill) => (
                    <li key={skill.slug}>
                      <label className="flex cursor-pointer items-center gap-2 rounded-full border border-slate-300 px-3 py-1.5 text-sm has-checked:border-brand-700 has-checked:bg-brand-50">
                        <input
                          type="checkbox"
                          checked={checked.has(skill.slug)}
                          onChange={(event) =>
                            setChecked((previous) => {
                              const next = new Set(previous);
                              if (event.target.checked) next.add(skill.slug);
                              else next.delete(skill.slug);
                              return next;
                            })
                          }
                          className="size-4 accent-brand-700"
                          data-testid="review-skill"
                          data-skill={skill.slug}
                        />
                        {skill.name}
                        {skill.matchedText.toLowerCase() !== skill.name.toLowerCase() && <span className="text-xs text-slate-600">(“{skill.matchedText}”)</span>}
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ) : (
              skills.length > 0 && <p className="text-sm text-slate-700">Every skill found is on your profile already.</p>
            )}
            {skills.some((skill) => skill.onProfile) && (
              <p className="text-sm text-slate-700">
                Already on your profile:{' '}
                {skills
                  .filter((skill) => skill.onProfile)
                  .map((skill) => skill.name)
                  .join(', ')}
              </p>
            )}
            {resume.parsed.unmatchedSkills.length > 0 && (
              <div className="flex flex-col gap-2">
                <h3 className="text-sm font-semibold text-slate-900">Not in the taxonomy</h3>
                <p className="text-sm text-slate-700">We found these words in your skills section but no skill of that name: add a close match on your profile.</p>
                <ul className="flex flex-wrap gap-2" data-testid="unmatched-skills">
                  {resume.parsed.unmatchedSkills.map((word) => (
                    <li key={word}>
                      <Tag>{word}</Tag>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {offered.length > 0 && (
              <SubmitButton
                type="button"
                variant="secondary"
                className="self-start text-sm"
                pending={pending === 'skills'}
                pendingLabel="Adding…"
                onClick={() => void accept(['skills'], 'skills')}
                testId="accept-skills"
              >
                Add {chosenSkills.length} {chosenSkills.length === 1 ? 'skill' : 'skills'}
              </SubmitButton>
            )}
          </>
        )}
      </Panel>
    </>
  );
}

function ResumeText({ resume }: { resume: ResumeDetail }) {
  return (
    <Panel
      id="resume-text-heading"
      title="Your resume"
      action={
        <a href={resumeFileUrl(resume.id)} download className={`${BUTTON_STYLES.secondary} text-sm`} data-testid="review-download">
          Download the file
        </a>
      }
    >
      {resume.text ? (
        <pre tabIndex={0} aria-label="Text read from the resume" className="max-h-[36rem] overflow-auto rounded-lg bg-slate-50 p-3 font-sans text-sm break-words whitespace-pre-wrap text-slate-900" data-testid="resume-text">
          {resume.text}
        </pre>
      ) : (
        <p className="text-sm text-slate-600">No text was read from this file.</p>
      )}
    </Panel>
  );
}

function ReviewContent({ id }: { id: string }) {
  const resume = useResume(id);
  const profile = useOwnProfile();
  if (resume.isError) {
    return isNotFound(resume.error) ? (
      <Notice tone="warning" testId="resume-not-found">
        This resume does not exist or was deleted.{' '}
        <Link to="/profile" className={TEXT_LINK}>
          Back to your profile
        </Link>
      </Notice>
    ) : (
      <ErrorState title="We couldn't load this resume" error={resume.error} onRetry={() => void resume.refetch()} />
    );
  }
  if (profile.isError) return <ErrorState title="We couldn't load your profile" error={profile.error} onRetry={() => void profile.refetch()} />;
  if (!resume.data || !profile.data) return <LoadingText>Loading the resume…</LoadingText>;
  const data = resume.data;

  let review: ReactNode;
  if (data.parseStatus === 'pending' || data.parseStatus === 'parsing') {
    review = (
      <p role="status" className="flex items-center gap-2 rounded-xl border border-slate-200 bg-white p-4 text-slate-700" data-testid="review-waiting">
        <Spinner /> Reading your resume… this page updates by itself.
      </p>
    );
  } else if (data.parseStatus === 'failed') {
    review = (
      <div role="alert" className="flex flex-col gap-2 rounded-xl border border-red-200 bg-red-50 p-4 text-red-950" data-testid="review-failed">
        <p className="font-semibold">This resume could not be read.</p>
        {data.parseError && <p>{data.parseError}</p>}
      </div>
    );
  } else if (data.parsed) {
    review = <Review key={data.id} resume={{ ...data, parsed: data.parsed }} profile={profile.data} />;
  } else {
    review = <p className="text-slate-600">Nothing was found in this resume.</p>;
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
      <div className="flex min-w-0 flex-col gap-6">{review}</div>
      <div className="flex min-w-0 flex-col gap-6">
        {data.insights && <Insights insights={data.insights} />}
        {data.parseStatus === 'parsed' && data.rewrites && <Rewrites id={data.id} rewrites={data.rewrites} />}
        <ResumeText resume={data} />
      </div>
    </div>
  );
}

export function ResumeReviewPage() {
  const { resumeId } = useParams({ from: '/signed-in/profile/resumes/$resumeId' });
  const valid = resumeIdSchema.safeParse(resumeId).success;
  const session = useSession();
  useDocumentTitle('Review your resume');
  const isCandidate = session.account?.user.role === 'candidate';
  return (
    <PageContainer className="pt-6 sm:pt-8">
      <div className="flex flex-col gap-6">
        <header className="flex flex-col gap-2">
          <Link to="/profile" className="inline-flex items-center gap-1 self-start rounded text-sm font-medium text-slate-700 hover:text-brand-800 hover:underline">
            <span aria-hidden="true">←</span> Your profile
          </Link>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">Review your resume</h1>
        </header>
        {!session.account ? (
          <LoadingText>Loading…</LoadingText>
        ) : !isCandidate ? (
          <CandidatesOnly feature="Resumes" />
        ) : valid ? (
          <ReviewContent id={resumeId} />
        ) : (
          <Notice tone="warning" testId="resume-not-found">
            This resume does not exist.{' '}
            <Link to="/profile" className={TEXT_LINK}>
              Back to your profile
            </Link>
          </Notice>
        )}
      </div>
    </PageContainer>
  );
}
