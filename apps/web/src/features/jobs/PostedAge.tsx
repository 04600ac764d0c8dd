// When a job was posted, relative to now ("Posted 3 days ago"), with the exact date for machines and tooltips.
import { formatCalendarDate, formatPostedAge } from '../../lib/format.ts';
import { useNow } from '../../lib/use-now.ts';

interface PostedAgeProps {
  date: Date | null;
  /** "Posted 3 days ago" (default), or just "3 days ago" where a label already says what the date is. */
  withLabel?: boolean;
  className?: string;
}

export function PostedAge({ date, withLabel = true, className }: PostedAgeProps) {
  const now = useNow();
  if (!date) return null;
  return (
    <time dateTime={date.toISOString()} title={formatCalendarDate(date)} className={className}>
      {withLabel ? `Posted ${formatPostedAge(date, now)}` : formatPostedAge(date, now)}
    </time>
  );
}
