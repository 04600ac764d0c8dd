// What the UI needs to know about a failed API call: its tRPC code, HTTP status and the request id to quote.
import { TRPCClientError } from '@trpc/client';
import type { AppRouter } from '@hotgigs/api';

export interface ApiErrorInfo {
  /** tRPC error code, e.g. NOT_FOUND; undefined when the server could not be reached. */
  code: string | undefined;
  httpStatus: number | undefined;
  requestId: string | undefined;
  message: string;
}

export function describeApiError(error: unknown): ApiErrorInfo {
  if (error instanceof TRPCClientError) {
    const { data } = error as TRPCClientError<AppRouter>;
    return {
      code: data?.code,
      httpStatus: data?.httpStatus,
      requestId: data?.requestId,
      message: error.message,
    };
  }
  return {
    code: undefined,
    httpStatus: undefined,
    requestId: undefined,
    message: error instanceof Error ? error.message : String(error),
  };
}

/** A 4xx means the request itself is wrong (or the thing is gone): asking again will not help. */
export function isClientError(error: unknown): boolean {
  const { httpStatus } = describeApiError(error);
  return httpStatus !== undefined && httpStatus >= 400 && httpStatus < 500;
}

export function isNotFound(error: unknown): boolean {
  return describeApiError(error).code === 'NOT_FOUND';
}
