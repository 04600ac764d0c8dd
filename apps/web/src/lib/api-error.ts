// What the UI needs to know about a failed API call: its tRPC code, HTTP status, per-field messages and the
// request id to quote.
import { TRPCClientError } from '@trpc/client';
import type { AppRouter } from '@hotgigs/api';

export interface ApiErrorInfo {
  /** tRPC error code, e.g. NOT_FOUND; undefined when the server could not be reached. */
  code: string | undefined;
  httpStatus: number | undefined;
  requestId: string | undefined;
  message: string;
  /** Validation messages by input field (BAD_REQUEST only), e.g. { email: ['Enter a valid email address…'] }. */
  fieldErrors: Partial<Record<string, string[]>>;
}

export function describeApiError(error: unknown): ApiErrorInfo {
  if (error instanceof TRPCClientError) {
    const { data } = error as TRPCClientError<AppRouter>;
    return {
      code: data?.code,
      httpStatus: data?.httpStatus,
      requestId: data?.requestId,
      message: error.message,
      fieldErrors: (data?.fieldErrors as Partial<Record<string, string[]>> | undefined) ?? {},
    };
  }
  return {
    code: undefined,
    httpStatus: undefined,
    requestId: undefined,
    message: error instanceof Error ? error.message : String(error),
    fieldErrors: {},
  };
}

/** The sentence to show: the server's own, or, when no answer came back, that the server could not be reached. */
export function explainApiError(info: Pick<ApiErrorInfo, 'code' | 'message'>): string {
  // Without a tRPC code the request never got an answer from the API: the network or the server is down.
  return info.code ? info.message : 'The Hotgigs server could not be reached. Check your connection and try again.';
}

/** A 4xx means the request itself is wrong (or the thing is gone): asking again will not help. */
export function isClientError(error: unknown): boolean {
  const { httpStatus } = describeApiError(error);
  return httpStatus !== undefined && httpStatus >= 400 && httpStatus < 500;
}

export function isNotFound(error: unknown): boolean {
  return describeApiError(error).code === 'NOT_FOUND';
}

/** No session, an expired one, or one still waiting for its second factor. */
export function isUnauthorized(error: unknown): boolean {
  return describeApiError(error).code === 'UNAUTHORIZED';
}
