import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * What axe finds wrong on the page, or inside `include` (a selector). Only violations are asked
 * for: axe then keeps one node of each passing rule instead of every one, which on a page of
 * forty articles saves most of its time. Every rule still runs over every node.
 */
export async function axeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  return (await (include ? builder.include(include) : builder).analyze()).violations;
}
