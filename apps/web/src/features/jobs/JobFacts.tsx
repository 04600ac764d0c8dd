// The terms of a job at a glance: where, how, what level, what pay, since when and until when.
import { LABELS } from '@hotgigs/shared';
import type { ReactNode } from 'react';
import { formatCalendarDate } from '../../lib/format.ts';
import type { JobDetail } from '../../lib/trpc.ts';
import { PostedAge } from './PostedAge.tsx';
import { SalaryRange } from './SalaryRange.tsx';

function Fact({ term, children, wide = false }: { term: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={`flex min-w-0 flex-col gap-0.5 ${wide ? 'col-span-2 lg:col-span-1' : ''}`}>
      <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{term}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

export function JobFacts({ job }: { job: JobDetail }) {
  const place = job.location ?? job.company.location;
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-4 lg:grid-cols-1" data-testid="job-facts">
      <Fact term="Location">{place ?? 'Not specified'}</Fact>
      <Fact term="Workplace">{LABELS.remote[job.remote]}</Fact>
      <Fact term="Employment type">{LABELS.employmentType[job.employmentType]}</Fact>
      <Fact term="Experience level">{LABELS.experienceLevel[job.experienceLevel]}</Fact>
      <Fact term="Salary" wide>
        <SalaryRange salary={job.salary} style="full" fallback="Not disclosed" />
      </Fact>
      {job.publishedAt && (
        <Fact term="Posted" wide>
          {formatCalendarDate(job.publishedAt)}{' '}
          <span className="text-slate-600">
            (<PostedAge date={job.publishedAt} withLabel={false} />)
          </span>
        </Fact>
      )}
      {job.deadline && (
        <Fact term="Apply by">
          <time dateTime={job.deadline.toISOString()}>{formatCalendarDate(job.deadline)}</time>
        </Fact>
      )}
    </dl>
  );
}
