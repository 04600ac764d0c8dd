// One part of the account page: a titled card that the page's "On this page" list links to.
import type { ReactNode } from 'react';

interface AccountSectionProps {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  tone?: 'default' | 'danger';
}

export function AccountSection({ id, title, description, children, tone = 'default' }: AccountSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      data-testid={`section-${id}`}
      className={`scroll-mt-6 rounded-xl border bg-white p-5 shadow-sm sm:p-6 ${tone === 'danger' ? 'border-red-200' : 'border-slate-200'}`}
    >
      <h2 id={headingId} className="text-xl font-semibold tracking-tight text-slate-900">
        {title}
      </h2>
      {description && <div className="mt-1 text-slate-600">{description}</div>}
      <div className="mt-5">{children}</div>
    </section>
  );
}
