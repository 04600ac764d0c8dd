// A job's pay: "USD 90K–120K / year" on cards, "USD 90,000–120,000 per year" on a job's page.
import { formatSalary, type Salary } from '../../lib/format.ts';

interface SalaryRangeProps {
  salary: Salary | null;
  style?: 'compact' | 'full';
  /** What to show when the job gives no salary; nothing by default. */
  fallback?: string;
  className?: string;
}

export function SalaryRange({ salary, style = 'compact', fallback, className }: SalaryRangeProps) {
  const text = formatSalary(salary, { style });
  if (text === null) return fallback ? <span className={className}>{fallback}</span> : null;
  return (
    <span className={className} data-testid="salary">
      {text}
    </span>
  );
}
