// A form's submit button: disabled while the request runs, saying what it is doing.
import type { ReactNode } from 'react';
import { BUTTON_STYLES, type ButtonVariant } from '../button-styles.ts';
import { Spinner } from '../Spinner.tsx';

interface SubmitButtonProps {
  pending: boolean;
  /** e.g. "Signing in…" */
  pendingLabel: string;
  children: ReactNode;
  variant?: ButtonVariant;
  className?: string;
  type?: 'submit' | 'button';
  onClick?: () => void;
  testId?: string;
}

export function SubmitButton({
  pending,
  pendingLabel,
  children,
  variant = 'primary',
  className = '',
  type = 'submit',
  onClick,
  testId,
}: SubmitButtonProps) {
  return (
    <button
      type={type}
      onClick={onClick}
      disabled={pending}
      className={`${BUTTON_STYLES[variant]} ${className}`}
      data-testid={testId}
    >
      {pending ? (
        <>
          <Spinner />
          <span>{pendingLabel}</span>
        </>
      ) : (
        children
      )}
    </button>
  );
}
