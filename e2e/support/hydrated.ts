import { expect, type Page } from '@playwright/test';

/**
 * The sign that a page has hydrated: the header's 阅读设置 button renders only then (the
 * prerendered page holds an empty box in its place). A tap before it is a full page load, which is
 * right for readers but not what a test of client-side navigation means to check.
 */
export const HYDRATION_SIGN = { role: 'button', name: '阅读设置', within: 'banner' } as const;

/** Waits until the page has hydrated. */
export async function hydrated(page: Page): Promise<void> {
  await expect(
    page.getByRole(HYDRATION_SIGN.within).getByRole(HYDRATION_SIGN.role, { name: HYDRATION_SIGN.name }),
  ).toBeVisible();
}

/** Waits for hydration if the page is one of the app's (a feed or a photo is not). */
export async function hydratedIfApp(page: Page): Promise<void> {
  if ((await page.locator('#root').count()) > 0) await hydrated(page);
}
