// The current time for rendering relative ages ("3 minutes ago"), refreshed once a minute. Reading the clock
// through an external store keeps render functions pure and every component on the same minute.
import { useMemo, useSyncExternalStore } from 'react';

const MINUTE_MS = 60_000;

function subscribe(onTick: () => void): () => void {
  const timer = setInterval(onTick, MINUTE_MS / 4);
  return () => clearInterval(timer);
}

function currentMinute(): number {
  return Math.floor(Date.now() / MINUTE_MS);
}

export function useNow(): Date {
  const minute = useSyncExternalStore(subscribe, currentMinute);
  return useMemo(() => new Date(minute * MINUTE_MS), [minute]);
}
