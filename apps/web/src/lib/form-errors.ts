// A form's problems, from the browser's own check (zod, the same schemas the API uses) or from the API's
// answer: one message next to each field the form shows, everything else in one banner above it.
import type { z } from 'zod';
import { describeApiError, explainApiError } from './api-error.ts';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface FormBanner {
  message: string;
  /** Quoted to support when the server failed; absent for refusals (4xx) and problems the browser found. */
  requestId?: string;
}

export interface FormErrors<F extends string> {
  fields: FieldErrors<F>;
  banner: FormBanner | undefined;
}

/** The first message per top-level field of a failed zod check. */
export function fieldErrorsFromZod<F extends string>(error: z.ZodError, fields: readonly F[]): FormErrors<F> {
  const result: FieldErrors<F> = {};
  const other: string[] = [];
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && (fields as readonly string[]).includes(field)) {
      result[field as F] ??= issue.message;
    } else if (!other.includes(issue.message)) {
      other.push(issue.message);
    }
  }
  return { fields: result, banner: other.length ? { message: other.join(' ') } : undefined };
}

const FIELD_MESSAGE = /^([A-Za-z][\w]*)(?:\.[\w.]*)?: (.+)$/s;

/**
 * The API words validation errors as "field: message; other: message". Some of its 400s (a wrong current password,
 * an expired invitation) arrive without `fieldErrors`, so the message is read back into fields; undefined when
 * it is not in that form.
 */
export function fieldErrorsFromMessage(message: string): Partial<Record<string, string[]>> | undefined {
  const result: Partial<Record<string, string[]>> = {};
  // Messages may hold "; " themselves: split only where the next field's name follows.
  for (const part of message.split(/; (?=[A-Za-z][\w.]*: )/)) {
    const match = FIELD_MESSAGE.exec(part);
    if (!match) return undefined;
    (result[match[1]!] ??= []).push(match[2]!);
  }
  return result;
}

/**
 * Field errors the API reported for fields this form shows go next to them; the rest (a field the form has no
 * input for, a wrong password, a rate limit, the server being down) becomes the banner.
 */
export function formErrorsFromApi<F extends string>(error: unknown, fields: readonly F[]): FormErrors<F> {
  const info = describeApiError(error);
  const reported =
    Object.keys(info.fieldErrors).length > 0
      ? info.fieldErrors
      : info.code === 'BAD_REQUEST'
        ? (fieldErrorsFromMessage(info.message) ?? {})
        : {};
  const result: FieldErrors<F> = {};
  const other: string[] = [];
  for (const [field, messages] of Object.entries(reported)) {
    const message = messages?.[0];
    if (!message) continue;
    if ((fields as readonly string[]).includes(field)) result[field as F] = message;
    else if (!other.includes(message)) other.push(message);
  }
  const hasFieldErrors = Object.keys(result).length > 0 || other.length > 0;
  if (!hasFieldErrors) {
    // The request id helps support with failures on the server's side; for a refusal the sentence says it all.
    const serverFault = info.httpStatus !== undefined && info.httpStatus >= 500;
    return { fields: result, banner: { message: explainApiError(info), ...(serverFault && info.requestId && { requestId: info.requestId }) } };
  }
  return { fields: result, banner: other.length ? { message: other.join(' ') } : undefined };
}
