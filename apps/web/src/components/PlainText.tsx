// Renders plain text from the API as paragraphs and bullet lists: React text nodes, never HTML.
import { toTextBlocks } from '../lib/plain-text.ts';

export function PlainText({ text }: { text: string }) {
  const blocks = toTextBlocks(text);
  return (
    <div className="flex flex-col gap-4 leading-relaxed text-slate-800">
      {blocks.map((block, index) =>
        block.kind === 'list' ? (
          <ul key={index} className="list-disc space-y-1 pl-6 marker:text-slate-400">
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={index} className="whitespace-pre-line">
            {block.text}
          </p>
        ),
      )}
    </div>
  );
}
