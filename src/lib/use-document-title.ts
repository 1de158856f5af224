import { useEffect } from 'react';
import { documentTitle, SITE_NAME } from '../site/head';

export function useDocumentTitle(pageTitle: string | undefined): void {
  useEffect(() => {
    document.title = pageTitle ? documentTitle(pageTitle) : SITE_NAME;
  }, [pageTitle]);
}
