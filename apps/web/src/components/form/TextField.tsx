// A labelled input with an optional hint and its error: aria-invalid and aria-describedby wire them together.
import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldFrame, useFieldIds } from './FieldFrame.tsx';
import { controlClass } from './field-styles.ts';

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
  const ids = useFieldIds(error, hint, [describedBy]);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error}>
      <div className="flex gap-2">
        <input
          {...ids.controlProps}
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={`${controlClass(Boolean(error))} ${inputClassName}`}
          {...inputProps}
        />
        {trailing}
      </div>
    </FieldFrame>
  );
}
