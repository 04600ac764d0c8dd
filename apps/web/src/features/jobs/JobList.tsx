// A list of job cards, each with the signed-in candidate's match score (one query for the page).
import type { JobSummary } from '../../lib/trpc.ts';
import type { HighlightParts } from '../search/Highlighted.tsx';
import type { JobsSearch } from '../search/search-params.ts';
import { useMatchScores } from '../matching/matching-api.ts';
import { JobCard } from './JobCard.tsx';

interface JobListProps {
  jobs: (JobSummary & { highlights?: { title: HighlightParts; snippet: HighlightParts | null } })[];
  titleAs?: 'h2' | 'h3';
  fromJobs?: JobsSearch;
  /** Names the list for screen readers, e.g. "Open jobs". */
  label: string;
}

export function JobList({ jobs, titleAs, fromJobs, label }: JobListProps) {
  const scores = useMatchScores(jobs.map((job) => job.id));
  return (
    <ul className="flex flex-col gap-3" aria-label={label} data-testid="job-list">
      {jobs.map((job) => (
        <li key={job.id}>
          <JobCard job={job} titleAs={titleAs} fromJobs={fromJobs} highlights={job.highlights} matchScore={scores?.get(job.id)} />
        </li>
      ))}
    </ul>
  );
}
