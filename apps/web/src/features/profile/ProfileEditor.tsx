// The candidate's profile editor: every field of profileUpdateInput, checked in the browser with the API's own
// schema first (errors next to their fields, focus on the first), saved as the fields that changed, with a
// warning before leaving unsaved changes. Entries (experience, education, links) are rows that can be added,
// removed and moved; skills come from the taxonomy through SkillSearch.
import {
  LINK_KINDS,
  MAX_EDUCATION_ENTRIES,
  MAX_EXPERIENCE_ENTRIES,
  MAX_PROFILE_SKILLS,
  PROFILE_VISIBILITIES,
  profileUpdateInput,
  REMOTE_PREFERENCES,
  SALARY_PERIODS,
  LABELS,
  type ProfileUpdateInput,
  type SalaryPeriod,
} from '@hotgigs/shared';
import { useBlocker } from '@tanstack/react-router';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { FieldError } from '../../components/form/FieldError.tsx';
import { HINT, LABEL } from '../../components/form/field-styles.ts';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { Tag } from '../../components/Tag.tsx';
import { fieldErrorsFromZod } from '../../lib/form-errors.ts';
import { useFormFeedback, useFormValues } from '../../lib/use-form-feedback.ts';
import { SkillSearch } from '../jobs/SkillSearch.tsx';
import { LINK_LABELS, PROFICIENCY_LABELS, REMOTE_LABELS, VISIBILITY_LABELS, VISIBILITY_MEANINGS } from './labels.ts';
import {
  changedFields,
  emptyEducation,
  emptyExperience,
  emptyLink,
  hasProblems,
  mergeProblems,
  moveItem,
  noProblems,
  PROFILE_FORM_FIELDS,
  profileFormValues,
  rowErrorsFromZod,
  toProfileInput,
  type EditableProfile,
  type ProfileFormProblems,
  type ProfileFormValues,
  type RowList,
} from './profile-form.ts';

const REMOTE_OPTIONS = REMOTE_PREFERENCES.map((value) => ({ value, label: REMOTE_LABELS[value] }));
const PERIOD_OPTIONS: { value: SalaryPeriod | ''; label: string }[] = [
  { value: '', label: 'Not said' },
  ...SALARY_PERIODS.map((value) => ({ value, label: LABELS.salaryPeriod[value] })),
];
const LINK_OPTIONS = LINK_KINDS.map((value) => ({ value, label: LINK_LABELS[value] }));
const PROFICIENCY_OPTIONS = [{ value: '', label: 'Not said' }, ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: PROFICIENCY_LABELS[n]! }))];

export function FormSection({ id, title, description, children }: { id: string; title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-col gap-1">
        <h2 id={id} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {description && <p className="text-sm text-slate-600">{description}</p>}
      </div>
      {children}
    </section>
  );
}

/** Move up, move down and remove for one row of a list; `what` names the row for screen readers. */
function RowActions({ index, count, what, onMove, onRemove, testId }: { index: number; count: number; what: string; onMove?: (to: number) => void; onRemove: () => void; testId: string }) {
  return (
    <div className="flex flex-wrap gap-2">
      {onMove && (
        <>
          <button type="button" className={`${BUTTON_STYLES.secondary} text-sm`} disabled={index === 0} onClick={() => onMove(index - 1)} data-testid={`${testId}-up`}>
            Move up<span className="sr-only"> {what}</span>
          </button>
          <button
            type="button"
            className={`${BUTTON_STYLES.secondary} text-sm`}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
            data-testid={`${testId}-down`}
          >
            Move down<span className="sr-only"> {what}</span>
          </button>
        </>
      )}
      <button type="button" className={`${BUTTON_STYLES.dangerOutline} text-sm`} onClick={onRemove} data-testid={`${testId}-remove`}>
        Remove<span className="sr-only"> {what}</span>
      </button>
    </div>
  );
}

interface ProfileEditorProps {
  profile: EditableProfile;
  /** Sends the changed fields; resolves with the saved profile, rejects with the API's error. */
  save: (changes: ProfileUpdateInput) => Promise<EditableProfile>;
}

