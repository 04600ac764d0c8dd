// The banner above a form for problems that belong to no single field: wrong credentials, too many attempts,
// the server being down. Focus moves here when no field is at fault (see useFormFeedback).
import type { ReactNode } from 'react';
import type { FormBanner } from '../../lib/form-errors.ts';
import { FORM_ALERT_ATTRIBUTE } from '../../lib/use-form-feedback.ts';

interface FormAlertProps {
  banner: FormBanner | undefined;
  /** A way on, e.g. a "send a new link" button. */
  children?: ReactNode;
}

export function FormAlert({ banner, children }: FormAlertProps) {
  if (!banner) return null;
  return (
    <div
      role="alert"
      tabIndex={-1}
      {...{ [FORM_ALERT_ATTRIBUTE]: '' }}
      data-testid="form-alert"
      className="flex flex-col gap-2 rounded-lg border border-red-200 bg-red-50 p-4 text-red-950"
    >
      <p>{banner.message}</p>
      {banner.requestId && (
        <p className="text-sm">
          Request id: <code className="rounded bg-white/70 px-1.5 py-0.5 font-mono text-xs break-all">{banner.requestId}</code>
        </p>
      )}
      {children}
    </div>
  );
}
