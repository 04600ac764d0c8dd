// The frame of pages that need a session. The route checks before loading (see requireSignIn in routes/root.tsx);
// this also catches the session ending while the page is open (signed out in another tab, expired, revoked):
// the route is checked again, which leads to the sign-in page and back here afterwards.
import { Outlet, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useSession } from '../lib/session.ts';

export function SignedInLayout() {
  const { status } = useSession();
  const router = useRouter();
  useEffect(() => {
    if (status === 'signedOut') void router.invalidate();
  }, [status, router]);
  return status === 'signedOut' ? null : <Outlet />;
}
