// What every page's URL schema (features/*/search-params.ts) shares: URL state is parsed leniently, so a
// hand-edited or stale URL falls back to defaults instead of failing.
import { z } from 'zod';

/** The longest search words kept from a URL (the job search's and the admin's user search). */
export const MAX_QUERY_LENGTH = 200;

/** A URL value the router may have parsed as a number or boolean, read back as the text it was. */
export const urlText = (max: number) =>
  z
    .union([z.string(), z.number(), z.boolean()])
    .transform((value) => String(value).trim().slice(0, max) || undefined)
    .optional()
    .catch(undefined);
