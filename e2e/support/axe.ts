import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * What axe finds wrong on the page, or inside `include` (a selector). Only violations are asked
 * for: axe then keeps one node of each passing rule instead of every one, which on a page of
 * forty articles saves most of its time. Every rule still runs over every node.
 *
 * Legacy mode runs axe.run in the page itself. The default runs axe in each frame and gathers the
 * results in a new blank page, which on two cores took about 4.7 s a call where this takes 2.3;
 * the app has no frames, so both see the same nodes.
 */
export async function axeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  return (await (include ? builder.include(include) : builder).analyze()).violations;
}
