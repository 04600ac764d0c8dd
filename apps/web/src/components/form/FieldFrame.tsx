// What every labelled form control shares: the label, an optional hint, the error, and the ids that wire them
// to the control (aria-invalid, aria-describedby). TextField, TextAreaField and SelectField put their control inside.
import { useId, type ReactNode } from 'react';
import { FieldError } from './FieldError.tsx';
import { HINT, LABEL } from './field-styles.ts';

export interface FieldIds {
  id: string;
  hintId: string;
  errorId: string;
  /** For a character count or other text the control is described by. */
  countId: string;
  /** Spread onto the control. */
  controlProps: { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
}

/** The ids of one field; `also` are further ids its control is described by. */
export function useFieldIds(error: string | undefined, hint: ReactNode, also: (string | false | undefined)[] = []): FieldIds {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const countId = `${id}-count`;
  const describers = [error ? errorId : undefined, hint ? hintId : undefined, ...also.map((a) => (a === 'count' ? countId : a))]
    .filter(Boolean)
    .join(' ');
  return {
    id,
    hintId,
    errorId,
    countId,
    controlProps: { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describers || undefined },
  };
}

export function FieldFrame({
  ids,
  label,
  labelHidden = false,
  hint,
  error,
  className = '',
  children,
}: {
  ids: FieldIds;
  label: ReactNode;
  /** For labels a row implies visually (one skill's importance): read by screen readers only. */
  labelHidden?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`flex flex-col gap-1.5 ${className}`}>
      <label htmlFor={ids.id} className={labelHidden ? 'sr-only' : LABEL}>
        {label}
      </label>
      {hint && (
        <div id={ids.hintId} className={HINT}>
          {hint}
        </div>
      )}
      {children}
      <FieldError id={ids.errorId} message={error} />
    </div>
  );
}
