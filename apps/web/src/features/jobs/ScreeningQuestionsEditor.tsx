// The questions candidates answer when they apply: yes/no, one choice from a list, or a short text; each may be
// required. Added, removed and reordered with buttons that keep keyboard focus where the person is working.
import { MAX_SCREENING_QUESTIONS, SCREENING_QUESTION_KINDS, type ScreeningQuestionKind } from '@hotgigs/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { FieldError } from '../../components/form/FieldError.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { moveItem, newQuestion, type ItemErrors, type QuestionRow } from './job-form.ts';

const MAX_CHOICES = 10;
const KIND_LABELS: Record<ScreeningQuestionKind, string> = {
  yes_no: 'Yes or no',
  choice: 'One choice from a list',
  text: 'Short text answer',
};
const KIND_OPTIONS = SCREENING_QUESTION_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }));
const SMALL_BUTTON = `${BUTTON_STYLES.secondary} min-h-10 px-3 text-sm`;

/** Where focus goes after the list changes: a control of a question, found by its data attributes. */
type FocusTarget = { kind: 'question'; questionId: string; control: 'prompt' | 'up' | 'down' } | { kind: 'add' };

interface ScreeningQuestionsEditorProps {
  questions: QuestionRow[];
  onChange: (questions: QuestionRow[]) => void;
  error?: string;
  itemErrors: ItemErrors;
}

