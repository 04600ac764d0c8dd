// The browser's check of an authenticator code before sending it: six digits, spaces allowed ("123 456").
// Recovery codes are checked with the API's own mfaCodeInput.
import { z } from 'zod';

export const totpCodeInput = z.strictObject({
  code: z
    .string()
    .transform((code) => code.replace(/\s/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, 'Enter the 6 digits your authenticator app shows.')),
});
