// Adding a resume: drop a file on the zone or choose it with the button; it goes up over plain HTTP with a real
// progress bar (lib/upload.ts), and the answer is said in words (resume-upload.ts).
import { RESUME_MAX_BYTES } from '@hotgigs/shared';
import { useId, useRef, useState, type DragEvent } from 'react';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { ERROR_TEXT } from '../../components/form/field-styles.ts';
import { formatFileSize, uploadFile, type UploadAnswer } from '../../lib/upload.ts';
import { checkResumeFile, RESUME_ACCEPT, RESUME_UPLOAD_URL, resumeUploadOutcome, type UploadOutcome } from './resume-upload.ts';

type State = { phase: 'idle' } | { phase: 'uploading'; fileName: string; fraction: number } | { phase: 'done'; outcome: UploadOutcome };

interface ResumeUploadProps {
  /** After any answer from the server: the list may have changed (or the session ended). */
  onAnswer: (answer: UploadAnswer, outcome: UploadOutcome) => void | Promise<void>;
  disabled?: boolean;
}

export function ResumeUpload({ onAnswer, disabled }: ResumeUploadProps) {
  const ids = { input: useId(), hint: useId(), progress: useId(), status: useId() };
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [over, setOver] = useState(false);
  const uploading = state.phase === 'uploading';

  const upload = async (file: File) => {
    const refusal = checkResumeFile(file);
    if (refusal) {
      setState({ phase: 'done', outcome: { kind: 'refused', message: refusal } });
      return;
    }
    setState({ phase: 'uploading', fileName: file.name, fraction: 0 });
    try {
      const answer = await uploadFile(RESUME_UPLOAD_URL, file, {
        onProgress: (fraction) => setState({ phase: 'uploading', fileName: file.name, fraction }),
      });
      const outcome = resumeUploadOutcome(answer, file.name);
      setState({ phase: 'done', outcome });
      await onAnswer(answer, outcome);
    } catch (error) {
      setState({ phase: 'done', outcome: { kind: 'refused', message: error instanceof Error ? error.message : String(error) } });
    } finally {
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (uploading || disabled) return;
    const file = event.dataTransfer.files[0];
    if (file) void upload(file);
  };

  const percent = uploading ? Math.round(state.fraction * 100) : 0;
  const outcome = state.phase === 'done' ? state.outcome : undefined;
  return (
    <div className="flex flex-col gap-3" data-testid="resume-upload">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          if (!uploading && !disabled) setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={`flex flex-col items-center gap-3 rounded-xl border-2 border-dashed px-4 py-8 text-center transition-colors ${
          over ? 'border-brand-700 bg-brand-50' : 'border-slate-300 bg-slate-50'
        }`}
        data-testid="resume-drop-zone"
      >
        <p className="font-semibold text-slate-900">Drop your resume here</p>
        <p id={ids.hint} className="text-sm text-slate-600">
          PDF, Word (DOCX) or plain text, at most {formatFileSize(RESUME_MAX_BYTES)}. We read it and suggest fields for your profile; nothing
          changes until you accept them.
        </p>
        <label htmlFor={ids.input} className={`${BUTTON_STYLES.secondary} cursor-pointer has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-700 has-disabled:cursor-not-allowed has-disabled:opacity-70`}>
          Choose a file
          <input
            ref={inputRef}
            id={ids.input}
            type="file"
            accept={RESUME_ACCEPT}
            aria-describedby={`${ids.hint} ${ids.status}`}
            disabled={uploading || disabled}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void upload(file);
            }}
            className="sr-only"
            data-testid="resume-input"
          />
        </label>
      </div>
      {uploading && (
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.progress} className="text-sm text-slate-700">
            Uploading {state.fileName}… {percent}%
          </label>
          <progress id={ids.progress} max={100} value={percent} className="h-2 w-full accent-brand-700" data-testid="resume-progress" />
        </div>
      )}
      <p
        id={ids.status}
        role="status"
        className={outcome?.kind === 'refused' ? ERROR_TEXT : outcome?.kind === 'duplicate' ? 'text-sm text-amber-900' : 'text-sm text-emerald-800'}
        data-testid="resume-upload-status"
        data-outcome={outcome?.kind}
      >
        {uploading ? 'Uploading your resume…' : (outcome?.message ?? '')}
      </p>
    </div>
  );
}
