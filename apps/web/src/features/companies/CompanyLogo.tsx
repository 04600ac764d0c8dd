// A company's logo, or its initial on a dark square when it has none. Decorative: its name is always written next to it.

interface CompanyLogoProps {
  name: string;
  logoUrl?: string | null;
  /** Size and corner classes; the default suits a job's page. */
  className?: string;
}

export function CompanyLogo({ name, logoUrl, className = 'size-11 rounded-lg text-lg' }: CompanyLogoProps) {
  if (logoUrl) {
    return <img src={logoUrl} alt="" className={`shrink-0 border border-slate-200 bg-white object-contain ${className}`} />;
  }
  return (
    <span aria-hidden="true" className={`flex shrink-0 items-center justify-center bg-slate-900 font-bold text-white ${className}`}>
      {name.trim().charAt(0).toUpperCase()}
    </span>
  );
}
