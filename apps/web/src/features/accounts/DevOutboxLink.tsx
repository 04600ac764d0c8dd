// In development without a mail server the API keeps emails at /dev/outbox. Linked only when that page exists:
// in a dev build, or when /dev/outbox.json answers with JSON (production answers unknown paths with the app).
import { useQuery } from '@tanstack/react-query';
import { TEXT_LINK } from '../../components/button-styles.ts';

async function outboxIsServed(): Promise<boolean> {
  if (import.meta.env.DEV) return true;
  const response = await fetch('/dev/outbox.json', { method: 'HEAD', cache: 'no-store', credentials: 'same-origin' });
  return response.ok && (response.headers.get('content-type') ?? '').includes('application/json');
}

export function DevOutboxLink() {
  const served = useQuery({ queryKey: ['dev-outbox-served'], queryFn: outboxIsServed, staleTime: Infinity, retry: false });
  if (!served.data) return null;
  return (
    <p className="rounded-lg border border-dashed border-slate-300 bg-slate-50 p-3 text-sm text-slate-700" data-testid="dev-outbox-link">
      Running Hotgigs without a mail server? The email is in the{' '}
      <a href="/dev/outbox" target="_blank" rel="noopener" className={TEXT_LINK}>
        development outbox
      </a>
      .
    </p>
  );
}
