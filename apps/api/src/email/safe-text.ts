// Making untrusted text safe to put into an email or a page: HTML escaping and single-line header values.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

// C0 and C1 controls (CR and LF among them) plus the Unicode line and paragraph separators: matching control
// characters is the point here, hence the lint exception.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * One line of plain text: control characters become a space, so a value cannot start a new header line in a
 * subject or break the layout of a sentence it is placed in.
 */
export function singleLine(value: string): string {
  return value.replace(CONTROL_CHARACTERS, ' ').replace(/ {2,}/g, ' ').trim();
}
