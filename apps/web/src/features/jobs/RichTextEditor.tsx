// The job description editor: TipTap (ProseMirror) limited to what the API keeps after sanitising (paragraphs,
// two heading levels, bold, italic, underline, lists, quotes, links), with a formatting toolbar that follows the
// WAI-ARIA toolbar pattern (one tab stop, arrow keys between buttons). Loaded only with the job editor's chunk.
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { HINT, LABEL } from '../../components/form/field-styles.ts';
import { FieldError } from '../../components/form/FieldError.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { HORIZONTAL_KEYS, moveOption } from '../../lib/option-navigation.ts';
import { linkAddress } from './link-address.ts';

// Built once: the editor compares its extensions by identity on every render.
const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [3, 4] },
    code: false,
    codeBlock: false,
    strike: false,
    horizontalRule: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: ['http', 'https', 'mailto'],
      HTMLAttributes: { rel: 'nofollow noopener', target: null },
    },
  }),
];

type ToolName = 'bold' | 'italic' | 'underline' | 'h3' | 'h4' | 'bulletList' | 'orderedList' | 'blockquote' | 'link' | 'undo' | 'redo';

interface Tool {
  name: ToolName;
  label: string;
  /** Shown instead of the label; the label stays the button's accessible name. */
  face: ReactNode;
  shortcut?: string;
  /** Toggles have a pressed state; commands (undo) do not. */
  toggle: boolean;
}

const icon = (path: string) => (
  <svg viewBox="0 0 20 20" aria-hidden="true" className="size-5 fill-none stroke-current stroke-[1.75]" strokeLinecap="round" strokeLinejoin="round">
    <path d={path} />
  </svg>
);

const TOOLS: Tool[] = [
  { name: 'bold', label: 'Bold', face: <span className="font-bold">B</span>, shortcut: 'Control+B', toggle: true },
  { name: 'italic', label: 'Italic', face: <span className="font-serif italic">I</span>, shortcut: 'Control+I', toggle: true },
  { name: 'underline', label: 'Underline', face: <span className="underline">U</span>, shortcut: 'Control+U', toggle: true },
  { name: 'h3', label: 'Heading', face: <span className="font-semibold">H</span>, toggle: true },
  { name: 'h4', label: 'Subheading', face: <span className="text-sm font-semibold">h</span>, toggle: true },
  { name: 'bulletList', label: 'Bulleted list', face: icon('M8 5h9M8 10h9M8 15h9M3.5 5h.01M3.5 10h.01M3.5 15h.01'), toggle: true },
  { name: 'orderedList', label: 'Numbered list', face: icon('M8 5h9M8 10h9M8 15h9M3 4l1-.5V7M3 12.5c0-1 2-1 2 0S3 14 3 15h2'), toggle: true },
  { name: 'blockquote', label: 'Quote', face: icon('M4 6h4v4H5c0 2 1 3 3 3M12 6h4v4h-3c0 2 1 3 3 3'), toggle: true },
  { name: 'link', label: 'Link', face: icon('M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2L10 5.8M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l1.1-1.1'), toggle: true },
  { name: 'undo', label: 'Undo', face: icon('M7 5 3.5 8.5 7 12M4 8.5h8a4 4 0 0 1 0 8H9'), shortcut: 'Control+Z', toggle: false },
  { name: 'redo', label: 'Redo', face: icon('M13 5l3.5 3.5L13 12M16 8.5H8a4 4 0 0 0 0 8h3'), shortcut: 'Control+Shift+Z', toggle: false },
];

function run(editor: Editor, tool: ToolName): void {
  const chain = editor.chain().focus();
  switch (tool) {
    case 'bold':
      chain.toggleBold().run();
      break;
    case 'italic':
      chain.toggleItalic().run();
      break;
    case 'underline':
      chain.toggleUnderline().run();
      break;
    case 'h3':
      chain.toggleHeading({ level: 3 }).run();
      break;
    case 'h4':
      chain.toggleHeading({ level: 4 }).run();
      break;
    case 'bulletList':
      chain.toggleBulletList().run();
      break;
    case 'orderedList':
      chain.toggleOrderedList().run();
      break;
    case 'blockquote':
      chain.toggleBlockquote().run();
      break;
    case 'undo':
      chain.undo().run();
      break;
    case 'redo':
      chain.redo().run();
      break;
    case 'link':
      break;
  }
}

