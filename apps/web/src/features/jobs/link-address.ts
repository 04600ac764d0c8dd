// What people type as a link in a job description, as the address the API keeps: web pages and email only
// (the server's sanitiser drops anything else, so the editor refuses it up front and says so).
import { toSafeExternalUrl } from '../../lib/safe-url.ts';

const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * "example.com/jobs" -> "https://example.com/jobs", "jo@example.com" -> "mailto:jo@example.com"; http(s) and
 * mailto addresses as they are. Undefined for anything else (javascript:, relative paths, blanks).
 */
export function linkAddress(typed: string): string | undefined {
  const text = typed.trim();
  if (!text || /\s/.test(text)) return undefined;
  if (EMAIL.test(text)) return `mailto:${text}`;
  if (/^mailto:/i.test(text)) return EMAIL.test(text.slice(7)) ? `mailto:${text.slice(7)}` : undefined;
  if (HAS_SCHEME.test(text) && !/^https?:\/\//i.test(text)) return undefined;
  const url = toSafeExternalUrl(HAS_SCHEME.test(text) ? text : `https://${text}`);
  // A bare word ("hello") is not a site anyone meant; a dotted host or an explicit http(s) address is.
  if (!url || (!HAS_SCHEME.test(text) && !new URL(url).hostname.includes('.'))) return undefined;
  return url;
}