function ChoicesEditor({
  question,
  onChange,
  error,
}: {
  question: QuestionRow;
  onChange: (choices: string[]) => void;
  error?: string;
}) {
  const errorId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  // The choice to focus once the list has re-rendered (after adding or removing one).
  const focusIndex = useRef<number | undefined>(undefined);
  const choices = question.choices.length > 0 ? question.choices : ['', ''];

  useEffect(() => {
    if (focusIndex.current === undefined) return;
    listRef.current?.querySelectorAll<HTMLInputElement>('input')[focusIndex.current]?.focus();
    focusIndex.current = undefined;
  });

  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-1 text-sm font-semibold text-slate-800">Choices</legend>
      <ol ref={listRef} className="flex flex-col gap-2">
        {choices.map((choice, index) => (
          <li key={index} className="flex items-end gap-2">
            <div className="min-w-0 flex-1">
              <TextField
                label={<span className="sr-only">Choice {index + 1}</span>}
                placeholder={`Choice ${index + 1}`}
                maxLength={200}
                value={choice}
                onChange={(value) => onChange(choices.map((c, i) => (i === index ? value : c)))}
                aria-invalid={error ? true : undefined}
                data-testid="question-choice"
              />
            </div>
            <button
              type="button"
              className={SMALL_BUTTON}
              disabled={choices.length <= 2}
              onClick={() => {
                focusIndex.current = Math.max(0, index - 1);
                onChange(choices.filter((_, i) => i !== index));
              }}
            >
              Remove<span className="sr-only"> choice {index + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={`${SMALL_BUTTON} self-start`}
        disabled={choices.length >= MAX_CHOICES}
        onClick={() => {
          focusIndex.current = choices.length;
          onChange([...choices, '']);
        }}
        data-testid="add-choice"
      >
        Add a choice
      </button>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

export function ScreeningQuestionsEditor({ questions, onChange, error, itemErrors }: ScreeningQuestionsEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const errorId = useId();
  // Where focus goes once the list has re-rendered with the change.
  const pendingFocus = useRef<FocusTarget | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const focusTarget = pendingFocus.current;
    if (!focusTarget) return;
    pendingFocus.current = undefined;
    const root = containerRef.current;
    const selector =
      focusTarget.kind === 'add'
        ? '[data-control="add"]'
        : `[data-question="${focusTarget.questionId}"] [data-control="${focusTarget.control}"]`;
    const element = root?.querySelector<HTMLElement>(selector);
    // A move button at the end of the list is disabled: its twin is the natural place to continue from.
    if (element && !(element as HTMLButtonElement).disabled) element.focus();
    else if (focusTarget.kind === 'question') {
      const twin = focusTarget.control === 'up' ? 'down' : 'up';
      root?.querySelector<HTMLElement>(`[data-question="${focusTarget.questionId}"] [data-control="${twin}"]`)?.focus();
    }
  });

  const setFocus = (target: FocusTarget) => {
    pendingFocus.current = target;
  };
  const update = (index: number, patch: Partial<QuestionRow>) =>
    onChange(questions.map((question, i) => (i === index ? { ...question, ...patch } : question)));
  const move = (index: number, to: number, control: 'up' | 'down') => {
    const question = questions[index]!;
    onChange(moveItem(questions, index, to));
    setAnnouncement(`Question moved to position ${to + 1} of ${questions.length}.`);
    setFocus({ kind: 'question', questionId: question.id, control });
  };

  return (
    <div ref={containerRef} className="flex flex-col gap-4" data-testid="screening-questions">
      {questions.length === 0 ? (
        <p className="text-slate-600">No questions: candidates apply with their resume and a cover letter.</p>
      ) : (
        <ol className="flex flex-col gap-4" aria-describedby={error ? errorId : undefined}>
          {questions.map((question, index) => {
            const problems = itemErrors[index] ?? {};
            return (
              <li key={question.id} data-question={question.id} data-testid="screening-question">
                <fieldset className="flex min-w-0 flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
                  <legend className="px-1 text-sm font-semibold text-slate-900">Question {index + 1}</legend>
                  <TextField
                    label="Question"
                    maxLength={500}
                    value={question.prompt}
                    onChange={(prompt) => update(index, { prompt })}
                    error={problems.prompt}
                    data-control="prompt"
                    data-testid="question-prompt"
                  />
                  <div className="grid gap-4 sm:grid-cols-[minmax(0,16rem)_1fr] sm:items-end">
                    <SelectField
                      label="Answer"
                      value={question.kind}
                      onChange={(kind: ScreeningQuestionKind) => update(index, { kind })}
                      options={KIND_OPTIONS}
                      error={problems.kind}
                      data-testid="question-kind"
                    />
                    <label className="flex min-h-11 cursor-pointer items-center gap-2 text-slate-800">
                      <input
                        type="checkbox"
                        checked={question.required}
                        onChange={(event) => update(index, { required: event.target.checked })}
                        className="size-5 accent-brand-700"
                        data-testid="question-required"
                      />
                      Candidates must answer it
                    </label>
                  </div>
                  {question.kind === 'choice' && (
                    <ChoicesEditor question={question} onChange={(choices) => update(index, { choices })} error={problems.choices} />
                  )}
                  {problems[''] && <FieldError id={`${question.id}-error`} message={problems['']} />}
                  <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-3">
                    <button
                      type="button"
                      className={SMALL_BUTTON}
                      disabled={index === 0}
                      onClick={() => move(index, index - 1, 'up')}
                      aria-label={`Move up, question ${index + 1}`}
                      data-control="up"
                    >
                      Move up
                    </button>
                    <button
                      type="button"
                      className={SMALL_BUTTON}
                      disabled={index === questions.length - 1}
                      onClick={() => move(index, index + 1, 'down')}
                      aria-label={`Move down, question ${index + 1}`}
                      data-control="down"
                    >
                      Move down
                    </button>
                    <button
                      type="button"
                      className={`${BUTTON_STYLES.dangerOutline} min-h-10 px-3 text-sm`}
                      onClick={() => {
                        onChange(questions.filter((_, i) => i !== index));
                        setAnnouncement(`Question ${index + 1} removed.`);
                        setFocus({ kind: 'add' });
                      }}
                      data-testid="remove-question"
                    >
                      Remove<span className="sr-only"> question {index + 1}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <FieldError id={errorId} message={error} />
      <button
        type="button"
        className={`${BUTTON_STYLES.secondary} self-start`}
        disabled={questions.length >= MAX_SCREENING_QUESTIONS}
        onClick={() => {
          const question = newQuestion(questions.map((q) => q.id));
          onChange([...questions, question]);
          setFocus({ kind: 'question', questionId: question.id, control: 'prompt' });
        }}
        data-control="add"
        data-testid="add-question"
      >
        Add a question
      </button>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
