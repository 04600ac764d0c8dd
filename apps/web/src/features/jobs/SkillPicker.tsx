// The skills a job asks for: picked from the taxonomy through an autocomplete (the WAI-ARIA combobox pattern:
// arrows move through the suggestions, Enter picks, Escape closes then clears), each with how much it matters
// and the years it takes.
import { MAX_JOB_SKILLS, SKILL_REQUIREMENTS, type SkillRequirement } from '@hotgigs/shared';
import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { controlClass, HINT, LABEL } from '../../components/form/field-styles.ts';
import { FieldError } from '../../components/form/FieldError.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { moveOption } from '../../lib/option-navigation.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import type { ItemErrors, SkillRow } from './job-form.ts';

const SUGGESTIONS = 8;
const TYPING_PAUSE_MS = 200;
const REQUIREMENT_LABELS: Record<SkillRequirement, string> = { required: 'Required', preferred: 'Preferred', nice_to_have: 'Nice to have' };
const REQUIREMENT_OPTIONS = SKILL_REQUIREMENTS.map((value) => ({ value, label: REQUIREMENT_LABELS[value] }));

interface SkillPickerProps {
  skills: SkillRow[];
  onChange: (skills: SkillRow[]) => void;
  /** A problem with the list as a whole (e.g. an unknown skill, reported by the API). */
  error?: string;
  itemErrors: ItemErrors;
}

