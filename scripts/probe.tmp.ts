import { chromium, devices } from '@playwright/test';
const base = process.argv[2] ?? 'http://127.0.0.1:4320';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const ctx = await browser.newContext({ ...devices['Pixel 7'] });
const page = await ctx.newPage();
page.on('console', m => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', e => console.log('pageerror', e.message));
page.on('request', r => console.log('req', r.url().replace(base, '')));
for (const path of ['/', '/articles/000-dc19f9187db1d5f4-13147799/', '/districts/shunyi/themes/women-workers/', '/nope/']) {
  await page.goto(base + path);
  await page.waitForTimeout(800);
  console.log('---', path, await page.title(), (await page.locator('h1').textContent()));
}
await page.goto(base + '/');
await page.locator('ol a').first().click();
await page.waitForTimeout(500);
console.log('nav ->', page.url(), await page.locator('h1').textContent());
await browser.close();
