import { useEffect } from 'react';

export const SITE_NAME = '首都工会新闻';

export function useDocumentTitle(pageTitle: string | undefined): void {
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} - ${SITE_NAME}` : SITE_NAME;
  }, [pageTitle]);
}
