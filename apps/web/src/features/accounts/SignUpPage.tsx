// Creating an account: as a candidate, or as a recruiter who starts a company page (or joins one through an
// invitation link). Then "check your email": the account works once its address is confirmed.
import { registerInput, type RegisterInput } from '@hotgigs/shared';
import { useMutation } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { TEXT_LINK } from '../../components/button-styles.ts';
import { FieldError } from '../../components/form/FieldError.tsx';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { PasswordField } from '../../components/form/PasswordField.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { TextField } from '../../components/form/TextField.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useSession } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFormFeedback, useFormValues } from '../../lib/use-form-feedback.ts';
import { AuthCard } from './AuthCard.tsx';
import { CheckYourEmail } from './CheckYourEmail.tsx';

const FIELDS = ['role', 'firstName', 'lastName', 'email', 'password', 'companyName'] as const;
type Role = RegisterInput['role'];

const ROLE_CHOICES: { value: Role; title: string; description: string }[] = [
  { value: 'candidate', title: 'I am looking for a job', description: 'Find jobs that fit your skills and apply.' },
  { value: 'recruiter', title: 'I am hiring', description: 'Post jobs for your company and meet candidates.' },
];

function RoleChoice({ value, onChange, error }: { value: Role; onChange: (role: Role) => void; error?: string }) {
  const errorId = useId();
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-1.5 text-sm font-semibold text-slate-800">Account type</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {ROLE_CHOICES.map((choice) => (
          <label
            key={choice.value}
            className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-300 bg-white p-3 shadow-sm has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:ring-1 has-checked:ring-brand-700 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-700"
          >
            <input
              type="radio"
              name="role"
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              className="mt-1 size-4 accent-brand-700 focus-visible:outline-none"
              data-testid={`role-${choice.value}`}
            />
            <span className="flex flex-col">
              <span className="font-semibold text-slate-900">{choice.title}</span>
              <span className="text-sm text-slate-600">{choice.description}</span>
            </span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

export function SignUpPage() {
  const search = useSearch({ from: '/sign-up' });
  const invitation = search.invitation;
  const trpc = useTRPC();
  const session = useSession();
  const [sentTo, setSentTo] = useState<string | undefined>();
  useDocumentTitle(sentTo ? 'Check your email' : 'Create an account');
  const { bindForm, ...form } = useFormFeedback(FIELDS);
  const { values, set } = useFormValues(
    {
      role: (invitation ? 'recruiter' : (search.role ?? 'candidate')) as Role,
      firstName: '',
      lastName: '',
      email: search.email ?? '',
      password: '',
      companyName: '',
    },
    form.clearField,
  );
  const register = useMutation(
    trpc.auth.register.mutationOptions({
      onSuccess: (_result, input) => setSentTo(input.email),
      onError: form.showApiError,
    }),
  );
  const resend = useMutation(trpc.auth.resendVerification.mutationOptions());

  const isRecruiter = values.role === 'recruiter';
  const needsCompany = isRecruiter && !invitation;

  if (sentTo) {
    return (
      <CheckYourEmail
        email={sentTo}
        resend={() => resend.mutateAsync({ email: sentTo })}
        onStartOver={() => {
          setSentTo(undefined);
          register.reset();
        }}
        footer={
          <p>
            Confirmed your address?{' '}
            <Link to="/sign-in" className={TEXT_LINK}>
              Sign in
            </Link>
          </p>
        }
      >
        <p>Open the link in it to confirm your address; it works for 48 hours. Then sign in.</p>
        <p className="text-sm text-slate-600">If this address already has an account, the email says how to sign in instead.</p>
      </CheckYourEmail>
    );
  }

  return (
    <AuthCard
      title={invitation ? 'Join your company on Hotgigs' : 'Create your Hotgigs account'}
      width="wide"
      footer={
        <p>
          Already have an account?{' '}
          <Link to="/sign-in" className={TEXT_LINK}>
            Sign in
          </Link>
        </p>
      }
      testId="sign-up"
    >
      {session.account && (
        <Notice tone="info" className="mb-5">
          You are already signed in as {session.account.user.email}. Sign out first to create another account.
        </Notice>
      )}
      <form
        ref={bindForm}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const { role, firstName, lastName, email, password, companyName } = values;
          const candidate = { role, firstName, lastName, email, password };
          const input = form.check(
            registerInput,
            role === 'candidate'
              ? candidate
              : invitation
                ? { ...candidate, invitationToken: invitation }
                : // An empty company name must be refused here, not sent as "no company".
                  { ...candidate, companyName: companyName.trim() ? companyName : undefined },
          );
          if (!input) return;
          if (input.role === 'recruiter' && !invitation && !input.companyName) {
            form.show({ fields: { companyName: 'Enter your company name.' } });
            return;
          }
          register.mutate(input);
        }}
        className="flex flex-col gap-5"
        data-testid="sign-up-form"
      >
        <FormAlert banner={form.banner} />
        {invitation ? (
          <Notice tone="info">
            You were invited to join a company as a recruiter. Use the email address the invitation was sent to.
          </Notice>
        ) : (
          <RoleChoice value={values.role} onChange={(role) => set('role')(role)} error={form.errors.role} />
        )}
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label="First name"
            name="firstName"
            autoComplete="given-name"
            maxLength={100}
            required
            value={values.firstName}
            onChange={set('firstName')}
            error={form.errors.firstName}
          />
          <TextField
            label="Last name"
            name="lastName"
            autoComplete="family-name"
            maxLength={100}
            required
            value={values.lastName}
            onChange={set('lastName')}
            error={form.errors.lastName}
          />
        </div>
        {needsCompany && (
          <TextField
            label="Company name"
            hint="Your company gets a page on Hotgigs; you can invite colleagues to it later."
            name="companyName"
            autoComplete="organization"
            maxLength={200}
            required
            value={values.companyName}
            onChange={set('companyName')}
            error={form.errors.companyName}
          />
        )}
        <TextField
          label={isRecruiter ? 'Work email' : 'Email'}
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={254}
          required
          hint="We send a link to confirm it."
          value={values.email}
          onChange={set('email')}
          error={form.errors.email}
        />
        <PasswordField
          label="Password"
          name="password"
          autoComplete="new-password"
          maxLength={256}
          required
          value={values.password}
          onChange={set('password')}
          error={form.errors.password}
          rules={{ email: values.email }}
        />
        <SubmitButton pending={register.isPending} pendingLabel="Creating your account…" testId="sign-up-submit">
          Create account
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
