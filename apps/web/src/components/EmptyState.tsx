// What a list shows when there is nothing in it: a title, a hint, and optionally a way on.
import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  titleAs?: 'h2' | 'h3';
}

export function EmptyState({ title, children, action, titleAs: Title = 'h2' }: EmptyStateProps) {
  return (
    <div
      data-testid="empty-state"
      className="flex flex-col items-center gap-2 rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center"
    >
      <Title className="text-lg font-semibold text-slate-900">{title}</Title>
      {children && <div className="max-w-md text-slate-600">{children}</div>}
      {action && <div className="mt-3">{action}</div>}
    </div>
  );
}
