// Vitest 5's reporter calls Map.groupBy (Node >= 21) when it prints a failure; Node 20 lacks it.
Map.groupBy ??= (items, keyOf) => {
  const groups = new Map();
  let index = 0;
  for (const item of items) {
    const key = keyOf(item, index++);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
};
