// What survives in a job description: the allowed subset, nothing that runs, links only to the web or mail.
import { describe, expect, it } from 'vitest';
import { descriptionText, plainTextToHtml, sanitizeJobDescription } from './description.ts';

describe('sanitizeJobDescription', () => {
  it.each([
    ['a script', '<p>Hi<script>alert(1)</script></p>', '<p>Hi</p>'],
    ['an event handler', '<p onclick="steal()" onmouseover="x()">Hi</p>', '<p>Hi</p>'],
    ['an image with onerror', '<img src=x onerror=alert(1)>Hi', 'Hi'],
    ['an iframe', '<iframe src="https://evil.example"></iframe><p>Hi</p>', '<p>Hi</p>'],
    ['styles', '<style>p{color:red}</style><p style="color:red">Hi</p>', '<p>Hi</p>'],
    ['a javascript: link', '<a href="javascript:alert(1)">Hi</a>', 'Hi'],
    ['an obfuscated javascript: link', '<a href="jav&#x09;ascript:alert(1)">Hi</a>', 'Hi'],
    ['a data: link', '<a href="data:text/html,<script>alert(1)</script>">Hi</a>', 'Hi'],
    ['a protocol-relative link', '<a href="//evil.example">Hi</a>', 'Hi'],
    ['a relative link', '<a href="/admin">Hi</a>', 'Hi'],
    ['an SVG', '<svg><script>alert(1)</script></svg><p>Hi</p>', '<p>Hi</p>'],
    ['a form', '<form action="https://evil.example"><input name="password"><button>Go</button></form>', 'Go'],
    ['a comment', '<!-- <script>alert(1)</script> --><p>Hi</p>', '<p>Hi</p>'],
  ])('removes %s', (_what, input, output) => {
    expect(sanitizeJobDescription(input)).toBe(output);
  });

  it.each([
    ['paragraphs and line breaks', '<p>One<br>two</p>', '<p>One<br />two</p>'],
    ['emphasis', '<p><strong>a</strong> <em>b</em> <b>c</b> <i>d</i> <u>e</u></p>', '<p><strong>a</strong> <em>b</em> <b>c</b> <i>d</i> <u>e</u></p>'],
    ['lists', '<ul><li>a</li></ul><ol><li>b</li></ol>', '<ul><li>a</li></ul><ol><li>b</li></ol>'],
    ['small headings and quotes', '<h3>A</h3><h4>B</h4><blockquote>C</blockquote>', '<h3>A</h3><h4>B</h4><blockquote>C</blockquote>'],
    ['big headings, made small', '<h1>A</h1><h2>B</h2><h6>C</h6>', '<h3>A</h3><h3>B</h3><h4>C</h4>'],
    ['web links, with our rel and no target', '<a href="https://x.example" target="_blank" rel="opener">x</a>', '<a href="https://x.example" rel="nofollow noopener">x</a>'],
    ['mail links', '<a href="mailto:jobs@x.example">mail</a>', '<a href="mailto:jobs@x.example" rel="nofollow noopener">mail</a>'],
  ])('keeps %s', (_what, input, output) => {
    expect(sanitizeJobDescription(input)).toBe(output);
  });

  it('gives the same result when run again (what is stored is stable)', () => {
    const once = sanitizeJobDescription('<h1>T</h1><p onclick="x">a &amp; b</p><a href="https://x.example">l</a>\n\nplain');
    expect(sanitizeJobDescription(once)).toBe(once);
  });
});

describe('plainTextToHtml', () => {
  it.each([
    ['paragraphs', 'One.\n\nTwo.', '<p>One.</p>\n<p>Two.</p>'],
    ['line breaks', 'One\ntwo', '<p>One<br />two</p>'],
    ['bullets after a lead-in', 'We offer:\n- pay\n* time off', '<p>We offer:</p>\n<ul><li>pay</li><li>time off</li></ul>'],
    ['markup-like text, escaped', 'Salary < 50k & <negotiable>', '<p>Salary &lt; 50k &amp; &lt;negotiable&gt;</p>'],
    ['Windows line ends', 'One\r\n\r\nTwo', '<p>One</p>\n<p>Two</p>'],
    ['nothing', '  \n\n ', ''],
  ])('turns %s into HTML', (_what, input, output) => {
    expect(plainTextToHtml(input)).toBe(output);
  });
});

describe('descriptionText', () => {
  it('is the words without markup, entities decoded, spaces collapsed', () => {
    expect(descriptionText('<h3>About</h3><p>Fish &amp; chips&nbsp;daily<br>at noon</p><ul><li>a</li><li>b</li></ul>')).toBe('About Fish & chips daily at noon a b');
  });
});
