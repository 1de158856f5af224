import { matchRoutes, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { View } from '../archive/view-schema';
import {
  articlePath,
  districtsPath,
  editionPath,
  editionsPath,
  editionsYearPath,
  listPath,
  savedPath,
  searchPath,
} from '../site/paths';
import { codeBeforeHydration, ROUTES } from './route-table';

const routeObjects: RouteObject[] = ROUTES.flatMap((route, index) =>
  route.paths.map((path) => ({ path: `/${path}`, id: `${index}:${path}` })),
);

/** The table's route a path from site/paths.ts lands on. */
function routeOf(path: string) {
  const [match] = matchRoutes(routeObjects, path) ?? [];
  return match && ROUTES[Number(match.route.id?.split(':')[0])];
}

const examples: [string, View['kind']][] = [
  [listPath({}), 'list'],
  [listPath({}, 3), 'list'],
  [listPath({ district: 'shunyi', theme: 'women-workers' }, 2), 'list'],
  [listPath({ theme: 'women-workers' }), 'list'],
  [editionsPath, 'editions'],
  [editionsYearPath(2023), 'editions'],
  [editionPath('2023-03-08'), 'edition'],
  [articlePath('xicheng-abc', '2023-03-08'), 'article'],
  [articlePath('xicheng-abc', undefined), 'article'],
  [searchPath, 'search'],
  [savedPath, 'saved'],
  [districtsPath, 'districts'],
];

describe('the route table', () => {
  it.each(examples)('routes %s to the route that shows a %s view', (path, kind) => {
    expect(routeOf(path)?.kinds).toContain(kind);
  });

  it('has a route for every kind of view', () => {
    const kinds = new Set(ROUTES.flatMap((route) => route.kinds));
    expect([...kinds].sort()).toEqual([...new Set(examples.map(([, kind]) => kind))].sort());
  });

  it('names code for every route that must have it before hydrating, and the same code wherever a kind appears', () => {
    for (const route of ROUTES) if (route.codeBeforeHydration) expect(route.code).toBeDefined();
    expect(codeBeforeHydration('edition')).toBe(routeOf(editionPath('2023-03-08'))?.code);
    // An article's page waits for the article screen's chunk, which a first visit to a list does without.
    expect(codeBeforeHydration('article')).toBe(routeOf(articlePath('xicheng-abc', '2023-03-08'))?.code);
    expect(codeBeforeHydration('article')).toBeDefined();
    expect(codeBeforeHydration('list')).toBeUndefined();
  });
});
