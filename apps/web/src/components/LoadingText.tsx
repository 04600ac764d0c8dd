// A page part still loading, said in words (and announced to screen readers) where a skeleton would be overkill.
import type { ReactNode } from 'react';

export function LoadingText({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="text-slate-600">
      {children}
    </p>
  );
}
