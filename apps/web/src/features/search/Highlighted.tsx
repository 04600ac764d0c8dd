// Text with its matched words marked, from the search's highlights. Rendered as React text: never as HTML.
import type { ReactNode } from 'react';

export type HighlightParts = { text: string; match: boolean }[];

export function Highlighted({ parts }: { parts: HighlightParts }): ReactNode {
  return parts.map((part, i) =>
    part.match ? (
      <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
        {part.text}
      </mark>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}
