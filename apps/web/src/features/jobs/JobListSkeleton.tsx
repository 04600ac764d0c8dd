// Placeholder cards with the shape of job cards while the list loads, so the page does not jump.

function JobCardSkeleton() {
  return (
    <div className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
      <div className="flex items-start justify-between gap-4">
        <div className="h-5 w-3/5 rounded bg-slate-200" />
        <div className="hidden h-4 w-24 rounded bg-slate-100 sm:block" />
      </div>
      <div className="h-4 w-2/5 rounded bg-slate-100" />
      <div className="flex gap-1.5">
        <div className="h-5 w-16 rounded-full bg-slate-100" />
        <div className="h-5 w-20 rounded-full bg-slate-100" />
        <div className="h-5 w-16 rounded-full bg-slate-100" />
      </div>
      <div className="flex gap-1.5">
        {[14, 20, 12, 16].map((width) => (
          <div key={width} className="h-5 rounded-md bg-slate-100" style={{ width: `${width * 4}px` }} />
        ))}
      </div>
    </div>
  );
}

export function JobListSkeleton({ count = 5 }: { count?: number }) {
  return (
    <div role="status" data-testid="job-list-loading">
      <span className="sr-only">Loading jobs…</span>
      <div aria-hidden="true" className="flex animate-pulse flex-col gap-3">
        {Array.from({ length: count }, (_, index) => (
          <JobCardSkeleton key={index} />
        ))}
      </div>
    </div>
  );
}
