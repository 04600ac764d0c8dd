// The footer: what Hotgigs is and the attribution its data licences require (see NOTICE).

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex w-full max-w-5xl flex-col gap-2 px-4 py-8 text-sm text-slate-600 sm:px-6">
        <p>
          <span className="font-semibold text-slate-800">Hotgigs</span> is an open-source job portal, licensed under
          Apache-2.0.
        </p>
        <p data-testid="esco-attribution">Skills data: ESCO classification of the European Commission</p>
      </div>
    </footer>
  );
}
