// Each page names itself in the browser tab and history: "<page> · Hotgigs".
import { useEffect } from 'react';

export const SITE_NAME = 'Hotgigs';

export function useDocumentTitle(pageTitle: string | null): void {
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${SITE_NAME}` : SITE_NAME;
  }, [pageTitle]);
}
