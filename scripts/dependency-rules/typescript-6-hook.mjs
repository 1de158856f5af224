// Resolves `typescript` to TypeScript 6 for dependency-cruiser only (see depcruise.mjs).
const FROM_CRUISER = /[\\/]dependency-cruiser[\\/]/;

export async function resolve(specifier, context, nextResolve) {
  const fromCruiser = FROM_CRUISER.test(context.parentURL ?? '');
  return nextResolve(fromCruiser ? toTypeScript6(specifier) : specifier, context);
}

export function toTypeScript6(specifier) {
  return specifier === 'typescript' || specifier.startsWith('typescript/')
    ? specifier.replace(/^typescript/, 'typescript-6')
    : specifier;
}
