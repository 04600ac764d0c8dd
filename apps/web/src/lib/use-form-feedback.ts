// A form's error state and its focus rule: after a failed submit, focus moves to the first field in error (or to
// the banner when no field is at fault), so keyboard and screen-reader users land on what needs fixing.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { fieldErrorsFromZod, formErrorsFromApi, type FieldErrors, type FormBanner, type FormErrors } from './form-errors.ts';

/** Marks the element focus falls back to when no field is at fault (see FormAlert). */
export const FORM_ALERT_ATTRIBUTE = 'data-form-alert';

interface FeedbackState<F extends string> extends FormErrors<F> {
  /** Bumped on every failed submit, so the same errors twice still move focus. */
  attempt: number;
}

export interface FormFeedback<F extends string> {
  /** A callback ref for the <form>: focus looks for the first field in error inside it. */
  bindForm: (form: HTMLFormElement | null) => void;
  errors: FieldErrors<F>;
  banner: FormBanner | undefined;
  /** The parsed input, or undefined after showing what is wrong with it. */
  check: <S extends z.ZodType>(schema: S, values: unknown) => z.output<S> | undefined;
  showApiError: (error: unknown) => void;
  /** A <form onSubmit>: checks `values` against the schema and calls `submit` with the parsed input when valid. */
  submitWith: <S extends z.ZodType>(schema: S, values: unknown, submit: (input: z.output<S>) => void) => (event: FormEvent) => void;
  /** Shows problems found by the form's own rules (e.g. "type DELETE to confirm"). */
  show: (errors: Partial<FormErrors<F>>) => void;
  clearField: (field: F) => void;
  reset: () => void;
}

export function useFormFeedback<F extends string>(fields: readonly F[]): FormFeedback<F> {
  const [form, bindForm] = useState<HTMLFormElement | null>(null);
  const [state, setState] = useState<FeedbackState<F>>({ fields: {}, banner: undefined, attempt: 0 });
  // Forms pass their field names as a constant or an inline literal: compare by content, not identity.
  const fieldList = fields.join(' ');

  useEffect(() => {
    if (state.attempt === 0) return;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>(`[${FORM_ALERT_ATTRIBUTE}]`);
    target?.focus();
  }, [form, state.attempt]);

  const fail = useCallback((errors: FormErrors<F>) => {
    setState((previous) => ({ ...errors, attempt: previous.attempt + 1 }));
  }, []);

  const check = useCallback(
    <S extends z.ZodType>(schema: S, values: unknown): z.output<S> | undefined => {
      const result = schema.safeParse(values);
      if (result.success) {
        setState((previous) => ({ fields: {}, banner: undefined, attempt: previous.attempt }));
        return result.data;
      }
      fail(fieldErrorsFromZod(result.error, fieldList.split(' ') as F[]));
      return undefined;
    },
    [fail, fieldList],
  );

  const showApiError = useCallback(
    (error: unknown) => fail(formErrorsFromApi(error, fieldList.split(' ') as F[])),
    [fail, fieldList],
  );
  const show = useCallback(
    (errors: Partial<FormErrors<F>>) => fail({ fields: errors.fields ?? {}, banner: errors.banner }),
    [fail],
  );

  const clearField = useCallback((field: F) => {
    setState((previous) => {
      if (previous.fields[field] === undefined) return previous;
      const fields = { ...previous.fields };
      delete fields[field];
      return { ...previous, fields };
    });
  }, []);

  const submitWith = useCallback(
    <S extends z.ZodType>(schema: S, values: unknown, submit: (input: z.output<S>) => void) =>
      (event: FormEvent) => {
        event.preventDefault();
        const input = check(schema, values);
        if (input !== undefined) submit(input);
      },
    [check],
  );

  const reset = useCallback(() => setState((previous) => ({ fields: {}, banner: undefined, attempt: previous.attempt })), []);

  return { bindForm, errors: state.fields, banner: state.banner, check, showApiError, submitWith, show, clearField, reset };
}

/**
 * A form's values, and `set(field)`: one field's change handler, which stores its value and clears its error
 * (`clearField` of useFormFeedback). `afterChange` runs after each change, e.g. to forget a "saved" message.
 */
export function useFormValues<V extends object>(
  initial: V | (() => V),
  clearField: (field: Extract<keyof V, string>) => void,
  afterChange?: (field: Extract<keyof V, string>) => void,
) {
  const [values, setValues] = useState<V>(initial);
  const set =
    <K extends Extract<keyof V, string>>(field: K) =>
    (value: V[K]) => {
      setValues((previous) => ({ ...previous, [field]: value }));
      clearField(field);
      afterChange?.(field);
    };
  return { values, setValues, set };
}
