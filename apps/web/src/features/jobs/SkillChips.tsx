// The first few skills a job asks for, most important first (the API orders them), and how many more there are.
import type { JobSummary } from '../../lib/trpc.ts';

export function SkillChips({ skills, max = 5 }: { skills: JobSummary['skills']; max?: number }) {
  if (skills.length === 0) return null;
  const shown = skills.slice(0, max);
  const more = skills.length - shown.length;
  return (
    <ul className="flex flex-wrap items-center gap-1.5" aria-label="Skills">
      {shown.map((skill) => (
        <li
          key={skill.slug}
          className="rounded-md border border-slate-200 bg-white px-2 py-0.5 text-xs font-medium text-slate-700"
        >
          {skill.name}
        </li>
      ))}
      {more > 0 && <li className="px-1 text-xs text-slate-600">+{more} more</li>}
    </ul>
  );
}
