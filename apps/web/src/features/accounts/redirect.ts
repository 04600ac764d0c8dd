// Where to go after signing in: only a path on this site. `?redirect=` comes from the URL, which anyone can
// craft, so "//evil.example", "/\evil.example" and "https://evil.example" must never be followed (open redirect).

const PLACEHOLDER_ORIGIN = 'https://hotgigs.invalid';

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** The path (with its query and fragment) when `value` is a same-site relative path, otherwise undefined. */
export function safeRedirectPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) return undefined;
  // Browsers drop tabs and newlines from URLs and read "\" as "/": "/\t/evil" and "/\evil" both mean "//evil".
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\s]/.test(value) || hasControlCharacter(value)) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}
