// Job descriptions: HTML the API has already sanitised to a small allowlist (paragraphs, lists, headings,
// emphasis, links with rel="nofollow noopener"), styled here. The one place the app renders HTML it is given.
export function RichText({ html }: { html: string }) {
  return <div className="rich-text leading-relaxed text-slate-800" dangerouslySetInnerHTML={{ __html: html }} />;
}
