import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsFromMessage, fieldErrorsFromZod, formErrorsFromApi } from './form-errors.ts';

/** A tRPC error as the client receives it from the API. */
function apiError(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { message, code: -32600, data } });
}

describe('fieldErrorsFromZod', () => {
  const schema = z.object({ email: z.email('Enter a valid email.'), password: z.string().min(8, 'Too short.') });

  it('keeps the first message of each field the form shows', () => {
    const result = schema.safeParse({ email: 'nope', password: 'x' });
    expect(result.success).toBe(false);
    expect(fieldErrorsFromZod(result.error!, ['email', 'password'])).toEqual({
      fields: { email: 'Enter a valid email.', password: 'Too short.' },
      banner: undefined,
    });
  });

  it('puts a problem with a field the form does not show into the banner', () => {
    const result = schema.safeParse({ email: 'nope', password: 'long enough' });
    expect(fieldErrorsFromZod(result.error!, ['password'])).toEqual({
      fields: {},
      banner: { message: 'Enter a valid email.' },
    });
  });
});

describe('formErrorsFromApi', () => {
  it('shows validation messages next to their fields', () => {
    const error = apiError('currentPassword: Your current password is not correct.', {
      code: 'BAD_REQUEST',
      httpStatus: 400,
      requestId: 'r1',
      fieldErrors: { currentPassword: ['Your current password is not correct.'] },
    });
    expect(formErrorsFromApi(error, ['currentPassword', 'newPassword'])).toEqual({
      fields: { currentPassword: 'Your current password is not correct.' },
      banner: undefined,
    });
  });

  it('reads the field from the message when the API sends no fieldErrors', () => {
    const error = apiError('currentPassword: Your current password is not correct.', {
      code: 'BAD_REQUEST',
      httpStatus: 400,
      requestId: 'r1',
    });
    expect(formErrorsFromApi(error, ['currentPassword', 'newPassword'])).toEqual({
      fields: { currentPassword: 'Your current password is not correct.' },
      banner: undefined,
    });
  });

  it('shows a 400 that names no field in the banner', () => {
    const error = apiError('This reset link has expired or was already used. Ask for a new one.', {
      code: 'BAD_REQUEST',
      httpStatus: 400,
    });
    expect(formErrorsFromApi(error, ['newPassword'])).toEqual({
      fields: {},
      banner: { message: 'This reset link has expired or was already used. Ask for a new one.' },
    });
  });

  it('shows a field error for a field the form lacks in the banner', () => {
    const error = apiError('invitationToken: This invitation is not valid.', {
      code: 'BAD_REQUEST',
      httpStatus: 400,
      fieldErrors: { invitationToken: ['This invitation is not valid.'] },
    });
    expect(formErrorsFromApi(error, ['email'])).toEqual({ fields: {}, banner: { message: 'This invitation is not valid.' } });
  });

  it('shows a refusal in the banner', () => {
    const error = apiError('Too many attempts. Try again in 12 minutes.', {
      code: 'TOO_MANY_REQUESTS',
      httpStatus: 429,
      requestId: 'abc-123',
    });
    expect(formErrorsFromApi(error, ['email'])).toEqual({
      fields: {},
      banner: { message: 'Too many attempts. Try again in 12 minutes.' },
    });
  });

  it('shows a failure on the server in the banner with its request id', () => {
    const error = apiError('Something went wrong on our side.', {
      code: 'INTERNAL_SERVER_ERROR',
      httpStatus: 500,
      requestId: 'abc-123',
    });
    expect(formErrorsFromApi(error, ['email'])).toEqual({
      fields: {},
      banner: { message: 'Something went wrong on our side.', requestId: 'abc-123' },
    });
  });

  it('says when the server could not be reached', () => {
    expect(formErrorsFromApi(new TypeError('Failed to fetch'), ['email'])).toEqual({
      fields: {},
      banner: { message: 'The Hotgigs server could not be reached. Check your connection and try again.' },
    });
  });
});

describe('fieldErrorsFromMessage', () => {
  it.each([
    { message: 'email: Enter a valid email address.', expected: { email: ['Enter a valid email address.'] } },
    {
      message: 'limit: Too big: expected number to be <=100; page: Too small',
      expected: { limit: ['Too big: expected number to be <=100'], page: ['Too small'] },
    },
    { message: 'answers.0.text: Too long', expected: { answers: ['Too long'] } },
    {
      message: 'newPassword: This is one of the most common passwords; choose one that is harder to guess.',
      expected: { newPassword: ['This is one of the most common passwords; choose one that is harder to guess.'] },
    },
    { message: 'Verify your email address first: open the link we sent you.', expected: undefined },
    { message: 'Something went wrong.', expected: undefined },
  ])('$message', ({ message, expected }) => {
    expect(fieldErrorsFromMessage(message)).toEqual(expected);
  });
});
