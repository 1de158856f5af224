import type { Plugin } from 'vite';

/** react-router's DOM module, as its package publishes it for production. */
const ROUTER_DOM_MODULE = /[\\/]node_modules[\\/]react-router[\\/]dist[\\/]production[\\/]lib[\\/]dom[\\/]lib\.js$/;

/**
 * Lets the bundle leave out react-router's components the app never uses (Link, NavLink, Form,
 * and what they draw in: the data router's prefetching): about 4 kB gzip of the first load. The
 * published module creates each one by a `forwardRef` call and then sets its `displayName`, and a
 * bundler must keep both, in case either has an effect. Marked as the pure call it is, and without
 * the name (read only by React's developer tools), an unused component goes. Upstream means to do
 * the same (remix-run/react-router#15299); when a release does, this fails the build, to be removed.
 */
export function treeShakableRouter(): Plugin {
  return {
    name: 'capital-union-news:tree-shakable-router',
    apply: 'build',
    transform(code, id) {
      if (!ROUTER_DOM_MODULE.test(id)) return undefined;
      let marked = 0;
      const pure = code.replace(/^(const \w+ = )(React\$1\.forwardRef\()/gm, (_match, declaration, call) => {
        marked += 1;
        return `${declaration}/* @__PURE__ */ ${call}`;
      });
      if (marked === 0) throw new Error(`${id}: no top-level forwardRef call left to mark; remove this plugin`);
      return { code: pure.replace(/^\w+\.displayName = "[^"\n]*";$/gm, ''), map: null };
    },
  };
}