export function SkillPicker({ skills, onChange, error, itemErrors }: SkillPickerProps) {
  const trpc = useTRPC();
  const ids = { label: useId(), input: useId(), listbox: useId(), hint: useId(), error: useId(), status: useId() };
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const typed = useDebouncedValue(text.trim(), TYPING_PAUSE_MS);
  const suggestions = useQuery(
    trpc.skill.search.queryOptions(typed ? { q: typed.slice(0, 100), limit: SUGGESTIONS } : skipToken, {
      placeholderData: keepPreviousData,
      staleTime: 5 * 60_000,
    }),
  );
  const options = text.trim() && suggestions.data ? suggestions.data : [];
  const chosen = new Set(skills.map((skill) => skill.slug));
  const full = skills.length >= MAX_JOB_SKILLS;
  const expanded = open && text.trim() !== '' && (options.length > 0 || suggestions.isFetched);
  const optionId = (index: number) => `${ids.listbox}-option-${index}`;

  // The active suggestion stays in view while arrowing through a list taller than its box.
  const listboxId = ids.listbox;
  useEffect(() => {
    if (expanded && active >= 0) document.getElementById(`${listboxId}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, expanded, listboxId]);

  const pick = (index: number) => {
    const option = options[index];
    if (!option) return;
    if (chosen.has(option.slug)) {
      setAnnouncement(`${option.name} is already on the list.`);
      return;
    }
    onChange([...skills, { slug: option.slug, name: option.name, requirement: 'required', years: '' }]);
    setAnnouncement(`${option.name} added, as a required skill.`);
    setText('');
    setOpen(false);
    setActive(-1);
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        return;
      }
      setActive((current) => moveOption(current, options.length, event.key === 'ArrowDown' ? 'next' : 'previous'));
    } else if (event.key === 'Enter') {
      // Enter belongs to the autocomplete here: it must not submit the job form.
      event.preventDefault();
      if (expanded && active >= 0) pick(active);
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (text) {
        event.preventDefault();
        setText('');
      }
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  const update = (index: number, patch: Partial<SkillRow>) => onChange(skills.map((skill, i) => (i === index ? { ...skill, ...patch } : skill)));
  const remove = (index: number) => {
    const removed = skills[index];
    onChange(skills.filter((_, i) => i !== index));
    if (removed) setAnnouncement(`${removed.name} removed.`);
    inputRef.current?.focus();
  };

  let statusText = '';
  if (expanded) {
    statusText =
      options.length === 0
        ? `No skills match “${text.trim()}”.`
        : `${options.length} suggestion${options.length === 1 ? '' : 's'}; use the up and down arrows to choose, Enter to add.`;
  }

  return (
    <div className="flex flex-col gap-4" data-testid="skill-picker">
      <div className="flex flex-col gap-1.5">
        <label id={ids.label} htmlFor={ids.input} className={LABEL}>
          Add a skill
        </label>
        <p id={ids.hint} className={HINT}>
          {full ? `A job can list at most ${MAX_JOB_SKILLS} skills.` : 'Type part of a name, then pick it from the suggestions.'}
        </p>
        <div className="relative">
          <input
            ref={inputRef}
            id={ids.input}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={ids.listbox}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-describedby={[ids.hint, error ? ids.error : undefined].filter(Boolean).join(' ')}
            aria-invalid={error ? true : undefined}
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            disabled={full}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(-1);
              setAnnouncement('');
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
            onFocus={() => text.trim() && setOpen(true)}
            placeholder="e.g. TypeScript"
            className={controlClass(Boolean(error))}
            data-testid="skill-search"
          />
          <ul
            id={ids.listbox}
            role="listbox"
            aria-labelledby={ids.label}
            hidden={!expanded || options.length === 0}
            className="absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-y-auto rounded-lg border border-slate-300 bg-white py-1 shadow-lg"
            data-testid="skill-suggestions"
          >
            {options.map((option, index) => {
              const added = chosen.has(option.slug);
              return (
                <li
                  key={option.slug}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  aria-disabled={added || undefined}
                  // Keeps focus in the input, so the click does not close the list before it lands.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => pick(index)}
                  onMouseMove={() => index !== active && setActive(index)}
                  className={`flex cursor-pointer items-center justify-between gap-3 px-3 py-2 ${
                    index === active ? 'bg-brand-50 text-brand-900 outline-2 -outline-offset-2 outline-brand-700' : 'text-slate-900'
                  } ${added ? 'cursor-default text-slate-500' : ''}`}
                  data-testid="skill-option"
                >
                  <span className="min-w-0 font-medium break-words">{option.name}</span>
                  <span className="shrink-0 text-xs text-slate-600">{added ? 'Added' : option.category}</span>
                </li>
              );
            })}
          </ul>
          {expanded && options.length === 0 && (
            <p className="absolute inset-x-0 top-full z-20 mt-1 rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-600 shadow-lg">
              No skills match “{text.trim()}”.
            </p>
          )}
        </div>
        <FieldError id={ids.error} message={error} />
        <p id={ids.status} className="sr-only" aria-live="polite" aria-atomic="true">
          {announcement || statusText}
        </p>
      </div>

      {skills.length > 0 && (
        <ul aria-label="Skills for this job" className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {skills.map((skill, index) => (
            <li
              key={skill.slug}
              className="grid gap-3 p-3 sm:grid-cols-[minmax(0,1fr)_11rem_8rem_auto] sm:items-start"
              data-testid="chosen-skill"
              data-skill={skill.slug}
            >
              <span className="font-semibold break-words text-slate-900 sm:pt-8" data-testid="chosen-skill-name">
                {skill.name}
              </span>
              <SelectField
                label={
                  <>
                    Importance<span className="sr-only"> of {skill.name}</span>
                  </>
                }
                value={skill.requirement}
                onChange={(requirement: SkillRequirement) => update(index, { requirement })}
                options={REQUIREMENT_OPTIONS}
                error={itemErrors[index]?.requirement}
              />
              <TextField
                label={
                  <>
                    Years<span className="sr-only"> of {skill.name}</span>
                  </>
                }
                inputMode="numeric"
                autoComplete="off"
                maxLength={2}
                placeholder="Any"
                value={skill.years}
                onChange={(years) => update(index, { years })}
                error={itemErrors[index]?.yearsRequired}
              />
              <button
                type="button"
                onClick={() => remove(index)}
                className={`${BUTTON_STYLES.secondary} text-sm sm:mt-7`}
                data-testid="remove-skill"
              >
                Remove<span className="sr-only"> {skill.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
