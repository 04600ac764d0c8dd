// The Hotgigs mark: a flame on an orange tile. Decorative; the wordmark next to it names the link.

export function HotgigsLogo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={className}>
      <rect width="32" height="32" rx="8" className="fill-brand-700" />
      <path
        fill="#fff"
        d="M16.6 5.5c.5 3.3-1.2 5.3-3 7.2-1.7 1.8-3.3 3.6-3.3 6.6a6.7 6.7 0 0 0 13.4 0c0-2.6-1.2-4.6-2.6-6.2.1 1.7-.5 3.1-1.8 3.9.6-4.3-.6-8.6-2.7-11.5Z"
      />
    </svg>
  );
}
