// An application's status as a small label.
import type { ApplicationStatus } from '@hotgigs/shared';
import { Tag } from '../../components/Tag.tsx';
import { STATUS_LABELS, STATUS_TONES } from './labels.ts';

export function StatusBadge({ status }: { status: ApplicationStatus }) {
  return (
    <span data-testid="application-status" data-status={status}>
      <Tag tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Tag>
    </span>
  );
}
