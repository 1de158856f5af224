/** `make`'s value, made on the first call and kept: for what costs something to build and may never be needed. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
