// One job in a list: what it is, where, on what terms, and the skills it needs. The title links to the job;
// the link's hit area covers the whole card (the company's name and the button sit above it).
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Tag } from '../../components/Tag.tsx';
import type { JobSummary } from '../../lib/trpc.ts';
import { AppliedMark } from '../applications/AppliedMark.tsx';
import { MatchBadge } from '../matching/MatchBadge.tsx';
import { SaveJobButton } from '../saved-jobs/SaveJobButton.tsx';
import { Highlighted, type HighlightParts } from '../search/Highlighted.tsx';
import type { JobsSearch } from '../search/search-params.ts';
import { JobTypeTags } from './JobTypeTags.tsx';
import { PostedAge } from './PostedAge.tsx';
import { SalaryRange } from './SalaryRange.tsx';
import { SkillChips } from './SkillChips.tsx';

interface JobCardProps {
  job: JobSummary;
  /** h2 on the jobs page, h3 under the home page's "Latest jobs". */
  titleAs?: 'h2' | 'h3';
  /** The list the card is shown in, remembered so the job's page can link back to it. */
  fromJobs?: JobsSearch;
  /** From a search: the title with its matched words, and a snippet of the description around them. */
  highlights?: { title: HighlightParts; snippet: HighlightParts | null };
  /** Set for a (saved) job that is no longer open: its title is no link, and this says why ("Expired"). */
  notOpenLabel?: string;
  /** What the card offers besides opening the job; the Save button unless given. */
  action?: ReactNode;
  /** The signed-in candidate's match score for this job (match.forJobs). */
  matchScore?: number;
}

export function JobCard({ job, titleAs: Title = 'h2', fromJobs, highlights, notOpenLabel, action, matchScore }: JobCardProps) {
  const titleId = `job-${job.id}-title`;
  const place = job.location ?? job.company.location;
  return (
    <article
      aria-labelledby={titleId}
      data-testid="job-card"
      className={`relative flex flex-col gap-3 rounded-xl border border-slate-200 p-4 shadow-sm transition sm:p-5 ${
        notOpenLabel ? 'bg-slate-50' : 'bg-white hover:border-slate-300 hover:shadow-md'
      }`}
    >
      <div className="grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(0,1fr)_auto]">
        <Title id={titleId} className="text-lg leading-snug font-semibold text-slate-900 sm:col-start-1 sm:row-start-1">
          {notOpenLabel ? (
            <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="text-slate-700">{job.title}</span>
              <span className="sr-only">, </span>
              <span data-testid="job-not-open">
                <Tag tone="warning">{notOpenLabel}</Tag>
              </span>
            </span>
          ) : (
            <Link
              to="/jobs/$jobId"
              params={{ jobId: job.id }}
              state={fromJobs ? (prev) => ({ ...prev, fromJobs }) : undefined}
              data-testid="job-title-link"
              className="outline-none after:absolute after:inset-0 after:rounded-xl hover:text-brand-800 hover:underline focus-visible:after:ring-3 focus-visible:after:ring-brand-700"
            >
              {highlights?.title.length ? <Highlighted parts={highlights.title} /> : job.title}
            </Link>
          )}
        </Title>
        <p className="text-sm text-slate-700 sm:col-start-1 sm:row-start-2">
          <Link
            to="/companies/$slug"
            params={{ slug: job.company.slug }}
            data-testid="job-company-link"
            className="relative z-10 rounded font-medium text-slate-900 underline decoration-slate-300 underline-offset-2 hover:text-brand-800 hover:decoration-brand-700"
          >
            {job.company.name}
          </Link>
          {place && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="sr-only">, </span>
              {place}
            </>
          )}
        </p>
        <PostedAge
          date={job.publishedAt}
          className="text-sm text-slate-600 sm:col-start-2 sm:row-start-1 sm:pt-0.5 sm:text-right"
        />
        <div className="flex flex-wrap items-center gap-2 sm:col-start-2 sm:row-start-2 sm:justify-self-end">
          {matchScore !== undefined && <MatchBadge score={matchScore} />}
          <AppliedMark jobId={job.id} />
          {action ?? <SaveJobButton jobId={job.id} jobTitle={job.title} />}
        </div>
      </div>
      {highlights?.snippet && (
        <p className="text-sm text-slate-700" data-testid="job-snippet">
          <Highlighted parts={highlights.snippet} />
        </p>
      )}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <JobTypeTags job={job} />
        <SalaryRange salary={job.salary} className="text-sm font-semibold text-slate-900" />
      </div>
      <SkillChips skills={job.skills} />
    </article>
  );
}
