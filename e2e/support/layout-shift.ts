import type { Page } from '@playwright/test';

/** The page's layout shift so far, and for `ms` more. */
export const layoutShift = (page: Page, ms = 500) =>
  page.evaluate(
    (wait) =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), wait);
      }),
    ms,
  );
