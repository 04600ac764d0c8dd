// Finding a skill in the taxonomy: an autocomplete (the WAI-ARIA combobox pattern: arrows move through the
// suggestions, Enter picks, Escape closes then clears). The job editor's SkillPicker and the candidate profile's
// skills editor both add what is picked here to their own lists. When nothing has exactly the typed name, a last
// option adds it as a new skill (skill.suggest): usable at once by whoever added it, pending an admin's review.
import { keepPreviousData, skipToken, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { controlClass, HINT, LABEL } from '../../components/form/field-styles.ts';
import { FieldError } from '../../components/form/FieldError.tsx';
import { moveOption } from '../../lib/option-navigation.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { offersNewSkill, suggestErrorText } from './skill-suggest.ts';

const SUGGESTIONS = 8;
const TYPING_PAUSE_MS = 200;

export type SkillOption = RouterOutputs['skill']['search'][number];

interface SkillSearchProps {
  inputRef: RefObject<HTMLInputElement | null>;
  /** Slugs already on the list: shown as "Added", not added twice. */
  chosen: ReadonlySet<string>;
  hint: ReactNode;
  disabled?: boolean;
  /** A problem with the list as a whole (e.g. an unknown skill, reported by the API). */
  error?: string;
  /** What the list itself announces (e.g. "TypeScript removed."); the caller clears it when a skill is picked. */
  announcement?: string;
  /** Adds the option to the caller's list; answers the sentence screen readers hear. */
  onPick: (option: SkillOption) => string;
  label?: string;
  /** Offer to add the typed text as a new skill when nothing matches it exactly (off for admins picking a target). */
  allowNew?: boolean;
}

export function SkillSearch({ inputRef, chosen, hint, disabled, error, announcement: outside = '', onPick, label = 'Add a skill', allowNew = true }: SkillSearchProps) {
  const trpc = useTRPC();
  const ids = { label: useId(), input: useId(), listbox: useId(), hint: useId(), error: useId(), status: useId() };
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
  const [suggestError, setSuggestError] = useState('');
  const suggest = useMutation(trpc.skill.suggest.mutationOptions());
  // Only once the results are for what is typed now, so the offer does not flash for a name about to match.
  const settled = suggestions.isFetched && !suggestions.isPlaceholderData && typed === text.trim();
  const offerNew = allowNew && settled && offersNewSkill(text, options.map((option) => option.name));
  const count = options.length + (offerNew ? 1 : 0);
  const expanded = open && text.trim() !== '' && (count > 0 || suggestions.isFetched);
  const optionId = (index: number) => `${ids.listbox}-option-${index}`;

  // The active suggestion stays in view while arrowing through a list taller than its box.
  const listboxId = ids.listbox;
  useEffect(() => {
    if (expanded && active >= 0) document.getElementById(`${listboxId}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, expanded, listboxId]);

  const added = (option: SkillOption) => {
    setAnnouncement(onPick(option));
    setText('');
    setOpen(false);
    setActive(-1);
    inputRef.current?.focus();
  };

  const addNew = () => {
    if (suggest.isPending) return;
    const name = text.trim();
    setSuggestError('');
    setAnnouncement(`Adding ${name}…`);
    suggest.mutate(
      { name },
      {
        onSuccess: (skill) => {
          if (chosen.has(skill.slug)) {
            setAnnouncement(`${skill.name} is already on the list.`);
            return;
          }
          added(skill);
        },
        onError: (failure) => {
          const message = suggestErrorText(failure);
          setSuggestError(message);
          setAnnouncement(message);
        },
      },
    );
  };

  const pick = (index: number) => {
    if (offerNew && index === options.length) {
      addNew();
      return;
    }
    const option = options[index];
    if (!option) return;
    if (chosen.has(option.slug)) {
      setAnnouncement(`${option.name} is already on the list.`);
      return;
    }
    added(option);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        return;
      }
      setActive((current) => moveOption(current, count, event.key === 'ArrowDown' ? 'next' : 'previous'));
    } else if (event.key === 'Enter') {
      // Enter belongs to the autocomplete here: it must not submit the form around it.
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

  const shownError = suggestError || error;
  let statusText = '';
  if (expanded) {
    statusText =
      count === 0
        ? `No skills match “${text.trim()}”.`
        : `${count} suggestion${count === 1 ? '' : 's'}${offerNew ? `, the last one adds “${text.trim()}” as a new skill` : ''}; use the up and down arrows to choose, Enter to add.`;
  }

  return (
    <div className="flex flex-col gap-1.5">
      <label id={ids.label} htmlFor={ids.input} className={LABEL}>
        {label}
      </label>
      <p id={ids.hint} className={HINT}>
        {hint}
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
          aria-describedby={[ids.hint, shownError ? ids.error : undefined].filter(Boolean).join(' ')}
          aria-invalid={shownError ? true : undefined}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          disabled={disabled}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
            setAnnouncement('');
            setSuggestError('');
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => text.trim() && setOpen(true)}
          placeholder="e.g. TypeScript"
          className={controlClass(Boolean(shownError))}
          data-testid="skill-search"
        />
        <ul
          id={ids.listbox}
          role="listbox"
          aria-labelledby={ids.label}
          hidden={!expanded || count === 0}
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
                <span className={`min-w-0 break-words ${option.kind === 'competence' ? 'text-slate-700' : 'font-medium'}`}>{option.name}</span>
                <span className="shrink-0 text-xs text-slate-600">
                  {added ? 'Added' : option.pending ? 'Pending review' : option.kind === 'competence' ? `${option.category} · competence` : option.category}
                </span>
              </li>
            );
          })}
          {offerNew && (
            <li
              key="new-skill"
              id={optionId(options.length)}
              role="option"
              aria-selected={active === options.length}
              aria-disabled={suggest.isPending || undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(options.length)}
              onMouseMove={() => active !== options.length && setActive(options.length)}
              className={`flex cursor-pointer items-center gap-3 border-t border-slate-200 px-3 py-2 ${
                active === options.length ? 'bg-brand-50 text-brand-900 outline-2 -outline-offset-2 outline-brand-700' : 'text-brand-800'
              }`}
              data-testid="skill-option-new"
            >
              <span className="min-w-0 font-medium break-words">
                {suggest.isPending ? `Adding “${text.trim()}”…` : `Add “${text.trim()}” as a new skill`}
              </span>
            </li>
          )}
        </ul>
        {expanded && count === 0 && (
          <p className="absolute inset-x-0 top-full z-20 mt-1 rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-600 shadow-lg">
            No skills match “{text.trim()}”.
          </p>
        )}
      </div>
      <FieldError id={ids.error} message={shownError} />
      <p id={ids.status} className="sr-only" aria-live="polite" aria-atomic="true">
        {outside || announcement || statusText}
      </p>
    </div>
  );
}
