// The frame of the signed-out screens (sign in, sign up, reset): one centred card with its title.
import { useEffect, useRef, type ReactNode } from 'react';
import { PageContainer } from '../../components/PageContainer.tsx';

interface AuthCardProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** Links under the card: "New here? Create an account". */
  footer?: ReactNode;
  width?: 'narrow' | 'wide';
  /**
   * Move focus to the title when the card appears in place of another one (a form's next step), so screen
   * readers announce the change as a page load would.
   */
  focusTitle?: boolean;
  testId?: string;
}

export function AuthCard({ title, description, children, footer, width = 'narrow', focusTitle = false, testId }: AuthCardProps) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusTitle) titleRef.current?.focus();
  }, [focusTitle]);
  return (
    <PageContainer className="flex justify-center pt-6 sm:pt-12">
      <div className={`w-full ${width === 'wide' ? 'max-w-xl' : 'max-w-md'}`} data-testid={testId}>
        <div className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
          <h1 ref={titleRef} tabIndex={-1} className="text-2xl font-bold tracking-tight text-balance text-slate-900 outline-none">
            {title}
          </h1>
          {description && <div className="mt-2 text-slate-700">{description}</div>}
          <div className="mt-6">{children}</div>
        </div>
        {footer && <div className="mt-6 flex flex-col items-center gap-2 text-center text-sm text-slate-700">{footer}</div>}
      </div>
    </PageContainer>
  );
}
