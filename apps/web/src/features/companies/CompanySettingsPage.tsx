// The company's profile as its recruiters keep it: name, website, location, size, what it says about itself, and
// its logo (uploaded over plain HTTP with a progress bar; see apps/api/src/routes/company-logo.ts).
import { COMPANY_DESCRIPTION_MAX, COMPANY_LOGO_MAX_BYTES, COMPANY_LOGO_TYPES, COMPANY_SIZES, companyUpdateInput, type CompanySize } from '@hotgigs/shared';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useRef, useState, type ReactNode } from 'react';
import { TEXT_LINK } from '../../components/button-styles.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { ERROR_TEXT, HINT, LABEL } from '../../components/form/field-styles.ts';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { LoadingText } from '../../components/LoadingText.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { SESSION_QUERY_KEY, useSession } from '../../lib/session.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { describeUploadFailure, formatFileSize, uploadFile, type UploadAnswer } from '../../lib/upload.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFormFeedback, useFormValues } from '../../lib/use-form-feedback.ts';

type CompanyPage = RouterOutputs['company']['get'];

const LOGO_URL = '/api/company/logo';
const FIELDS = ['name', 'website', 'location', 'size', 'description'] as const;
const SIZE_OPTIONS: { value: CompanySize | ''; label: string }[] = [
  { value: '', label: 'Not specified' },
  ...COMPANY_SIZES.map((size) => ({ value: size, label: `${size.replace('-', '–')} employees` })),
];

function Section({ id, title, description, children }: { id: string; title: string; description: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-col gap-1">
        <h2 id={id} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <p className="text-sm text-slate-600">{description}</p>
      </div>
      {children}
    </section>
  );
}

type UploadState =
  | { phase: 'idle'; message?: string }
  | { phase: 'uploading'; fraction: number; fileName: string }
  | { phase: 'failed'; message: string };

function LogoEditor({ company }: { company: CompanyPage }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = { input: useId(), hint: useId(), progress: useId(), status: useId() };
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const [removing, setRemoving] = useState(false);

  const refresh = async (answer: { status: number }) => {
    // A session that ended elsewhere: let the app find out and send the person to sign in.
    if (answer.status === 401) await queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
    await queryClient.invalidateQueries(trpc.company.get.queryFilter({ slug: company.slug }));
  };

  const upload = async (file: File) => {
    if (!(COMPANY_LOGO_TYPES as readonly string[]).includes(file.type)) {
      setState({ phase: 'failed', message: `“${file.name}” is not a PNG, JPEG or WebP image.` });
      return;
    }
    if (file.size > COMPANY_LOGO_MAX_BYTES) {
      setState({
        phase: 'failed',
        message: `“${file.name}” is ${formatFileSize(file.size)}; a logo can be at most ${formatFileSize(COMPANY_LOGO_MAX_BYTES)}.`,
      });
      return;
    }
    setState({ phase: 'uploading', fraction: 0, fileName: file.name });
    try {
      const answer = await uploadFile(LOGO_URL, file, {
        field: 'logo',
        onProgress: (fraction) => setState({ phase: 'uploading', fraction, fileName: file.name }),
      });
      await refresh(answer);
      setState(answer.status === 200 ? { phase: 'idle', message: 'Logo uploaded.' } : { phase: 'failed', message: describeUploadFailure(answer) });
    } catch (error) {
      setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  /** Rejects when the logo stays (ConfirmAction then keeps its question open); the reason is shown below. */
  const removeLogo = async () => {
    setRemoving(true);
    try {
      let answer: UploadAnswer;
      try {
        const response = await fetch(LOGO_URL, { method: 'DELETE', headers: { accept: 'application/json' } });
        answer = { status: response.status, body: (await response.json().catch(() => null)) as unknown };
      } catch (error) {
        setState({ phase: 'failed', message: 'The Hotgigs server could not be reached. Check your connection and try again.' });
        throw error;
      }
      await refresh(answer);
      if (answer.status !== 200) {
        setState({ phase: 'failed', message: describeUploadFailure(answer) });
        throw new Error(`HTTP ${answer.status}`);
      }
      setState({ phase: 'idle', message: 'Logo removed.' });
    } finally {
      setRemoving(false);
    }
  };

  const uploading = state.phase === 'uploading';
  const percent = uploading ? Math.round(state.fraction * 100) : 0;
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:gap-6" data-testid="logo-editor">
      {company.logoUrl ? (
        <img
          src={company.logoUrl}
          alt={`Current logo of ${company.name}`}
          className="size-24 shrink-0 rounded-lg border border-slate-200 bg-white object-contain p-1"
          data-testid="company-logo"
        />
      ) : (
        <span
          aria-hidden="true"
          className="flex size-24 shrink-0 items-center justify-center rounded-lg bg-slate-900 text-3xl font-bold text-white"
          data-testid="company-logo-placeholder"
        >
          {company.name.trim().charAt(0).toUpperCase()}
        </span>
      )}
      <div className="flex min-w-0 flex-1 flex-col gap-3">
        <div className="flex flex-col gap-1.5">
          <label htmlFor={ids.input} className={LABEL}>
            {company.logoUrl ? 'Replace the logo' : 'Upload a logo'}
          </label>
          <p id={ids.hint} className={HINT}>
            PNG, JPEG or WebP, at most {formatFileSize(COMPANY_LOGO_MAX_BYTES)}. A square image looks best.
          </p>
          <input
            ref={inputRef}
            id={ids.input}
            type="file"
            accept={COMPANY_LOGO_TYPES.join(',')}
            aria-describedby={`${ids.hint} ${ids.status}`}
            disabled={uploading || removing}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void upload(file);
            }}
            className="w-full min-w-0 text-sm text-slate-700 file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-4 file:font-semibold file:text-slate-800 hover:file:bg-slate-50"
            data-testid="logo-input"
          />
        </div>
        {uploading && (
          <div className="flex flex-col gap-1">
            <label htmlFor={ids.progress} className="text-sm text-slate-700">
              Uploading {state.fileName}… {percent}%
            </label>
            <progress id={ids.progress} max={100} value={percent} className="h-2 w-full accent-brand-700" data-testid="logo-progress" />
          </div>
        )}
        <p id={ids.status} role="status" className={state.phase === 'failed' ? ERROR_TEXT : 'text-sm text-emerald-800'} data-testid="logo-status">
          {state.phase === 'failed' ? state.message : state.phase === 'idle' ? state.message : 'Uploading the logo…'}
        </p>
        {company.logoUrl && !uploading && (
          <div className="self-start">
            <ConfirmAction
              label="Remove logo"
              question="Remove the logo?"
              confirmLabel="Remove"
              pendingLabel="Removing…"
              pending={removing}
              onConfirm={removeLogo}
              testId="remove-logo"
            />
          </div>
        )}
      </div>
    </div>
  );
}

