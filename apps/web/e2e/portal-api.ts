// What several browser tests share beside the browser: the portal's API as a script calls it, and how far a
// page scrolls sideways on a phone.
import { createTRPCClient, httpLink } from '@trpc/client';
import type { Page } from 'playwright-core';
import superjson from 'superjson';
import type { AppRouter } from '../src/lib/trpc.ts';

/** The API with a session token as `Authorization: Bearer`, no cookies; without one, sign-in answers the token in the body. */
export function portalApi(baseUrl: string, token?: string) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${baseUrl}/trpc`, transformer: superjson, headers: token ? { authorization: `Bearer ${token}` } : { 'x-session-delivery': 'token' } })],
  });
}

/** How far the page scrolls sideways on a 360 px wide phone (0: it fits). */
export async function sidewaysScrollAt360(page: Page): Promise<number> {
  const previous = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (previous) await page.setViewportSize(previous);
  return overflow;
}
