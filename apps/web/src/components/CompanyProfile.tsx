// The employer behind a job: name, where, how big, its website and what it says about itself.
import { displayHost, toSafeExternalUrl } from '../lib/safe-url.ts';
import type { JobDetail } from '../lib/trpc.ts';
import { PlainText } from './PlainText.tsx';

export function CompanyProfile({ company }: { company: JobDetail['company'] }) {
  const website = toSafeExternalUrl(company.website);
  const initial = company.name.trim().charAt(0).toUpperCase();
  return (
    <section aria-labelledby="company-heading" className="flex flex-col gap-3" data-testid="company-profile">
      <div className="flex items-center gap-3">
        <span
          aria-hidden="true"
          className="flex size-11 shrink-0 items-center justify-center rounded-lg bg-slate-900 text-lg font-bold text-white"
        >
          {initial}
        </span>
        <div>
          <h2 id="company-heading" className="font-semibold text-slate-900">
            <span className="sr-only">About </span>
            {company.name}
          </h2>
          <p className="text-sm text-slate-600">
            {[company.location, company.size ? `${company.size.replace('-', '–')} employees` : null]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
      </div>
      {website && (
        <a
          href={website}
          target="_blank"
          rel="noopener noreferrer"
          className="self-start text-sm font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900"
        >
          {displayHost(website)}
          <span className="sr-only"> (company website, opens in a new tab)</span>
        </a>
      )}
      {company.description && (
        <div className="text-sm">
          <PlainText text={company.description} />
        </div>
      )}
    </section>
  );
}
