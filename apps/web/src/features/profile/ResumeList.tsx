// The candidate's resumes, newest first: each with its parse status (live while it is read), the reason a failed
// one failed, its quality score, whether it is the primary one, and what can be done with it.
import type { ParseStatus, ResumeFormat } from '@hotgigs/shared';
import { Link } from '@tanstack/react-router';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { Tag } from '../../components/Tag.tsx';
import { formatFileSize } from '../../lib/upload.ts';

/** One resume as the list shows it (resume.list). */
export interface ResumeSummary {
  id: string;
  filename: string;
  sizeBytes: number;
  format: ResumeFormat;
  parseStatus: ParseStatus;
  parseError: string | null;
  qualityScore: number | null;
  isPrimary: boolean;
  createdAt: Date;
}

const STATUS: Record<ParseStatus, { label: string; tone: 'neutral' | 'accent' | 'success' | 'danger' }> = {
  pending: { label: 'Waiting to be read', tone: 'neutral' },
  parsing: { label: 'Reading…', tone: 'accent' },
  parsed: { label: 'Read', tone: 'success' },
  failed: { label: 'Could not be read', tone: 'danger' },
};
const FORMAT_LABELS: Record<ResumeFormat, string> = { pdf: 'PDF', docx: 'Word', txt: 'Text' };

export const isBusy = (status: ParseStatus) => status === 'pending' || status === 'parsing';

export const resumeFileUrl = (id: string) => `/api/resumes/${encodeURIComponent(id)}/file`;

export interface ResumeActions {
  setPrimary: (id: string) => Promise<unknown>;
  reparse: (id: string) => Promise<unknown>;
  remove: (id: string) => Promise<unknown>;
  /** The resume an action is running for, and which. */
  pending: { id: string; action: 'setPrimary' | 'reparse' | 'remove' } | undefined;
}

export function ResumeList({ resumes, actions }: { resumes: readonly ResumeSummary[]; actions: ResumeActions }) {
  const busy = (id: string, action: NonNullable<ResumeActions['pending']>['action']) => actions.pending?.id === id && actions.pending.action === action;
  return (
    <ul aria-label="Your resumes" className="flex flex-col divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white" data-testid="resume-list">
      {resumes.map((resume) => {
        const status = STATUS[resume.parseStatus];
        return (
          <li key={resume.id} className="flex flex-col gap-3 p-4" data-testid="resume" data-resume-id={resume.id} data-status={resume.parseStatus}>
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="flex min-w-0 flex-col gap-1">
                <p className="font-semibold break-all text-slate-900" data-testid="resume-filename">
                  {resume.filename}
                </p>
                <p className="text-sm text-slate-600">
                  {FORMAT_LABELS[resume.format]} · {formatFileSize(resume.sizeBytes)} · uploaded{' '}
                  {resume.createdAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                {resume.isPrimary && (
                  <span data-testid="resume-primary">
                    <Tag tone="accent">Primary</Tag>
                  </span>
                )}
                <span className="inline-flex items-center gap-1" data-testid="resume-status">
                  {resume.parseStatus === 'parsing' && <Spinner />}
                  <Tag tone={status.tone}>{status.label}</Tag>
                </span>
                {resume.qualityScore !== null && (
                  <span data-testid="resume-score">
                    <Tag tone={resume.qualityScore >= 80 ? 'success' : resume.qualityScore >= 50 ? 'warning' : 'danger'}>Score {resume.qualityScore}/100</Tag>
                  </span>
                )}
              </div>
            </div>
            {resume.parseStatus === 'failed' && resume.parseError && (
              <p className="rounded-lg bg-red-50 p-3 text-sm text-red-950" data-testid="resume-error">
                {resume.parseError}
              </p>
            )}
            <div className="flex flex-wrap gap-2">
              {resume.parseStatus === 'parsed' && (
                <Link to="/profile/resumes/$resumeId" params={{ resumeId: resume.id }} className={`${BUTTON_STYLES.primary} text-sm`} data-testid="review-resume">
                  Review and accept<span className="sr-only"> {resume.filename}</span>
                </Link>
              )}
              <a href={resumeFileUrl(resume.id)} download className={`${BUTTON_STYLES.secondary} text-sm`} data-testid="download-resume">
                Download<span className="sr-only"> {resume.filename}</span>
              </a>
              {!resume.isPrimary && (
                <SubmitButton
                  type="button"
                  variant="secondary"
                  className="text-sm"
                  pending={busy(resume.id, 'setPrimary')}
                  pendingLabel="Saving…"
                  onClick={() => void actions.setPrimary(resume.id).catch(() => undefined)}
                  testId="set-primary"
                >
                  Make primary<span className="sr-only"> {resume.filename}</span>
                </SubmitButton>
              )}
              {!isBusy(resume.parseStatus) && (
                <SubmitButton
                  type="button"
                  variant="secondary"
                  className="text-sm"
                  pending={busy(resume.id, 'reparse')}
                  pendingLabel="Starting…"
                  onClick={() => void actions.reparse(resume.id).catch(() => undefined)}
                  testId="reparse-resume"
                >
                  Read again<span className="sr-only"> {resume.filename}</span>
                </SubmitButton>
              )}
              <ConfirmAction
                label="Delete"
                ariaLabel={`Delete ${resume.filename}`}
                question={`Delete “${resume.filename}”?`}
                confirmLabel="Delete"
                pendingLabel="Deleting…"
                pending={busy(resume.id, 'remove')}
                onConfirm={() => actions.remove(resume.id)}
                testId="delete-resume"
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
