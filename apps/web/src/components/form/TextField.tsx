// A labelled input with an optional hint and its error: aria-invalid and aria-describedby wire them together.
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldError } from './FieldError.tsx';
import { controlClass, HINT, LABEL } from './field-styles.ts';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id' | 'className'> {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  /** Content placed inside the control's row, after the input (e.g. a show-password button). */
  trailing?: ReactNode;
  /** Extra ids the input is described by (e.g. a list of rules rendered elsewhere). */
  describedBy?: string;
  inputClassName?: string;
}

export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  trailing,
  describedBy,
  inputClassName = '',
  type = 'text',
  ...inputProps
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describers = [error ? errorId : undefined, hint ? hintId : undefined, describedBy].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className={HINT}>
          {hint}
        </div>
      )}
      <div className="flex gap-2">
        <input
          id={id}
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describers || undefined}
          className={`${controlClass(Boolean(error))} ${inputClassName}`}
          {...inputProps}
        />
        {trailing}
      </div>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
