// The field for a code from an authenticator app (or, where accepted, a recovery code): numeric keypad on
// phones, and autocomplete="one-time-code" so browsers and password managers can fill it in.
import { TextField, type TextFieldProps } from './TextField.tsx';

interface OneTimeCodeFieldProps extends Omit<TextFieldProps, 'type' | 'inputMode' | 'autoComplete' | 'maxLength' | 'pattern'> {
  /** Recovery codes (k3jd-9x2q-m8rt) are letters and digits: no numeric keypad then. */
  acceptsRecoveryCode?: boolean;
}

export function OneTimeCodeField({ acceptsRecoveryCode = false, inputClassName = '', ...props }: OneTimeCodeFieldProps) {
  return (
    <TextField
      {...props}
      inputMode={acceptsRecoveryCode ? 'text' : 'numeric'}
      autoComplete="one-time-code"
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      maxLength={acceptsRecoveryCode ? 20 : 7}
      inputClassName={`max-w-56 font-mono text-lg tracking-widest ${inputClassName}`}
    />
  );
}
