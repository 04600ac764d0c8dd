// Text people type, as every input schema takes it: no NUL or other control characters (tabs and line breaks
// are fine). PostgreSQL refuses NUL in text outright and the rest corrupt exports, emails and logs, so they are
// a 400 naming the field, never a database error.
import { z } from 'zod';

// eslint-disable-next-line no-control-regex -- control characters are what it finds
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const CONTROL_CHARACTERS_MESSAGE = 'Remove the control characters (such as NUL) from this text.';

/** A string without control characters. */
export const safeString = () => z.string().refine((value) => !CONTROL_CHARACTERS.test(value), CONTROL_CHARACTERS_MESSAGE);

/** Trimmed text of at most `max` characters. */
export const safeText = (max: number) => safeString().trim().max(max, `Use at most ${max} characters.`);
