import { describe, expect, it } from 'vitest';
import { toTextBlocks, type TextBlock } from './plain-text.ts';

describe('toTextBlocks', () => {
  it.each<{ name: string; text: string; expected: TextBlock[] }>([
    { name: 'empty text', text: '', expected: [] },
    { name: 'blank lines only', text: '\n \n\n', expected: [] },
    { name: 'one paragraph', text: 'We build things.', expected: [{ kind: 'paragraph', text: 'We build things.' }] },
    {
      name: 'paragraphs separated by blank lines',
      text: 'First.\n\nSecond.\n \n\nThird.',
      expected: [
        { kind: 'paragraph', text: 'First.' },
        { kind: 'paragraph', text: 'Second.' },
        { kind: 'paragraph', text: 'Third.' },
      ],
    },
    {
      name: 'a single line break stays inside its paragraph',
      text: 'Line one\nline two',
      expected: [{ kind: 'paragraph', text: 'Line one\nline two' }],
    },
    { name: 'Windows line endings', text: 'A.\r\n\r\nB.', expected: [{ kind: 'paragraph', text: 'A.' }, { kind: 'paragraph', text: 'B.' }] },
    {
      name: 'a bullet list',
      text: 'You bring:\n\n- TypeScript\n* React\n• Testing\n1. Curiosity',
      expected: [
        { kind: 'paragraph', text: 'You bring:' },
        { kind: 'list', items: ['TypeScript', 'React', 'Testing', 'Curiosity'] },
      ],
    },
    {
      name: 'a lead-in line with its bullets right under it',
      text: 'What you will do:\n- Analyse data\n- Write reports\n\nWhat we offer:\n- Flexible hours',
      expected: [
        { kind: 'paragraph', text: 'What you will do:' },
        { kind: 'list', items: ['Analyse data', 'Write reports'] },
        { kind: 'paragraph', text: 'What we offer:' },
        { kind: 'list', items: ['Flexible hours'] },
      ],
    },
    {
      name: 'text after a list in the same block',
      text: 'Intro\n- one\n- two\nOutro',
      expected: [
        { kind: 'paragraph', text: 'Intro' },
        { kind: 'list', items: ['one', 'two'] },
        { kind: 'paragraph', text: 'Outro' },
      ],
    },
    {
      name: 'a dash inside a line is not a bullet',
      text: 'Full-time - permanent',
      expected: [{ kind: 'paragraph', text: 'Full-time - permanent' }],
    },
    {
      name: 'a dash without a space after it is not a bullet',
      text: '-5% churn',
      expected: [{ kind: 'paragraph', text: '-5% churn' }],
    },
    { name: 'markup stays text', text: '<b>bold</b>', expected: [{ kind: 'paragraph', text: '<b>bold</b>' }] },
  ])('$name', ({ text, expected }) => {
    expect(toTextBlocks(text)).toEqual(expected);
  });
});
