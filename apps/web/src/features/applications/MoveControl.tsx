// Moving one application (or a selection) on: a button per move the pipeline allows now (companyMovesFrom), and
// for a rejection a reason from the list and an optional message to the candidate before it is sent. The same
// control serves the board's cards, the table's bulk bar and the applicant page, by keyboard like any button.
import { REJECTION_REASON_KEYS, REJECTION_REASONS, type ApplicationStatus, type RejectionReason } from '@hotgigs/shared';
import { useId, useState } from 'react';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { moveLabel } from './labels.ts';

export interface MoveRequest {
  to: ApplicationStatus;
  reason?: RejectionReason;
  message?: string | null;
}

interface MoveControlProps {
  moves: readonly ApplicationStatus[];
  /** Who is moved, for screen readers: "Ada Lovelace", "3 selected applicants". */
  who: string;
  pending: boolean;
  onMove: (move: MoveRequest) => void;
  compact?: boolean;
}

export function MoveControl({ moves, who, pending, onMove, compact = false }: MoveControlProps) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState<RejectionReason>('not_qualified');
  const [message, setMessage] = useState('');
  const ids = useId();
  if (moves.length === 0) return null;
  const size = compact ? 'px-2.5 py-1 text-xs' : 'text-sm';
  if (rejecting) {
    return (
      <form
        className="flex flex-col gap-2 rounded-lg border border-red-200 bg-red-50 p-3"
        data-testid="reject-form"
        onSubmit={(event) => {
          event.preventDefault();
          onMove({ to: 'rejected', reason, message: message.trim() || null });
          setRejecting(false);
        }}
      >
        <label htmlFor={`${ids}-reason`} className="text-sm font-semibold text-slate-900">
          Why is {who} rejected?
        </label>
        <select
          id={`${ids}-reason`}
          value={reason}
          onChange={(event) => setReason(event.target.value as RejectionReason)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          data-testid="reject-reason"
        >
          {REJECTION_REASON_KEYS.map((key) => (
            <option key={key} value={key}>
              {REJECTION_REASONS[key]}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-message`} className="text-sm text-slate-800">
          Message to the candidate (optional)
        </label>
        <textarea
          id={`${ids}-message`}
          rows={2}
          maxLength={2000}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          data-testid="reject-message"
        />
        <p className="text-xs text-slate-700">The reason stays with your company; the candidate reads only the message.</p>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={`${BUTTON_STYLES.danger} ${size}`} disabled={pending} data-testid="reject-confirm" autoFocus>
            Reject
          </button>
          <button type="button" className={`${BUTTON_STYLES.secondary} ${size}`} onClick={() => setRejecting(false)}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label={`Move ${who}`}>
      {moves.map((to) => (
        <button
          key={to}
          type="button"
          disabled={pending}
          className={`${to === 'rejected' ? BUTTON_STYLES.dangerOutline : BUTTON_STYLES.secondary} ${size}`}
          aria-label={`${moveLabel(to).replace('…', '')}: ${who}`}
          onClick={() => (to === 'rejected' ? setRejecting(true) : onMove({ to }))}
          data-testid={`move-${to}`}
        >
          {moveLabel(to)}
        </button>
      ))}
    </div>
  );
}
