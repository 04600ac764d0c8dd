// The three facts every job shows as tags: workplace (remote stands out), employment type, experience level.
import { LABELS, type EmploymentType, type ExperienceLevel, type RemoteType } from '@hotgigs/shared';
import { Tag } from '../../components/Tag.tsx';

export function JobTypeTags({
  job,
}: {
  job: { remote: RemoteType; employmentType: EmploymentType; experienceLevel: ExperienceLevel };
}) {
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Job type">
      <li>
        <Tag tone={job.remote === 'onsite' ? 'neutral' : 'accent'}>{LABELS.remote[job.remote]}</Tag>
      </li>
      <li>
        <Tag>{LABELS.employmentType[job.employmentType]}</Tag>
      </li>
      <li>
        <Tag>{LABELS.experienceLevel[job.experienceLevel]}</Tag>
      </li>
    </ul>
  );
}
