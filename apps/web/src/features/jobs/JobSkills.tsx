// The skills a job asks for, grouped by how much they matter.
import { SKILL_REQUIREMENTS, type SkillRequirement } from '@hotgigs/shared';
import type { JobDetail } from '../../lib/trpc.ts';

const REQUIREMENT_LABELS: Record<SkillRequirement, string> = {
  required: 'Required skills',
  preferred: 'Preferred skills',
  nice_to_have: 'Nice to have',
};

function yearsLabel(years: number): string {
  return years === 1 ? '1+ year' : `${years}+ years`;
}

export function JobSkills({ skills }: { skills: JobDetail['skills'] }) {
  const groups = SKILL_REQUIREMENTS.map((requirement) => ({
    requirement,
    skills: skills.filter((skill) => skill.requirement === requirement),
  })).filter((group) => group.skills.length > 0);
  if (groups.length === 0) return null;

  return (
    <div className="flex flex-col gap-5" data-testid="job-skills">
      {groups.map((group) => (
        <div key={group.requirement}>
          <h3 className="mb-2 text-sm font-semibold text-slate-700">{REQUIREMENT_LABELS[group.requirement]}</h3>
          <ul className="flex flex-wrap gap-2">
            {group.skills.map((skill) => (
              <li
                key={skill.slug}
                className={`rounded-md border px-2.5 py-1 text-sm ${
                  group.requirement === 'required'
                    ? 'border-brand-200 bg-brand-50 font-medium text-brand-900'
                    : 'border-slate-200 bg-white text-slate-800'
                }`}
              >
                {skill.name}
                {skill.yearsRequired !== null && skill.yearsRequired > 0 && (
                  <span className="text-slate-600"> · {yearsLabel(skill.yearsRequired)}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