export function ProfileEditor({ profile, save }: ProfileEditorProps) {
  const [saved, setSaved] = useState<ProfileFormValues>(() => profileFormValues(profile));
  const [rowErrors, setRowErrors] = useState<ProfileFormProblems['rows']>(() => noProblems().rows);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState('');
  const [skillNews, setSkillNews] = useState('');
  const skillSearchRef = useRef<HTMLInputElement>(null);
  const ids = { visibility: useId() };
  const { bindForm, ...form } = useFormFeedback(PROFILE_FORM_FIELDS);
  const { values, setValues, set } = useFormValues<ProfileFormValues>(
    () => profileFormValues(profile),
    form.clearField,
    (field) => {
      setOutcome('');
      // Row problems are by position: once the list changes they may point at the wrong row.
      if ((['experience', 'education', 'links', 'skills'] as string[]).includes(field)) setRowErrors((previous) => ({ ...previous, [field]: {} }));
    },
  );

  // Compared without the rows' React keys, which mean nothing to the server.
  const comparable = (v: ProfileFormValues) => JSON.stringify(toProfileInput(v).input);
  const dirty = comparable(values) !== comparable(saved);

  // A newer profile from the server (fetched again, or changed in another tab) replaces an untouched form;
  // what the candidate is typing is never overwritten.
  const [shown, setShown] = useState(profile);
  if (profile !== shown) {
    setShown(profile);
    const next = profileFormValues(profile);
    if (!dirty && comparable(next) !== comparable(saved)) {
      setSaved(next);
      setValues(next);
    }
  }
  useBlocker({
    shouldBlockFn: () => dirty && !window.confirm('Leave this page? Your profile changes are not saved yet.'),
    enableBeforeUnload: () => dirty,
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const { input, problems: unreadable } = toProfileInput(values);
    const checked = profileUpdateInput.safeParse(input);
    const found = checked.success
      ? unreadable
      : mergeProblems(unreadable, { fields: fieldErrorsFromZod(checked.error, PROFILE_FORM_FIELDS).fields, rows: rowErrorsFromZod(checked.error, values.links) });
    setRowErrors(found.rows);
    if (hasProblems(found) || !checked.success) {
      form.show({ fields: found.fields, banner: checked.success ? undefined : fieldErrorsFromZod(checked.error, PROFILE_FORM_FIELDS).banner });
      setOutcome('Not saved: fix the problems marked in the form.');
      return;
    }
    const changes = changedFields(toProfileInput(saved).input, input);
    if (Object.keys(changes).length === 0) {
      setOutcome('Nothing to save: no changes.');
      return;
    }
    form.reset();
    setPending(true);
    setOutcome('');
    try {
      const result = await save(changes);
      const next = profileFormValues(result);
      setShown(result);
      setSaved(next);
      setValues(next);
      setOutcome('Profile saved.');
    } catch (error) {
      form.showApiError(error);
      setOutcome('Not saved: fix the problems marked in the form.');
    } finally {
      setPending(false);
    }
  };

  /** An error next to a list is for the list as a whole; one inside a row goes to the row. */
  const listError = (list: RowList) => (Object.keys(rowErrors[list]).length > 0 ? undefined : form.errors[list]);
  const rowError = (list: RowList, index: number, part: string) => rowErrors[list][index]?.[part] ?? (part === '' ? undefined : rowErrors[list][index]?.['']);

  const updateRow = <L extends 'experience' | 'education' | 'links' | 'skills'>(list: L, index: number, patch: Partial<ProfileFormValues[L][number]>) =>
    set(list)(values[list].map((row, i) => (i === index ? { ...row, ...patch } : row)) as ProfileFormValues[L]);
  const removeRow = <L extends 'experience' | 'education' | 'links' | 'skills'>(list: L, index: number) =>
    set(list)(values[list].filter((_, i) => i !== index) as ProfileFormValues[L]);
  const moveRow = <L extends 'experience' | 'education'>(list: L, from: number, to: number) =>
    set(list)(moveItem(values[list] as ProfileFormValues[L][number][], from, to) as ProfileFormValues[L]);

  return (
    <form ref={bindForm} noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-6" aria-label="Your profile" data-testid="profile-editor">
      <FormAlert banner={form.banner} />

      <FormSection id="profile-about" title="About you">
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField label="First name" autoComplete="given-name" maxLength={100} value={values.firstName} onChange={set('firstName')} error={form.errors.firstName} data-testid="profile-first-name" />
          <TextField label="Last name" autoComplete="family-name" maxLength={100} value={values.lastName} onChange={set('lastName')} error={form.errors.lastName} data-testid="profile-last-name" />
        </div>
        <TextField
          label="Headline"
          hint="One line recruiters see first, like “Backend engineer, payments and APIs”."
          maxLength={200}
          value={values.headline}
          onChange={set('headline')}
          error={form.errors.headline}
          data-testid="profile-headline"
        />
        <TextAreaField label="Summary" hint="A few sentences about what you do and what you look for." maxLength={5000} rows={5} value={values.summary} onChange={set('summary')} error={form.errors.summary} data-testid="profile-summary" />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField label="Phone" type="tel" autoComplete="tel" maxLength={40} hint="Never shown to recruiters before you apply." value={values.phone} onChange={set('phone')} error={form.errors.phone} data-testid="profile-phone" />
          <TextField label="Location" autoComplete="address-level2" maxLength={200} hint="City, region or country." value={values.location} onChange={set('location')} error={form.errors.location} data-testid="profile-location" />
        </div>
      </FormSection>

      <FormSection id="profile-preferences" title="What you are looking for">
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField label="Workplace" value={values.remotePreference} onChange={set('remotePreference')} options={REMOTE_OPTIONS} error={form.errors.remotePreference} data-testid="profile-remote" />
          <TextField
            label="Availability"
            hint="Like “in 2 months” or “immediately”."
            maxLength={200}
            value={values.availability}
            onChange={set('availability')}
            error={form.errors.availability}
            data-testid="profile-availability"
          />
          <TextField
            label="Years of experience"
            inputMode="numeric"
            maxLength={2}
            value={values.yearsExperience}
            onChange={set('yearsExperience')}
            error={form.errors.yearsExperience}
            data-testid="profile-years"
          />
        </div>
        <fieldset className="flex flex-col gap-3">
          <legend className={LABEL}>Salary expectation</legend>
          <p className={HINT}>Whole amounts; leave both empty to not say. Only used for matching, never shown.</p>
          <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
            <TextField label="Minimum" inputMode="numeric" maxLength={15} value={values.salaryMin} onChange={set('salaryMin')} error={form.errors.salaryMin} data-testid="profile-salary-min" />
            <TextField label="Maximum" inputMode="numeric" maxLength={15} value={values.salaryMax} onChange={set('salaryMax')} error={form.errors.salaryMax} data-testid="profile-salary-max" />
            <TextField
              label="Currency"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={3}
              placeholder="USD"
              value={values.salaryCurrency}
              onChange={(value) => set('salaryCurrency')(value.toUpperCase())}
              error={form.errors.salaryCurrency}
              data-testid="profile-salary-currency"
            />
            <SelectField label="Per" value={values.salaryPeriod} onChange={set('salaryPeriod')} options={PERIOD_OPTIONS} error={form.errors.salaryPeriod} />
          </div>
        </fieldset>
      </FormSection>

      <FormSection id="profile-visibility" title="Who can see your profile">
        <fieldset className="flex flex-col gap-2" aria-describedby={form.errors.visibility ? `${ids.visibility}-error` : undefined}>
          <legend className="sr-only">Visibility</legend>
          {PROFILE_VISIBILITIES.map((visibility) => (
            <label key={visibility} className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 has-checked:border-brand-700 has-checked:bg-brand-50">
              <input
                type="radio"
                name="visibility"
                value={visibility}
                checked={values.visibility === visibility}
                onChange={() => set('visibility')(visibility)}
                aria-invalid={form.errors.visibility ? true : undefined}
                className="mt-1 size-4 accent-brand-700"
                data-testid={`visibility-${visibility}`}
              />
              <span className="flex flex-col">
                <span className="font-semibold text-slate-900">{VISIBILITY_LABELS[visibility]}</span>
                <span className="text-sm text-slate-700">{VISIBILITY_MEANINGS[visibility]}</span>
              </span>
            </label>
          ))}
          <FieldError id={`${ids.visibility}-error`} message={form.errors.visibility} />
        </fieldset>
      </FormSection>

      <FormSection id="profile-experience" title="Experience" description="Most recent first. One bullet per line: what you did and what came of it.">
        <FieldError id="profile-experience-error" message={listError('experience')} />
        {values.experience.length === 0 && <p className="text-slate-600">No positions yet.</p>}
        <ol className="flex flex-col gap-4">
          {values.experience.map((row, index) => {
            const what = row.title || `position ${index + 1}`;
            return (
              <li key={row.key} className="flex flex-col gap-4 rounded-lg border border-slate-200 p-3 sm:p-4" data-testid="experience-entry">
                <div className="grid gap-4 sm:grid-cols-2">
                  <TextField label="Job title" maxLength={200} value={row.title} onChange={(title) => updateRow('experience', index, { title })} error={rowError('experience', index, 'title')} data-testid="experience-title" />
                  <TextField label="Company" maxLength={200} value={row.company} onChange={(company) => updateRow('experience', index, { company })} error={rowError('experience', index, 'company')} data-testid="experience-company" />
                  <TextField label="Location" maxLength={200} value={row.location} onChange={(location) => updateRow('experience', index, { location })} error={rowError('experience', index, 'location')} />
                  <div className="grid grid-cols-2 gap-3">
                    <TextField label="Start" type="month" placeholder="2021-03" value={row.start} onChange={(start) => updateRow('experience', index, { start })} error={rowError('experience', index, 'start')} data-testid="experience-start" />
                    <TextField
                      label="End"
                      type="month"
                      placeholder="2023-09"
                      disabled={row.current}
                      value={row.current ? '' : row.end}
                      onChange={(end) => updateRow('experience', index, { end })}
                      error={rowError('experience', index, 'end')}
                      data-testid="experience-end"
                    />
                  </div>
                </div>
                <label className="flex items-center gap-2 text-slate-800">
                  <input type="checkbox" checked={row.current} onChange={(event) => updateRow('experience', index, { current: event.target.checked })} className="size-4 accent-brand-700" data-testid="experience-current" />
                  I work here now
                </label>
                <TextAreaField label="What you did" hint="One bullet per line." rows={4} value={row.bullets} onChange={(bullets) => updateRow('experience', index, { bullets })} error={rowError('experience', index, 'bullets')} />
                <RowActions index={index} count={values.experience.length} what={what} onMove={(to) => moveRow('experience', index, to)} onRemove={() => removeRow('experience', index)} testId="experience" />
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className={`${BUTTON_STYLES.secondary} self-start`}
          disabled={values.experience.length >= MAX_EXPERIENCE_ENTRIES}
          onClick={() => set('experience')([...values.experience, emptyExperience()])}
          data-testid="add-experience"
        >
          Add a position
        </button>
      </FormSection>

      <FormSection id="profile-education" title="Education">
        <FieldError id="profile-education-error" message={listError('education')} />
        {values.education.length === 0 && <p className="text-slate-600">No education yet.</p>}
        <ol className="flex flex-col gap-4">
          {values.education.map((row, index) => (
            <li key={row.key} className="flex flex-col gap-4 rounded-lg border border-slate-200 p-3 sm:p-4" data-testid="education-entry">
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField label="School" maxLength={200} value={row.institution} onChange={(institution) => updateRow('education', index, { institution })} error={rowError('education', index, 'institution')} data-testid="education-school" />
                <TextField label="Degree" maxLength={200} placeholder="BSc" value={row.degree} onChange={(degree) => updateRow('education', index, { degree })} error={rowError('education', index, 'degree')} />
                <TextField label="Field of study" maxLength={200} value={row.field} onChange={(field) => updateRow('education', index, { field })} error={rowError('education', index, 'field')} />
                <div className="grid grid-cols-2 gap-3">
                  <TextField label="From (year)" inputMode="numeric" maxLength={4} value={row.startYear} onChange={(startYear) => updateRow('education', index, { startYear })} error={rowError('education', index, 'startYear')} />
                  <TextField label="To (year)" inputMode="numeric" maxLength={4} value={row.endYear} onChange={(endYear) => updateRow('education', index, { endYear })} error={rowError('education', index, 'endYear')} />
                </div>
              </div>
              <RowActions index={index} count={values.education.length} what={row.institution || `education ${index + 1}`} onMove={(to) => moveRow('education', index, to)} onRemove={() => removeRow('education', index)} testId="education" />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className={`${BUTTON_STYLES.secondary} self-start`}
          disabled={values.education.length >= MAX_EDUCATION_ENTRIES}
          onClick={() => set('education')([...values.education, emptyEducation()])}
          data-testid="add-education"
        >
          Add education
        </button>
      </FormSection>

      <FormSection id="profile-skills" title="Skills" description="Matching compares these with what jobs ask for: say how good you are and for how long.">
        <SkillSearch
          inputRef={skillSearchRef}
          chosen={new Set(values.skills.map((skill) => skill.slug))}
          hint={values.skills.length >= MAX_PROFILE_SKILLS ? `A profile can list at most ${MAX_PROFILE_SKILLS} skills.` : 'Type part of a name, then pick it from the suggestions.'}
          disabled={values.skills.length >= MAX_PROFILE_SKILLS}
          error={listError('skills')}
          announcement={skillNews}
          onPick={(option) => {
            setSkillNews('');
            set('skills')([...values.skills, { slug: option.slug, name: option.name, proficiency: '', years: '', source: 'self', pending: option.pending || undefined }]);
            return `${option.name} added.`;
          }}
        />
        {values.skills.length > 0 && (
          <ul aria-label="Your skills" className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {values.skills.map((skill, index) => (
              <li key={skill.slug} className="grid gap-3 p-3 sm:grid-cols-[minmax(0,1fr)_11rem_7rem_auto] sm:items-start" data-testid="profile-skill" data-skill={skill.slug}>
                <span className="flex flex-wrap items-center gap-2 sm:pt-8">
                  <span className="font-semibold break-words text-slate-900">{skill.name}</span>
                  <Tag tone={skill.source === 'resume' ? 'accent' : 'neutral'}>{skill.source === 'resume' ? 'From resume' : 'Added by you'}</Tag>
                  {skill.pending && <Tag tone="warning">Pending review</Tag>}
                </span>
                <SelectField
                  label={
                    <>
                      Level<span className="sr-only"> of {skill.name}</span>
                    </>
                  }
                  value={skill.proficiency}
                  onChange={(proficiency) => updateRow('skills', index, { proficiency })}
                  options={PROFICIENCY_OPTIONS}
                  error={rowError('skills', index, 'proficiency')}
                />
                <TextField
                  label={
                    <>
                      Years<span className="sr-only"> of {skill.name}</span>
                    </>
                  }
                  inputMode="decimal"
                  maxLength={4}
                  value={skill.years}
                  onChange={(years) => updateRow('skills', index, { years })}
                  error={rowError('skills', index, 'years') ?? rowError('skills', index, 'slug')}
                />
                <button
                  type="button"
                  className={`${BUTTON_STYLES.secondary} text-sm sm:mt-7`}
                  onClick={() => {
                    removeRow('skills', index);
                    setSkillNews(`${skill.name} removed.`);
                    skillSearchRef.current?.focus();
                  }}
                  data-testid="remove-profile-skill"
                >
                  Remove<span className="sr-only"> {skill.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </FormSection>

      <FormSection id="profile-more" title="Languages, certifications and links">
        <div className="grid gap-5 sm:grid-cols-2">
          <TextAreaField label="Languages" hint="One per line, like “German (fluent)”." rows={4} value={values.languages} onChange={set('languages')} error={form.errors.languages} data-testid="profile-languages" />
          <TextAreaField label="Certifications" hint="One per line." rows={4} value={values.certifications} onChange={set('certifications')} error={form.errors.certifications} data-testid="profile-certifications" />
        </div>
        <div className="flex flex-col gap-3">
          <h3 className={LABEL}>Links</h3>
          <FieldError id="profile-links-error" message={listError('links')} />
          {values.links.map((row, index) => (
            <div key={row.key} className="grid gap-3 sm:grid-cols-[10rem_minmax(0,1fr)_auto] sm:items-start" data-testid="profile-link">
              <SelectField
                label={
                  <>
                    Kind<span className="sr-only"> of link {index + 1}</span>
                  </>
                }
                value={row.kind}
                onChange={(kind) => updateRow('links', index, { kind })}
                options={LINK_OPTIONS}
                error={rowError('links', index, 'kind')}
              />
              <TextField
                label={
                  <>
                    Address<span className="sr-only"> of link {index + 1}</span>
                  </>
                }
                type="url"
                inputMode="url"
                placeholder="https://"
                maxLength={500}
                value={row.url}
                onChange={(url) => updateRow('links', index, { url })}
                error={rowError('links', index, 'url')}
              />
              <div className="sm:mt-7">
                <RowActions index={index} count={values.links.length} what={`link ${index + 1}`} onRemove={() => removeRow('links', index)} testId="link" />
              </div>
            </div>
          ))}
          <button type="button" className={`${BUTTON_STYLES.secondary} self-start`} disabled={values.links.length >= 10} onClick={() => set('links')([...values.links, emptyLink()])} data-testid="add-link">
            Add a link
          </button>
        </div>
      </FormSection>

      <div className="sticky bottom-0 z-10 flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between sm:p-5">
        <p role="status" className="text-sm text-slate-700" data-testid="profile-save-status">
          {pending ? 'Saving…' : outcome || (dirty ? 'Unsaved changes.' : 'No unsaved changes.')}
        </p>
        <SubmitButton pending={pending} pendingLabel="Saving…" testId="save-profile">
          Save profile
        </SubmitButton>
      </div>
    </form>
  );
}
