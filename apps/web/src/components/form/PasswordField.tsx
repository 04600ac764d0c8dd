// A password input with a show/hide switch; for a new password, the rules are shown and checked as you type.
import { useId, useState } from 'react';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordRuleStatus } from '../../lib/password-rules.ts';
import { TextField, type TextFieldProps } from './TextField.tsx';

interface PasswordFieldProps extends Omit<TextFieldProps, 'type' | 'autoComplete' | 'trailing' | 'describedBy'> {
  autoComplete: 'current-password' | 'new-password';
  /** For a new password: show its rules. The email, when known, lets the "not your email" rule be checked too. */
  rules?: { email?: string };
}

function RuleMark({ ok }: { ok: boolean | undefined }) {
  return ok ? (
    <svg viewBox="0 0 20 20" aria-hidden="true" className="mt-0.5 size-4 shrink-0 fill-emerald-700">
      <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm4.2 6.3-5 5.2a.9.9 0 0 1-1.3 0L5.8 10.9a.9.9 0 1 1 1.3-1.3l1.5 1.5 4.3-4.5a.9.9 0 1 1 1.3 1.2Z" />
    </svg>
  ) : (
    <svg viewBox="0 0 20 20" aria-hidden="true" className="mt-0.5 size-4 shrink-0 fill-none stroke-slate-400 stroke-2">
      <circle cx="10" cy="10" r="7.5" />
    </svg>
  );
}

function PasswordRules({ id, password, email }: { id: string; password: string; email?: string }) {
  const status = passwordRuleStatus(password, email);
  const tooLong = status.length > PASSWORD_MAX_LENGTH;
  return (
    <ul id={id} className="flex flex-col gap-1 text-sm text-slate-700" data-testid="password-rules">
      <li className="flex items-start gap-1.5">
        <RuleMark ok={status.lengthOk} />
        <span>
          {PASSWORD_MIN_LENGTH} to {PASSWORD_MAX_LENGTH} characters{' '}
          <span className={tooLong ? 'font-semibold text-red-800' : 'text-slate-600'} data-testid="password-length">
            ({status.length} typed{tooLong ? ', too long' : ''})
          </span>
          <span className="sr-only">{status.lengthOk ? ': done' : ': not yet'}</span>
        </span>
      </li>
      {status.avoidsEmailName !== undefined && (
        <li className="flex items-start gap-1.5">
          <RuleMark ok={status.avoidsEmailName && status.length > 0} />
          <span>
            Does not contain your email address
            <span className="sr-only">{status.avoidsEmailName ? ': done' : ': not yet'}</span>
          </span>
        </li>
      )}
      <li className="flex items-start gap-1.5">
        <svg viewBox="0 0 20 20" aria-hidden="true" className="mt-0.5 size-4 shrink-0 fill-slate-400">
          <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm.9 13.3H9.1V9.2h1.8v5.6Zm-.9-7.2a1.1 1.1 0 1 1 0-2.2 1.1 1.1 0 0 1 0 2.2Z" />
        </svg>
        <span>Not one of the most common passwords (we check this when you submit)</span>
      </li>
      <li className="pl-5.5 text-slate-600">Long phrases are easy to remember and hard to guess. Any characters work.</li>
    </ul>
  );
}

export function PasswordField({ rules, ...props }: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  const rulesId = useId();
  return (
    <div className="flex flex-col gap-2">
      <TextField
        {...props}
        type={visible ? 'text' : 'password'}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        describedBy={rules ? rulesId : undefined}
        trailing={
          <button
            type="button"
            onClick={() => setVisible((shown) => !shown)}
            aria-pressed={visible}
            className="min-h-11 shrink-0 rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-700 shadow-sm hover:bg-slate-50"
          >
            {visible ? 'Hide' : 'Show'}
            <span className="sr-only"> password</span>
          </button>
        }
      />
      {rules && <PasswordRules id={rulesId} password={props.value} email={rules.email} />}
    </div>
  );
}
