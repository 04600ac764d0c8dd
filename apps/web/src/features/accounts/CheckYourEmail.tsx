// After asking for an email (verification, password reset): where it went, and how to get another one. The API
// answers the same whether or not the address has an account, and so does this screen.
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { TEXT_LINK } from '../../components/button-styles.ts';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { Notice } from '../../components/Notice.tsx';
import { formErrorsFromApi } from '../../lib/form-errors.ts';
import { AuthCard } from './AuthCard.tsx';
import { DevOutboxLink } from './DevOutboxLink.tsx';

interface CheckYourEmailProps {
  email: string;
  /** What the email is for and how long its link works. */
  children: ReactNode;
  resend: () => Promise<unknown>;
  /** Back to the form, to fix a mistyped address. */
  onStartOver: () => void;
  footer?: ReactNode;
}

export function CheckYourEmail({ email, children, resend, onStartOver, footer }: CheckYourEmailProps) {
  const again = useMutation({ mutationFn: resend });
  const banner = again.isError ? formErrorsFromApi(again.error, []).banner : undefined;
  return (
    <AuthCard title="Check your email" focusTitle footer={footer} testId="check-your-email">
      <div className="flex flex-col gap-5">
        <div className="flex items-start gap-4">
          <svg viewBox="0 0 24 24" aria-hidden="true" className="size-10 shrink-0 fill-none stroke-brand-700 stroke-[1.6]">
            <rect x="2.5" y="5" width="19" height="14" rx="2" />
            <path d="m3 6.5 9 6.5 9-6.5" strokeLinejoin="round" />
          </svg>
          <div className="flex flex-col gap-2 text-slate-800">
            <p>
              We sent an email to <strong className="font-semibold break-all text-slate-900" data-testid="sent-to">{email}</strong>.
            </p>
            {children}
          </div>
        </div>
        {again.isSuccess && <Notice>We sent another email. Only the newest link works.</Notice>}
        <FormAlert banner={banner} />
        <div className="flex flex-col gap-3 border-t border-slate-200 pt-5 text-sm text-slate-700">
          <p>Nothing after a few minutes? Check your spam folder, or ask again.</p>
          <div className="flex flex-wrap items-center gap-x-5 gap-y-3">
            <SubmitButton
              type="button"
              variant="secondary"
              pending={again.isPending}
              pendingLabel="Sending…"
              onClick={() => again.mutate()}
              testId="resend-email"
            >
              Send it again
            </SubmitButton>
            <button type="button" onClick={onStartOver} className={TEXT_LINK}>
              Use a different address
            </button>
          </div>
        </div>
        <DevOutboxLink />
      </div>
    </AuthCard>
  );
}
