import { useEffect } from 'react';

/**
 * A photo still waiting to be scrolled near would print as an empty box: before printing, every
 * lazy image is asked for at once. Chromium does this by itself; Firefox and WebKit do not.
 */
export function usePhotosOnPaper(): void {
  useEffect(() => {
    const loadAll = () => {
      for (const image of document.querySelectorAll<HTMLImageElement>('main img[loading="lazy"]')) {
        image.loading = 'eager';
      }
    };
    window.addEventListener('beforeprint', loadAll);
    return () => window.removeEventListener('beforeprint', loadAll);
  }, []);
}
