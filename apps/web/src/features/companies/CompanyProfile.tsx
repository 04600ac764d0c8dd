// The employer behind a job: name, where, how big, its website and what it says about itself, and the way to its
// page with all its open jobs.
import { Link } from '@tanstack/react-router';
import { TEXT_LINK } from '../../components/button-styles.ts';
import { PlainText } from '../../components/PlainText.tsx';
import { displayHost, toSafeExternalUrl } from '../../lib/safe-url.ts';
import type { JobDetail } from '../../lib/trpc.ts';
import { CompanyLogo } from './CompanyLogo.tsx';

/** "Berlin · 51–200 employees" */
export function companyFacts(company: { location: string | null; size: string | null }): string {
  return [company.location, company.size ? `${company.size.replace('-', '–')} employees` : null].filter(Boolean).join(' · ');
}

export function CompanyProfile({ company }: { company: JobDetail['company'] }) {
  const website = toSafeExternalUrl(company.website);
  return (
    <section aria-labelledby="company-heading" className="flex flex-col gap-3" data-testid="company-profile">
      <div className="flex items-center gap-3">
        <CompanyLogo name={company.name} logoUrl={company.logoUrl} />
        <div>
          <h2 id="company-heading" className="font-semibold text-slate-900">
            <span className="sr-only">About </span>
            {company.name}
          </h2>
          <p className="text-sm text-slate-600">{companyFacts(company)}</p>
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
      <Link
        to="/companies/$slug"
        params={{ slug: company.slug }}
        className={`${TEXT_LINK} self-start text-sm`}
        data-testid="company-page-link"
      >
        All jobs at {company.name}
      </Link>
    </section>
  );
}
