// New recovery codes, shown once: the server keeps only their hashes. Copy them, download them, then confirm.
import { useEffect, useRef, useState } from 'react';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { downloadTextFile, fileDate } from '../../lib/download.ts';

interface RecoveryCodesProps {
  codes: string[];
  email: string;
  onDone: () => void;
}

function codesAsText(codes: string[], email: string): string {
  return [
    `Hotgigs recovery codes for ${email}`,
    `Created ${new Date().toISOString()}`,
    '',
    'Each code signs you in once if you cannot use your authenticator app.',
    'Keep them somewhere safe, away from your phone.',
    '',
    ...codes,
    '',
  ].join('\n');
}

export function RecoveryCodes({ codes, email, onDone }: RecoveryCodesProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div className="flex flex-col gap-4 rounded-lg border border-amber-300 bg-amber-50 p-4 sm:p-5" data-testid="recovery-codes">
      <h3 ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-amber-950 outline-none">
        Save your recovery codes
      </h3>
      <p className="text-amber-950">
        If you lose your phone, each of these codes signs you in once. <strong>This is the only time they are shown.</strong>
      </p>
      <ol className="grid grid-cols-1 gap-x-6 gap-y-1 rounded-md bg-white p-4 font-mono text-base text-slate-900 min-[400px]:grid-cols-2" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code} data-testid="recovery-code">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className={`${BUTTON_STYLES.secondary} text-sm`}
          onClick={() => {
            navigator.clipboard.writeText(codes.join('\n')).then(
              () => setCopy('copied'),
              () => setCopy('failed'),
            );
          }}
        >
          Copy codes
        </button>
        <button
          type="button"
          className={`${BUTTON_STYLES.secondary} text-sm`}
          onClick={() => downloadTextFile(`hotgigs-recovery-codes-${fileDate()}.txt`, codesAsText(codes, email))}
        >
          Download as .txt
        </button>
        <button type="button" className={`${BUTTON_STYLES.primary} text-sm`} onClick={onDone} data-testid="recovery-codes-saved">
          I have saved them
        </button>
      </div>
      <p role="status" className="min-h-5 text-sm text-amber-950">
        {copy === 'copied' ? 'Copied to the clipboard.' : copy === 'failed' ? 'Copying did not work here: download them, or select and copy them yourself.' : ''}
      </p>
    </div>
  );
}
