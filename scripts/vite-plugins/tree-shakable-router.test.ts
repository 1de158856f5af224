import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { treeShakableRouter } from './tree-shakable-router';

const routerDomModule = path.join(
  path.dirname(createRequire(import.meta.url).resolve('react-router/package.json')),
  'dist/production/lib/dom/lib.js',
);

function transform(code: string, id = routerDomModule): string | undefined {
  const hook = treeShakableRouter().transform;
  if (typeof hook !== 'function') throw new Error('the plugin has no transform function');
  const result = hook.call({} as never, code, id) as { code: string } | undefined;
  return result?.code;
}

describe('treeShakableRouter', () => {
  it("marks the installed react-router's Link, NavLink and Form as pure, and drops their names", () => {
    const code = transform(readFileSync(routerDomModule, 'utf8')) ?? '';
    for (const component of ['Link', 'NavLink', 'Form']) {
      expect(code).toContain(`const ${component} = /* @__PURE__ */ React$1.forwardRef(`);
      expect(code).not.toContain(`\n${component}.displayName =`);
    }
  });

  it('leaves every other module alone', () => {
    expect(transform('Link.displayName = "Link";', '/node_modules/other/lib.js')).toBeUndefined();
  });

  it('fails the build once the module has nothing left to mark, so that it is removed', () => {
    expect(() => transform('export const x = 1;')).toThrow(/remove this plugin/);
  });
});
