// The errors services throw, in the language of the domain rather than of a transport: "not found", "a field is
// wrong", "too many attempts". One middleware turns them into tRPC codes (trpc/procedures.ts) and the HTTP
// routes into statuses (httpStatusOf), so a worker, a REST adapter or a stream can reuse any service as it is.

export type DomainErrorKind = 'invalid' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'too_many_requests' | 'unavailable';

/** A machine-readable reason beside the message, for clients that act on it (tRPC's `data.reason`). */
export type DomainErrorReason = 'email_not_verified' | 'account_deactivated';

/** One problem with one input field: [field, message people read]. */
export type FieldProblem = [field: string, message: string];

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly details: {
      /** Problems per field (kind `invalid`): forms show each next to its field. */
      fields?: FieldProblem[];
      reason?: DomainErrorReason;
      /** Seconds until another attempt may pass (kind `too_many_requests`). */
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (message: string) => new DomainError('invalid', message);
export const unauthorized = (message: string) => new DomainError('unauthorized', message);
export const forbidden = (message: string, reason?: DomainErrorReason) => new DomainError('forbidden', message, reason ? { reason } : {});
export const notFound = (message: string) => new DomainError('not_found', message);
export const conflict = (message: string) => new DomainError('conflict', message);
/** A service the portal depends on (an optional AI provider) is off or not answering: nothing was wrong with the request. */
export const unavailable = (message: string) => new DomainError('unavailable', message);

export function tooManyRequests(retryAfterSeconds: number): DomainError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new DomainError('too_many_requests', `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, {
    retryAfterSeconds,
  });
}

/**
 * A 400 about one field, shaped like a validation error for problems only the server can see: a wrong current
 * password, an invitation that expired. The message reads "field: problem", as validation messages do.
 */
export function fieldError(field: string, message: string): DomainError {
  return fieldErrors([[field, message]]);
}

/** Several problems at once, each named by its field. */
export function fieldErrors(problems: FieldProblem[]): DomainError {
  return new DomainError('invalid', problems.map(([field, message]) => `${field}: ${message}`).join('; '), { fields: problems });
}

/** Each kind's code as clients see it (tRPC's codes, and the `error` of plain HTTP answers) and HTTP status. */
export const ERROR_CODE = {
  invalid: { code: 'BAD_REQUEST', status: 400 },
  unauthorized: { code: 'UNAUTHORIZED', status: 401 },
  forbidden: { code: 'FORBIDDEN', status: 403 },
  not_found: { code: 'NOT_FOUND', status: 404 },
  conflict: { code: 'CONFLICT', status: 409 },
  too_many_requests: { code: 'TOO_MANY_REQUESTS', status: 429 },
  unavailable: { code: 'SERVICE_UNAVAILABLE', status: 503 },
} as const satisfies Record<DomainErrorKind, { code: string; status: number }>;
