// "Save" / "Saved": a toggle for signed-in candidates; nothing for anyone else.
import { useSavedJob } from './saved-jobs.ts';

interface SaveJobButtonProps {
  jobId: string;
  /** The job's title, so the button's name says which job it saves. */
  jobTitle: string;
  className?: string;
}

export function SaveJobButton({ jobId, jobTitle, className = '' }: SaveJobButtonProps) {
  const { available, saved, toggle } = useSavedJob(jobId);
  if (!available) return null;
  return (
    <button
      type="button"
      aria-pressed={saved}
      aria-label={`${saved ? 'Saved' : 'Save'}: ${jobTitle}`}
      onClick={toggle}
      data-testid="save-job"
      className={`relative z-10 inline-flex min-h-9 items-center gap-1 rounded-lg border px-3 text-sm font-semibold transition ${
        saved
          ? 'border-brand-700 bg-brand-50 text-brand-800 hover:bg-brand-100'
          : 'border-slate-300 bg-white text-slate-700 hover:border-slate-400 hover:text-slate-900'
      } ${className}`}
    >
      <span aria-hidden="true">{saved ? '★' : '☆'}</span>
      {saved ? 'Saved' : 'Save'}
    </button>
  );
}
