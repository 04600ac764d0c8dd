// A short confirmation that something worked ("Password changed"), announced politely to screen readers.
import type { ReactNode } from 'react';

const TONES = {
  success: 'border-emerald-200 bg-emerald-50 text-emerald-950',
  info: 'border-sky-200 bg-sky-50 text-sky-950',
  warning: 'border-amber-300 bg-amber-50 text-amber-950',
} as const;

interface NoticeProps {
  children: ReactNode;
  tone?: keyof typeof TONES;
  className?: string;
  testId?: string;
}

export function Notice({ children, tone = 'success', className = '', testId = 'notice' }: NoticeProps) {
  return (
    <div role="status" data-testid={testId} className={`rounded-lg border p-4 ${TONES[tone]} ${className}`}>
      {children}
    </div>
  );
}
