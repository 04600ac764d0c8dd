// How complete the profile is (profile.get's completeness), and what to add next: the missing parts that matter
// most for matching, first.
import { completenessView, type CompletenessInput } from './completeness.ts';
import { ScoreRing } from './ScoreRing.tsx';

const MISSING_SHOWN = 5;
const TONE = { low: 'low', medium: 'medium', high: 'high' } as const;

export function CompletenessMeter({ completeness }: { completeness: CompletenessInput }) {
  const view = completenessView(completeness);
  const missing = view.missing.slice(0, MISSING_SHOWN);
  return (
    <section
      aria-labelledby="completeness-heading"
      className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:gap-6 sm:p-6"
      data-testid="completeness"
    >
      <ScoreRing value={view.percent} label="Profile completeness" tone={TONE[view.tone]} testId="completeness-ring" />
      <div className="flex min-w-0 flex-col gap-2">
        <h2 id="completeness-heading" className="text-lg font-semibold text-slate-900">
          Profile {view.percent}% complete: {view.summary.toLowerCase()}
        </h2>
        {missing.length > 0 ? (
          <>
            <p className="text-sm text-slate-700">Add these next; they matter most for matching you with jobs:</p>
            <ol className="flex flex-col gap-1 text-sm text-slate-800" data-testid="completeness-missing">
              {missing.map((item) => (
                <li key={item.part} className="flex items-baseline gap-2">
                  <span aria-hidden="true" className="text-brand-700">
                    +
                  </span>
                  <span>
                    {item.label} <span className="text-slate-600">({item.weight} points)</span>
                  </span>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p className="text-sm text-slate-700">Everything that matters for matching is there.</p>
        )}
      </div>
    </section>
  );
}
