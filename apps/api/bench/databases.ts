// What the service benchmarks share: running one measurement on a throwaway PostgreSQL and on embedded PGlite,
// and percentiles of sorted timings.
// @ts-expect-error: a plain .mjs helper shared with the other benchmarks and the test runner
import { findPostgresBin, startTempPostgres } from '../../../scripts/lib/postgres.mjs';

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** `run` on PostgreSQL (when its binaries are here) and on embedded PGlite, unless `only` names one. */
export async function onBothDatabases(only: string | undefined, run: (label: string, databaseUrl: string | undefined) => Promise<void>): Promise<void> {
  if (only !== 'embedded') {
    if (!findPostgresBin()) console.log('PostgreSQL: no server binaries found, skipped');
    else {
      const pg = (await startTempPostgres()) as { url: string; stop(): void };
      try {
        await run('PostgreSQL', pg.url);
      } finally {
        pg.stop();
      }
    }
  }
  if (only !== 'postgres') await run('embedded PGlite', undefined);
}
