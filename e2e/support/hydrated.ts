import { expect, type Page } from '@playwright/test';

/**
 * Waits until the page has hydrated. The header's 阅读设置 button renders only after hydration
 * (the prerendered page holds an empty box in its place), so seeing it means links now navigate
 * inside the app: a tap before that is a full page load, which is right for readers but not what
 * a test of client-side navigation means to check.
 */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.getByRole('banner').getByRole('button', { name: '阅读设置' })).toBeVisible();
}
