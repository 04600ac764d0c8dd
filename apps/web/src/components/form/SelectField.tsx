// A labelled <select> with an optional hint and its error, wired like TextField (aria-invalid, aria-describedby).
import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldFrame, useFieldIds } from './FieldFrame.tsx';
import { controlClass } from './field-styles.ts';

export interface SelectFieldProps<V extends string>
  extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'id' | 'className'> {
  label: ReactNode;
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string }[];
  error?: string;
  hint?: ReactNode;
  /** Labels that are visually implied by a row (e.g. one skill's importance) can be read by screen readers only. */
  labelHidden?: boolean;
  selectClassName?: string;
}

export function SelectField<V extends string>({
  label,
  value,
  onChange,
  options,
  error,
  hint,
  labelHidden = false,
  selectClassName = '',
  ...selectProps
}: SelectFieldProps<V>) {
  const ids = useFieldIds(error, hint);
  return (
    <FieldFrame ids={ids} label={label} labelHidden={labelHidden} hint={hint} error={error} className="min-w-0">
      <select
        {...ids.controlProps}
        value={value}
        onChange={(event) => onChange(event.target.value as V)}
        className={`${controlClass(Boolean(error))} ${selectClassName}`}
        {...selectProps}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
