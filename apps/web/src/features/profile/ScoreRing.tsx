// A 0-100 figure as a ring: the profile's completeness and a resume's quality score. The number is text inside
// the ring; the ring itself is decoration, and the whole is one labelled meter for assistive technology.
const TONES = {
  low: 'stroke-red-700',
  medium: 'stroke-amber-500',
  high: 'stroke-emerald-600',
} as const;

export type RingTone = keyof typeof TONES;

export const toneOf = (value: number): RingTone => (value >= 80 ? 'high' : value >= 50 ? 'medium' : 'low');

interface ScoreRingProps {
  value: number;
  /** What the figure is, for screen readers: "Profile completeness". */
  label: string;
  tone?: RingTone;
  size?: 'md' | 'lg';
  testId?: string;
}

export function ScoreRing({ value, label, tone = toneOf(value), size = 'md', testId }: ScoreRingProps) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  const radius = 42;
  const circumference = 2 * Math.PI * radius;
  const box = size === 'lg' ? 'size-32' : 'size-24';
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
      aria-valuetext={`${clamped} out of 100`}
      className={`relative shrink-0 ${box}`}
      data-testid={testId}
      data-value={clamped}
    >
      <svg viewBox="0 0 100 100" aria-hidden="true" className="size-full -rotate-90">
        <circle cx="50" cy="50" r={radius} fill="none" strokeWidth="10" className="stroke-slate-200" />
        <circle
          cx="50"
          cy="50"
          r={radius}
          fill="none"
          strokeWidth="10"
          strokeLinecap="round"
          strokeDasharray={circumference}
          strokeDashoffset={circumference * (1 - clamped / 100)}
          className={`${TONES[tone]} transition-[stroke-dashoffset] duration-500 motion-reduce:transition-none`}
        />
      </svg>
      <span aria-hidden="true" className="absolute inset-0 flex flex-col items-center justify-center">
        <span className={`font-bold text-slate-900 ${size === 'lg' ? 'text-3xl' : 'text-2xl'}`}>{clamped}</span>
        <span className="text-xs text-slate-600">/ 100</span>
      </span>
    </div>
  );
}
