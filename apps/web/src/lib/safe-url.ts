// Links built from data people typed (a company's website) must never become javascript: or data: URLs.

/** The URL when it is a well-formed http(s) address, otherwise null. */
export function toSafeExternalUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** "https://www.example.com/about" as people say it: "example.com". */
export function displayHost(url: string): string {
  return new URL(url).host.replace(/^www\./, '');
}
