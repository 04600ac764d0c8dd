// Job descriptions are rich text: a small HTML subset that is safe to put into a page as it is. Everything else
// (scripts, event handlers, styles, iframes, javascript: links) is removed when a description is written, and
// again when it is read, so a row written by another path (psql, an old import) cannot smuggle anything in.
import sanitizeHtml from 'sanitize-html';

export const DESCRIPTION_TAGS = ['p', 'br', 'strong', 'em', 'b', 'i', 'u', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote', 'a'] as const;
const LINK_SCHEMES = ['http', 'https', 'mailto'];
/** Links leave the portal without vouching for the target (nofollow) or handing it our window (noopener). */
const LINK_REL = 'nofollow noopener';

function isSafeHref(href: string | undefined): href is string {
  if (!href) return false;
  try {
    return LINK_SCHEMES.includes(new URL(href).protocol.slice(0, -1));
  } catch {
    return false;
  }
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...DESCRIPTION_TAGS],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: LINK_SCHEMES,
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Content of removed tags stays as text, except where it is code or markup (script, style, textarea...).
  disallowedTagsMode: 'discard',
  transformTags: {
    // Pasted documents bring their own heading levels; the job page's own headings stay above them.
    h1: 'h3',
    h2: 'h3',
    h5: 'h4',
    h6: 'h4',
    div: 'p',
    // A link keeps only a web or mail address and our rel: no target, no handlers.
    a: (_tag, attribs) => {
      const kept: sanitizeHtml.Attributes = isSafeHref(attribs.href) ? { href: attribs.href, rel: LINK_REL } : {};
      return { tagName: 'a', attribs: kept };
    },
  },
  // A link to anything else (javascript:, data:, relative paths) goes, and its text stays.
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false),
};

/**
 * Markup, as opposed to plain text that happens to contain "<" ("salary < 50k", "<your name>"): an HTML tag
 * name or a comment. Either way the result is safe; this only decides which reading keeps the author's intent.
 */
const LOOKS_LIKE_HTML =
  /<!--|<\/?(p|br|hr|div|span|strong|em|b|i|u|s|sub|sup|ul|ol|li|dl|dt|dd|h[1-6]|blockquote|pre|code|a|img|script|style|iframe|object|embed|svg|math|table|thead|tbody|tr|td|th|font|section|article|header|footer|form|input|button|textarea|select|link|meta|base|html|head|body|title|noscript|template|video|audio|source)(\s[^>]*)?\/?>/i;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Plain text as HTML: blank lines separate paragraphs, lines starting with "- " or "* " make a bullet list,
 * other line breaks are kept. API clients and older rows send descriptions this way.
 */
export function plainTextToHtml(text: string): string {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  const html: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').map((line) => line.trim()).filter(Boolean);
    if (lines.length === 0) continue;
    let paragraph: string[] = [];
    let bullets: string[] = [];
    const flush = () => {
      if (paragraph.length) html.push(`<p>${paragraph.map(escapeText).join('<br />')}</p>`);
      if (bullets.length) html.push(`<ul>${bullets.map((b) => `<li>${escapeText(b)}</li>`).join('')}</ul>`);
      paragraph = [];
      bullets = [];
    };
    for (const line of lines) {
      const bullet = /^[-*•]\s+(.*)$/.exec(line);
      if (bullet) {
        if (paragraph.length) flush();
        bullets.push(bullet[1]!);
      } else {
        if (bullets.length) flush();
        paragraph.push(line);
      }
    }
    flush();
  }
  return html.join('\n');
}

/** A description as stored and shown: the allowed HTML subset only. Plain text becomes paragraphs first. */
export function sanitizeJobDescription(input: string): string {
  const html = LOOKS_LIKE_HTML.test(input) ? input : plainTextToHtml(input);
  return sanitizeHtml(html, OPTIONS).trim();
}

const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' };

/** The words a description shows, without markup: "has it any content?" and plain-text uses (emails, meta tags). */
export function descriptionText(html: string): string {
  // Blocks and line breaks separate words even where the markup has no space between them.
  const spaced = html.replace(/<br\s*\/?>|<\/(p|li|h3|h4|blockquote|ul|ol)>/gi, (tag) => `${tag} `);
  return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(nbsp|lt|gt|quot|#39|amp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
