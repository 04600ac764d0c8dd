// The authenticator set-up secret, for people who type it into their app instead of scanning the QR code.

/** The base32 secret of an otpauth:// URL, or undefined when the URL has none. */
export function secretFromOtpauthUrl(otpauthUrl: string): string | undefined {
  try {
    return new URL(otpauthUrl).searchParams.get('secret')?.toUpperCase() || undefined;
  } catch {
    return undefined;
  }
}

/** "JBSW Y3DP EHPK 3PXP": groups of four are easier to read and type; apps ignore the spaces. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
