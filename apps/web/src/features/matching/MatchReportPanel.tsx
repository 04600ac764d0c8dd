// "Why this score": the total, each criterion as a bar (its score, and its share of the total), the skills that
// matched and how (stated, or through related skills: Next.js → React), and the skills missing. For the candidate
// it says what to add when there is no score; for the company it reads in the third person.
import { Link } from '@tanstack/react-router';
import { Tag } from '../../components/Tag.tsx';
import type { MatchReport } from './matching-api.ts';
import { MatchBadge } from './MatchBadge.tsx';
import { CRITERION_LABELS, forCompany } from './match-text.ts';

interface MatchReportPanelProps {
  report: MatchReport;
  audience: 'candidate' | 'company';
  /** The heading's id, for the section's label. */
  headingId?: string;
}

function Bar({ value }: { value: number }) {
  const percent = Math.round(value * 100);
  const tone = percent >= 75 ? 'bg-emerald-600' : percent >= 45 ? 'bg-brand-600' : percent >= 20 ? 'bg-amber-500' : 'bg-slate-400';
  return (
    <div className="h-2 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
      <div className={`h-full rounded-full ${tone}`} style={{ width: `${Math.max(2, percent)}%` }} />
    </div>
  );
}

export function MatchReportPanel({ report, audience, headingId = 'match-heading' }: MatchReportPanelProps) {
  const say = audience === 'company' ? forCompany : (text: string) => text;
  if (!report.scored) {
    return (
      <section aria-labelledby={headingId} className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="match-report">
        <h2 id={headingId} className="text-lg font-semibold tracking-tight text-slate-900">
          How well {audience === 'company' ? 'they match' : 'you match'}
        </h2>
        <p className="text-slate-700" data-testid="match-not-scored">
          {audience === 'company' ? 'Their profile has too little in it for a score (no skills, and no titles or years of experience).' : report.message}
        </p>
        {audience === 'candidate' && (
          <Link to="/profile" className="self-start rounded text-sm font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-900">
            Complete your profile
          </Link>
        )}
      </section>
    );
  }
  const direct = report.matchedSkills.filter((s) => s.how === 'direct');
  const implied = report.matchedSkills.filter((s) => s.how === 'implied');
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="match-report">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold tracking-tight text-slate-900">
          Why this score
        </h2>
        <MatchBadge score={report.total} size="lg" />
      </div>
      <ul className="flex flex-col gap-3" aria-label="Criteria" data-testid="match-criteria">
        {report.criteria.map((criterion) => (
          <li key={criterion.key} className="grid gap-1 sm:grid-cols-[10rem_minmax(0,1fr)_3rem] sm:items-center sm:gap-3">
            <span className="text-sm font-semibold text-slate-800">
              {CRITERION_LABELS[criterion.key] ?? criterion.key}
              <span className="ml-1 font-normal text-slate-600">({Math.round(criterion.weight * 100)}% of the score)</span>
            </span>
            <div className="flex flex-col gap-1">
              <Bar value={criterion.score} />
              <span className="text-sm text-slate-700">{say(criterion.detail)}</span>
            </div>
            <span className="text-sm font-semibold text-slate-900 sm:text-right">{Math.round(criterion.score * 100)}%</span>
          </li>
        ))}
      </ul>
      {(direct.length > 0 || implied.length > 0) && (
        <div className="flex flex-col gap-2" data-testid="match-skills">
          <h3 className="text-sm font-semibold text-slate-900">Skills that match</h3>
          <ul className="flex flex-wrap gap-2">
            {direct.map((skill) => (
              <li key={skill.skillId}>
                <Tag tone="success">
                  <span aria-hidden="true" className="mr-1">✓</span>
                  {skill.name}
                  {skill.yearsShort && <span className="ml-1 font-normal">({skill.yearsShort[0]} of {skill.yearsShort[1]} years)</span>}
                </Tag>
              </li>
            ))}
          </ul>
          {implied.length > 0 && (
            <ul className="flex flex-col gap-1 text-sm text-slate-700" data-testid="match-implied">
              {implied.map((skill) => (
                <li key={skill.skillId}>
                  <span className="font-semibold text-slate-900">{skill.name}</span>, through {(skill.via ?? []).join(' → ')} (counts {Math.round(skill.credit * 100)}%)
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {report.missingRequired.length + report.missingPreferred.length > 0 && (
        <div className="flex flex-col gap-2" data-testid="match-missing">
          <h3 className="text-sm font-semibold text-slate-900">Missing</h3>
          <ul className="flex flex-wrap gap-2">
            {report.missingRequired.map((skill) => (
              <li key={skill.skillId}>
                <Tag tone="danger">{skill.name} (required)</Tag>
              </li>
            ))}
            {report.missingPreferred.map((skill) => (
              <li key={skill.skillId}>
                <Tag tone="neutral">{skill.name} (preferred)</Tag>
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.skipped.length > 0 && (
        <p className="text-sm text-slate-600">
          Not counted: {report.skipped.map((s) => say(s.why)).join(' ')}
        </p>
      )}
    </section>
  );
}
