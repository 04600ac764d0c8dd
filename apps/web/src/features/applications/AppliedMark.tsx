// "Applied" on a job card, for a candidate who applied to that job (application.appliedJobs).
import { Tag } from '../../components/Tag.tsx';
import { useAppliedJobs } from './applications-api.ts';

export function AppliedMark({ jobId }: { jobId: string }) {
  const { byJob } = useAppliedJobs();
  if (!byJob?.has(jobId)) return null;
  return (
    <span data-testid="applied-mark">
      <Tag tone="success">
        <span aria-hidden="true" className="mr-1">✓</span>Applied
      </Tag>
    </span>
  );
}
