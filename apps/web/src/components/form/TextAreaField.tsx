// A labelled multi-line text input with an optional hint, a character count and its error (like TextField).
import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldFrame, useFieldIds } from './FieldFrame.tsx';
import { controlClass } from './field-styles.ts';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'id' | 'className'> {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
}

export function TextAreaField({ label, value, onChange, error, hint, maxLength, rows = 5, ...props }: TextAreaFieldProps) {
  const ids = useFieldIds(error, hint, [maxLength !== undefined && 'count']);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error}>
      <textarea
        {...ids.controlProps}
        value={value}
        rows={rows}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        className={`${controlClass(Boolean(error))} py-2 leading-relaxed`}
        {...props}
      />
      {maxLength !== undefined && (
        <p id={ids.countId} className="self-end text-xs text-slate-600">
          {value.length.toLocaleString('en-US')} / {maxLength.toLocaleString('en-US')} characters
        </p>
      )}
    </FieldFrame>
  );
}
