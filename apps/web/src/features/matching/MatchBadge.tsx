// A score at a glance: "82% match", coloured by band, with the band in words for screen readers and colour-blind eyes.
import { BAND_LABELS, matchBand } from './match-text.ts';

const BAND_STYLES = {
  strong: 'bg-emerald-50 text-emerald-900 ring-emerald-300',
  good: 'bg-brand-50 text-brand-900 ring-brand-200',
  fair: 'bg-amber-50 text-amber-900 ring-amber-300',
  weak: 'bg-slate-100 text-slate-700 ring-slate-300',
} as const;

export function MatchBadge({ score, size = 'sm' }: { score: number; size?: 'sm' | 'lg' }) {
  const band = matchBand(score);
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full font-semibold ring-1 ring-inset ${BAND_STYLES[band]} ${size === 'lg' ? 'px-3 py-1 text-base' : 'px-2.5 py-0.5 text-xs'}`}
      title={BAND_LABELS[band]}
      data-testid="match-badge"
      data-band={band}
    >
      {score}% match<span className="sr-only"> ({BAND_LABELS[band].toLowerCase()})</span>
    </span>
  );
}
