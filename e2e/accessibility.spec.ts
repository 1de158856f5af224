import { axeViolations } from './support/axe';
import { expect, seed, test } from './test';

const screens = [
  { name: 'list', path: '/' },
  { name: 'filtered list', path: '/districts/shunyi/themes/women-workers/' },
  { name: 'not-found', path: '/articles/no-such-article/' },
];

// The not-found page answers with status 404, which the browser reports in the console.
test.use({ expectedConsoleErrors: /status of 404/ });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const screen of screens) {
      test(`axe finds no violations on the ${screen.name}`, async ({ page }) => {
        await page.goto(screen.path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('axe finds no violations on an article', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('link', { name: seed.shunyi }).click();
      await expect(page.locator('p.indent-\\[2em\\]').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
