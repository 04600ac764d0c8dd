// The skills a job asks for: picked from the taxonomy through the autocomplete (SkillSearch), each with how much
// it matters and the years it takes.
import { MAX_JOB_SKILLS, SKILL_REQUIREMENTS, type SkillRequirement } from '@hotgigs/shared';
import { useRef, useState } from 'react';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { SelectField } from '../../components/form/SelectField.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { Tag } from '../../components/Tag.tsx';
import type { ItemErrors, SkillRow } from './job-form.ts';
import { SkillSearch } from './SkillSearch.tsx';
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
  const [announcement, setAnnouncement] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const full = skills.length >= MAX_JOB_SKILLS;

  const update = (index: number, patch: Partial<SkillRow>) => onChange(skills.map((skill, i) => (i === index ? { ...skill, ...patch } : skill)));
  const remove = (index: number) => {
    const removed = skills[index];
    onChange(skills.filter((_, i) => i !== index));
    if (removed) setAnnouncement(`${removed.name} removed.`);
    searchRef.current?.focus();
  };

  return (
    <div className="flex flex-col gap-4" data-testid="skill-picker">
      <SkillSearch
        inputRef={searchRef}
        chosen={new Set(skills.map((skill) => skill.slug))}
        hint={full ? `A job can list at most ${MAX_JOB_SKILLS} skills.` : 'Type part of a name, then pick it from the suggestions.'}
        disabled={full}
        error={error}
        announcement={announcement}
        onPick={(option) => {
          setAnnouncement('');
          onChange([...skills, { slug: option.slug, name: option.name, requirement: 'required', years: '', pending: option.pending || undefined }]);
          return `${option.name} added, as a required skill.`;
        }}
      />

      {skills.length > 0 && (
        <ul aria-label="Skills for this job" className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {skills.map((skill, index) => (
            <li
              key={skill.slug}
              className="grid gap-3 p-3 sm:grid-cols-[minmax(0,1fr)_11rem_8rem_auto] sm:items-start"
              data-testid="chosen-skill"
              data-skill={skill.slug}
            >
              <span className="flex flex-wrap items-center gap-2 sm:pt-8">
                <span className="font-semibold break-words text-slate-900" data-testid="chosen-skill-name">
                  {skill.name}
                </span>
                {skill.pending && <Tag tone="warning">Pending review</Tag>}
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
