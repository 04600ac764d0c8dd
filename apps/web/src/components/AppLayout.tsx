// The frame around every page: skip link, header, the page itself, footer.
import { Outlet, useRouter } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { PageNotice } from './PageNotice.tsx';
import { SiteFooter } from './SiteFooter.tsx';
import { SiteHeader } from './SiteHeader.tsx';

export function AppLayout() {
  const mainRef = useRef<HTMLElement>(null);
  const router = useRouter();

  // After a client-side navigation, start keyboard and screen-reader users at the new content, as a full page
  // load would, instead of leaving focus on a link that may no longer exist.
  useEffect(
    () =>
      router.subscribe('onResolved', (event) => {
        if (event.fromLocation && event.hrefChanged) mainRef.current?.focus({ preventScroll: true });
      }),
    [router],
  );

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
        className="sr-only rounded-md bg-white px-4 py-2 font-medium text-brand-800 shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
      >
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" ref={mainRef} tabIndex={-1} className="flex-1 pb-16 outline-none">
        <PageNotice />
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
