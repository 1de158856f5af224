import type { Page } from '@playwright/test';
import { sites } from './support/sites';
import { expect, seed, test } from './test';

/** Fails the test on any request that leaves the site and on any Content-Security-Policy violation. */
async function guard(page: Page, origin: string) {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return {
    async check() {
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    },
  };
}

test('no page talks to another origin or breaks its security policy', async ({ page }) => {
  const guarded = await guard(page, `http://127.0.0.1:${sites.root.port}`);
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  await page.getByRole('link', { name: seed.shunyi }).click();
  await expect(page.getByRole('article', { name: seed.shunyi })).toContainText('聘请律师');
  await page.getByRole('link', { name: '法治维权' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('法治维权');
  await guarded.check();
});

test.describe('an article whose text looks like code', () => {
  const hostile = `http://127.0.0.1:${sites.hostile.port}/`;

  test('shows it as text and runs none of it', async ({ page }) => {
    const guarded = await guard(page, `http://127.0.0.1:${sites.hostile.port}`);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));

    await page.goto(hostile);
    const title = '危险标题<script>alert(1)</script>';
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await page.getByRole('link', { name: title }).click();
    const article = page.getByRole('article', { name: title });
    await expect(article).toContainText(
      '写下<script>alert(1)</script>和<img src=x onerror=alert(1)>，它们必须原样显示。',
    );
    await expect(article).toContainText('</script><script>alert(2)</script>以及 &lt;b&gt; 实体 &amp; 符号');
    await expect(article.locator('img, script')).toHaveCount(0);

    // A full load of the prerendered page: its embedded data must not break out of its element.
    await page.reload();
    await expect(page.getByRole('article', { name: title })).toContainText('<img src=x onerror=alert(1)>');
    await page.getByRole('link', { name: '返回列表' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部报道');
    expect(requested.filter((path) => path.endsWith('/x'))).toEqual([]);
    expect(dialogs, 'dialogs opened by article text').toEqual([]);
    await guarded.check();
  });
});
