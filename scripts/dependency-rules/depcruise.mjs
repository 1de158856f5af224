// dependency-cruiser parses TypeScript with the compiler API, which TypeScript 7
// no longer ships: with it, the cruiser silently finds 0 modules. This runs the
// cruiser with `typescript` resolved to the `typescript-6` package, for the
// cruiser's own imports only; the project still type-checks with TypeScript 7.
import Module, { register } from 'node:module';
import { toTypeScript6 } from './typescript-6-hook.mjs';

register('./typescript-6-hook.mjs', import.meta.url);

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const fromCruiser = /[\\/]dependency-cruiser[\\/]/.test(parent?.filename ?? '');
  return resolveFilename.call(this, fromCruiser ? toTypeScript6(request) : request, parent, ...rest);
};

// The package exports no bin path; the CLI sits two folders above its main module.
await import(new URL('../../bin/dependency-cruise.mjs', import.meta.resolve('dependency-cruiser')).href);
