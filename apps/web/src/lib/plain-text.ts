// Job and company texts are plain text: paragraphs separated by blank lines, with "- " bullet lines for lists
// (often right under a lead-in line such as "What you will do:"). They are split into blocks here and
// rendered as React text, never as HTML.

export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const BULLET = /^\s*(?:[-*•]|\d+[.)])\s+/;

/** Runs of bullet lines become lists; runs of other lines become paragraphs, keeping their line breaks. */
function splitBlock(block: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const rawLine of block.split('\n')) {
    const line = rawLine.trim();
    if (line.length === 0) continue;
    const last = blocks.at(-1);
    if (BULLET.test(line)) {
      const item = line.replace(BULLET, '');
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else if (last?.kind === 'paragraph') {
      last.text += `\n${line}`;
    } else {
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return blocks;
}

export function toTextBlocks(text: string): TextBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .flatMap(splitBlock);
}
