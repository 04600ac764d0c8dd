// A button for something that cannot be undone: the first press asks, the second does it. No modal dialog;
// focus moves to the confirming button and back to the first one on cancel.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { BUTTON_STYLES } from './button-styles.ts';
import { SubmitButton } from './form/SubmitButton.tsx';

interface ConfirmActionProps {
  /** The first button, e.g. "End session". */
  label: ReactNode;
  /** What is about to happen, as a question: "End this session?" */
  question: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** Resolves when done (the question closes) or rejects (it stays open; the caller shows the error). */
  onConfirm: () => Promise<unknown>;
  tone?: 'danger' | 'neutral';
  /** Names the first button for screen readers when its label alone is ambiguous (e.g. in a table row). */
  ariaLabel?: string;
  disabled?: boolean;
  testId?: string;
}

export function ConfirmAction({
  label,
  question,
  confirmLabel,
  pendingLabel,
  pending,
  onConfirm,
  tone = 'danger',
  ariaLabel,
  disabled,
  testId,
}: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    else if (returnFocus.current) triggerRef.current?.focus();
    returnFocus.current = false;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        onClick={() => setAsking(true)}
        disabled={disabled}
        aria-label={ariaLabel}
        className={`${tone === 'danger' ? BUTTON_STYLES.dangerOutline : BUTTON_STYLES.secondary} text-sm`}
        data-testid={testId}
      >
        {label}
      </button>
    );
  }
  return (
    <div
      ref={confirmRef}
      role="group"
      aria-label="Confirm"
      className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-slate-50 p-2"
    >
      <span className="px-1 text-sm font-medium text-slate-800">{question}</span>
      <SubmitButton
        type="button"
        pending={pending}
        pendingLabel={pendingLabel}
        variant={tone === 'danger' ? 'danger' : 'primary'}
        className="text-sm"
        onClick={() => {
          onConfirm().then(
            () => setAsking(false),
            () => undefined,
          );
        }}
        testId={testId ? `${testId}-confirm` : undefined}
      >
        {confirmLabel}
      </SubmitButton>
      <button
        type="button"
        disabled={pending}
        onClick={() => {
          returnFocus.current = true;
          setAsking(false);
        }}
        className={`${BUTTON_STYLES.secondary} text-sm`}
      >
        Cancel
      </button>
    </div>
  );
}