function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const current = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [address, setAddress] = useState(current);
  const [error, setError] = useState<string | undefined>();
  const apply = () => {
    const href = linkAddress(address);
    if (!href) {
      setError('Enter a web address (https://…) or an email address.');
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected to turn into a link: the address itself becomes the link's text.
      chain.insertContent({ type: 'text', text: address.trim(), marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    onDone();
  };
  return (
    <div
      className="flex flex-col gap-2 border-b border-slate-200 bg-slate-50 p-3 sm:flex-row sm:items-start"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          editor.commands.focus();
          onDone();
        }
      }}
      data-testid="link-form"
    >
      <div className="min-w-0 flex-1">
        <TextField
          label="Link address"
          type="url"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          maxLength={2000}
          placeholder="https://example.com"
          value={address}
          onChange={(value) => {
            setAddress(value);
            setError(undefined);
          }}
          onKeyDown={(event) => {
            // Enter applies the link; it must not submit the job form around the editor.
            if (event.key === 'Enter') {
              event.preventDefault();
              apply();
            }
          }}
          error={error}
        />
      </div>
      <div className="flex flex-wrap gap-2 sm:mt-7">
        <button type="button" className={`${BUTTON_STYLES.primary} text-sm`} onClick={apply}>
          Apply
        </button>
        {current && (
          <button
            type="button"
            className={`${BUTTON_STYLES.secondary} text-sm`}
            onClick={() => {
              editor.chain().focus().extendMarkRange('link').unsetLink().run();
              onDone();
            }}
          >
            Remove link
          </button>
        )}
        <button
          type="button"
          className={`${BUTTON_STYLES.secondary} text-sm`}
          onClick={() => {
            editor.commands.focus();
            onDone();
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}

interface RichTextEditorProps {
  label: string;
  /** The HTML the editor starts with; later changes come out through onChange only. */
  initialHtml: string;
  onChange: (html: string) => void;
  error?: string;
  hint?: ReactNode;
  testId?: string;
}

export function RichTextEditor({ label, initialHtml, onChange, error, hint, testId }: RichTextEditorProps) {
  const ids = { label: useId(), hint: useId(), error: useId(), content: useId(), help: useId() };
  const [initialContent] = useState(initialHtml);
  const [linking, setLinking] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const toolbarRef = useRef<HTMLDivElement>(null);
  // The editor keeps the callbacks it was created with: it reaches the latest onChange through this ref.
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  const describedBy = [error ? ids.error : undefined, hint ? ids.hint : undefined, ids.help].filter(Boolean).join(' ');
  const editorProps = useMemo(
    () => ({
      attributes: {
        id: ids.content,
        'aria-multiline': 'true',
        'aria-labelledby': ids.label,
        'aria-describedby': describedBy,
        ...(error ? { 'aria-invalid': 'true' } : {}),
        class: 'rich-text min-h-48 px-3 py-2.5 text-base text-slate-900 focus-visible:outline-none',
        ...(testId ? { 'data-testid': testId } : {}),
      },
    }),
    [ids.content, ids.label, describedBy, error, testId],
  );
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: initialContent,
    editorProps,
    shouldRerenderOnTransaction: false,
    // TipTap would add its base CSS as a <style> element, which the portal's CSP (style-src 'self') refuses;
    // the same rules are in styles.css.
    injectCSS: false,
    onUpdate: ({ editor: current }) => onChangeRef.current(current.isEmpty ? '' : current.getHTML()),
  });
  const active = useEditorState({
    editor,
    selector: ({ editor: current }): Record<ToolName, boolean> & { canUndo: boolean; canRedo: boolean } => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      underline: current.isActive('underline'),
      h3: current.isActive('heading', { level: 3 }),
      h4: current.isActive('heading', { level: 4 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
      link: current.isActive('link'),
      undo: false,
      redo: false,
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });

  const onToolbarKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = HORIZONTAL_KEYS[event.key];
    if (!move) return;
    event.preventDefault();
    const next = moveOption(focusIndex, TOOLS.length, move);
    setFocusIndex(next);
    toolbarRef.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  };

  return (
    <div className="flex flex-col gap-1.5">
      {/* Not a <label>: the editor is not a form control; clicking the name still puts the caret in it. */}
      <span id={ids.label} className={`${LABEL} cursor-default`} onClick={() => editor.commands.focus()}>
        {label}
      </span>
      {hint && (
        <div id={ids.hint} className={HINT}>
          {hint}
        </div>
      )}
      <div
        className={`min-w-0 overflow-hidden rounded-lg border bg-white shadow-sm has-[.ProseMirror:focus-visible]:outline-3 has-[.ProseMirror:focus-visible]:outline-offset-2 has-[.ProseMirror:focus-visible]:outline-brand-700 ${
          error ? 'border-red-700' : 'border-slate-300'
        }`}
      >
        <div
          ref={toolbarRef}
          role="toolbar"
          aria-label={`${label}: formatting`}
          aria-controls={ids.content}
          onKeyDown={onToolbarKeyDown}
          className="flex flex-wrap gap-0.5 border-b border-slate-200 bg-slate-50 p-1"
          data-testid="editor-toolbar"
        >
          {TOOLS.map((tool, index) => {
            const disabled = (tool.name === 'undo' && !active?.canUndo) || (tool.name === 'redo' && !active?.canRedo);
            const pressed = tool.toggle ? (tool.name === 'link' ? linking || Boolean(active?.link) : Boolean(active?.[tool.name])) : undefined;
            return (
              <button
                key={tool.name}
                type="button"
                tabIndex={index === focusIndex ? 0 : -1}
                aria-label={tool.label}
                aria-pressed={pressed}
                aria-keyshortcuts={tool.shortcut}
                aria-disabled={disabled || undefined}
                title={tool.shortcut ? `${tool.label} (${tool.shortcut.replace('Control', 'Ctrl')})` : tool.label}
                onFocus={() => setFocusIndex(index)}
                // Keeps the editor's selection: the command applies to what was selected before the click.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  if (disabled) return;
                  if (tool.name === 'link') setLinking((open) => !open);
                  else run(editor, tool.name);
                }}
                className={`inline-flex size-10 items-center justify-center rounded-md text-slate-800 hover:bg-white aria-disabled:cursor-not-allowed aria-disabled:opacity-40 aria-pressed:bg-brand-100 aria-pressed:text-brand-900 ${
                  tool.name === 'link' || tool.name === 'undo' ? 'sm:ml-2' : ''
                }`}
              >
                {tool.face}
              </button>
            );
          })}
        </div>
        {linking && <LinkForm editor={editor} onDone={() => setLinking(false)} />}
        <EditorContent editor={editor} />
      </div>
      <p id={ids.help} className="sr-only">
        Formatting: Control+B bold, Control+I italic, Control+U underline; the formatting toolbar is just before the text. In a
        list, Tab indents an item and Shift+Tab outdents it.
      </p>
      <FieldError id={ids.error} message={error} />
    </div>
  );
}
