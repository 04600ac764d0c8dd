// The top bar: the wordmark (home) and the sections that exist today.
import { Link } from '@tanstack/react-router';
import { HotgigsLogo } from './HotgigsLogo.tsx';

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex w-full max-w-5xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link to="/" className="flex items-center gap-2 rounded-md text-xl font-bold tracking-tight text-slate-900">
          <HotgigsLogo className="size-8" />
          Hotgigs
        </Link>
        <nav aria-label="Main">
          <ul className="flex items-center gap-1">
            <li>
              <Link
                to="/jobs"
                className="rounded-md px-3 py-2 font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 data-[status=active]:text-brand-800 data-[status=active]:underline data-[status=active]:decoration-2 data-[status=active]:underline-offset-8"
              >
                Jobs
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