function CompanyProfileForm({ company }: { company: CompanyPage }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { bindForm, ...form } = useFormFeedback(FIELDS);
  const save = useMutation(
    trpc.company.update.mutationOptions({
      onSuccess: async (page) => {
        queryClient.setQueryData(trpc.company.get.queryKey({ slug: page.slug }), page);
        // The company's name is also in the session (header, account) and on every one of its jobs.
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
          queryClient.invalidateQueries(trpc.job.pathFilter()),
        ]);
      },
      onError: form.showApiError,
    }),
  );
  // Editing again puts the "saved" message away.
  const { values, set } = useFormValues(
    {
      name: company.name,
      website: company.website ?? '',
      location: company.location ?? '',
      size: (company.size ?? '') as CompanySize | '',
      description: company.description ?? '',
    },
    form.clearField,
    () => {
      if (save.isSuccess) save.reset();
    },
  );

  return (
    <form
      ref={bindForm}
      noValidate
      onSubmit={form.submitWith(companyUpdateInput, { ...values, size: values.size || null }, save.mutate)}
      className="flex flex-col gap-5"
      data-testid="company-form"
    >
      <FormAlert banner={form.banner} />
      <TextField
        label="Company name"
        autoComplete="organization"
        maxLength={200}
        required
        value={values.name}
        onChange={set('name')}
        error={form.errors.name}
        data-testid="company-name-input"
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label="Website"
          type="url"
          inputMode="url"
          autoComplete="url"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={500}
          placeholder="https://example.com"
          value={values.website}
          onChange={set('website')}
          error={form.errors.website}
        />
        <SelectField label="Size" value={values.size} onChange={set('size')} options={SIZE_OPTIONS} error={form.errors.size} />
      </div>
      <TextField
        label="Location"
        hint="Where the company is based; jobs without a location of their own show it."
        maxLength={200}
        value={values.location}
        onChange={set('location')}
        error={form.errors.location}
      />
      <TextAreaField
        label="About the company"
        hint="Plain text. Blank lines separate paragraphs; lines starting with “- ” make a list."
        maxLength={COMPANY_DESCRIPTION_MAX}
        rows={8}
        value={values.description}
        onChange={set('description')}
        error={form.errors.description}
        data-testid="company-description-input"
      />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <SubmitButton pending={save.isPending} pendingLabel="Saving…" className="sm:self-start" testId="save-company">
          Save profile
        </SubmitButton>
        <p role="status" className="text-sm text-emerald-800" data-testid="company-saved">
          {save.isSuccess ? 'Company profile saved.' : ''}
        </p>
      </div>
    </form>
  );
}

export function CompanySettingsPage() {
  useDocumentTitle('Company profile');
  const trpc = useTRPC();
  const { account } = useSession();
  const slug = account?.profile?.kind === 'recruiter' ? account.profile.company.slug : undefined;
  const company = useQuery(trpc.company.get.queryOptions(slug ? { slug } : skipToken, { staleTime: 0, refetchOnWindowFocus: false }));

  let content: ReactNode;
  if (company.data) {
    content = (
      <>
        <Section id="company-logo-heading" title="Logo" description="Shown next to your jobs and on your company’s page.">
          <LogoEditor company={company.data} />
        </Section>
        <Section id="company-profile-heading" title="Profile" description="What candidates read about the company on each of its jobs.">
          <CompanyProfileForm key={company.data.id} company={company.data} />
        </Section>
      </>
    );
  } else if (company.isError) {
    content = <ErrorState title="We couldn't load your company" error={company.error} onRetry={() => void company.refetch()} />;
  } else if (!slug) {
    content = <Notice tone="warning">Your account does not belong to a company.</Notice>;
  } else {
    content = (
      <LoadingText>Loading your company…</LoadingText>
    );
  }

  return (
    <PageContainer className="pt-6 sm:pt-8">
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        <header className="flex flex-col gap-2">
          <Link
            to="/recruiter/jobs"
            className="inline-flex items-center gap-1 self-start rounded text-sm font-medium text-slate-700 hover:text-brand-800 hover:underline"
          >
            <span aria-hidden="true">←</span> My jobs
          </Link>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">Company profile</h1>
          {slug && (
            <Link to="/companies/$slug" params={{ slug }} className={`${TEXT_LINK} self-start`} data-testid="public-company-page">
              See your company’s public page
            </Link>
          )}
        </header>
        {content}
      </div>
    </PageContainer>
  );
}
