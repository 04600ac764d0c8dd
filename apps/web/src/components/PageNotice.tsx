// The confirmation a previous page left in the navigation's history state ("You are signed out."), shown once
// at the top of the page it led to.
import { useLocation } from '@tanstack/react-router';
import { Notice } from './Notice.tsx';
import { PageContainer } from './PageContainer.tsx';

export function PageNotice() {
  const notice = useLocation({ select: (location) => location.state.notice });
  if (!notice) return null;
  return (
    <PageContainer className="py-4">
      <Notice testId="page-notice">{notice}</Notice>
    </PageContainer>
  );
}
